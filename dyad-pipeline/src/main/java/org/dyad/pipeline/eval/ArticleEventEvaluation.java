package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.pipeline.eval.ArticleGold.GoldEvent;

/**
 * Scores every event Dyad codes in whole articles against the article-level gold
 * ({@link ArticleGold}). A coded event <em>matches</em> a gold event when they are in the same
 * sentence (the coded trigger lies inside the gold sentence), their CAMEO roots are equal, the
 * sources and the targets agree ({@link ActorMatch}; either direction for acts two parties do
 * with each other, {@link GoldEvent#mutual()}) and their negation is the same; each gold event
 * matches at most one coded event. A mutual act Dyad writes both ways ("Modi and Netanyahu
 * discussed": each with the other) is one coded event, as the gold writes it once. Precision is
 * over the coded events at or above the minimum confidence, recall over all gold events.
 *
 * <p>Besides the score it keeps, for every coded event, how each field fares against the gold
 * event it is closest to in its sentence (same trigger, then same root, source, target): whether
 * it is real at all (a gold event in its sentence with the same trigger or root), and whether its
 * root, source, target, stance (negation and modality), date and place are right. And it keeps
 * every coded event's confidence with whether it matched, for the calibration table, over all
 * coded events whatever their confidence.
 */
public final class ArticleEventEvaluation {

  /** How a coded event fares against the gold. */
  public record Judged(
      String article,
      Event event,
      String source,
      String target,
      boolean scored,
      GoldEvent matched,
      GoldEvent closest,
      boolean real,
      boolean root,
      boolean sourceRight,
      boolean targetRight,
      boolean stance,
      Boolean date,
      boolean hasLocation,
      Boolean location,
      boolean aligned) {

    public boolean fullyRight() {
      return real && root && sourceRight && targetRight && stance;
    }
  }

  /** One article's result. */
  public record ArticleResult(ArticleGold gold, List<Judged> judged, List<GoldEvent> missed) {

    public long scoredEvents() {
      return judged.stream().filter(Judged::scored).count();
    }

    public long matchedEvents() {
      return judged.stream().filter(j -> j.scored() && j.matched() != null).count();
    }
  }

  private static final int BINS = 10;

  private final double minConfidence;
  private final List<ArticleResult> results = new ArrayList<>();

  /** An evaluation that scores the coded events with at least this confidence. */
  public ArticleEventEvaluation(double minConfidence) {
    this.minConfidence = minConfidence;
  }

  public double minConfidence() {
    return minConfidence;
  }

  public List<ArticleResult> results() {
    return results;
  }

  /**
   * Adds one article: its gold, the text the gold's offsets point into, and the record Dyad
   * produced for it (with every event, whatever its confidence).
   */
  public ArticleResult add(ArticleGold gold, String goldText, DocumentRecord record) {
    TextAlignment alignment = new TextAlignment(goldText);
    List<Event> events = oneDirectionOfMutualActs(record.events());
    int[] triggerAt = new int[events.size()];
    for (int i = 0; i < events.size(); i++) {
      triggerAt[i] = goldOffset(alignment, events.get(i));
    }
    // one-to-one matching: each gold event with at most one coded event, the surest pairs first
    // (same trigger before another word of the sentence), scored events before unscored ones
    GoldEvent[] matchedGold = new GoldEvent[events.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      for (int g = 0; g < gold.events().size(); g++) {
        GoldEvent expected = gold.events().get(g);
        if (inSentence(triggerAt[i], expected) && matches(record, events.get(i), expected)) {
          boolean sameTrigger = sameTrigger(triggerAt[i], events.get(i), expected);
          boolean scored = events.get(i).confidence() >= minConfidence;
          pairs.add(new int[] {i, g, (scored ? 2 : 0) + (sameTrigger ? 1 : 0)});
        }
      }
    }
    pairs.sort(Comparator.comparingInt((int[] p) -> -p[2]));
    boolean[] goldUsedScored = new boolean[gold.events().size()];
    boolean[] goldUsedAll = new boolean[gold.events().size()];
    boolean[] eventUsed = new boolean[events.size()];
    // first pass: scored events against gold (the score); second: every event (calibration)
    for (int pass = 0; pass < 2; pass++) {
      for (int[] p : pairs) {
        boolean scored = events.get(p[0]).confidence() >= minConfidence;
        if (pass == 0 && !scored || eventUsed[p[0]]) {
          continue;
        }
        boolean[] used = pass == 0 ? goldUsedScored : goldUsedAll;
        if (used[p[1]]) {
          continue;
        }
        used[p[1]] = true;
        if (pass == 0) {
          goldUsedAll[p[1]] = true;
        }
        eventUsed[p[0]] = true;
        matchedGold[p[0]] = gold.events().get(p[1]);
      }
    }
    List<Judged> judged = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      judged.add(judge(gold.id(), record, events.get(i), triggerAt[i], matchedGold[i], gold.events()));
    }
    List<GoldEvent> missed = new ArrayList<>();
    for (int g = 0; g < gold.events().size(); g++) {
      if (!goldUsedScored[g]) {
        missed.add(gold.events().get(g));
      }
    }
    ArticleResult result = new ArticleResult(gold, judged, missed);
    results.add(result);
    return result;
  }

  /**
   * The events without the second direction of a mutual act: an event whose source and target are
   * an earlier event's target and source, with the same trigger, code and negation.
   */
  static List<Event> oneDirectionOfMutualActs(List<Event> events) {
    List<Event> kept = new ArrayList<>();
    for (Event e : events) {
      boolean mirror = e.source() != null && e.target() != null && ArticleGold.mutualCode(e.cameo())
          && kept.stream().anyMatch(k -> k.sentence() == e.sentence() && k.trigger().start() == e.trigger().start()
              && k.cameo().equals(e.cameo()) && k.negated() == e.negated()
              && e.source().equals(k.target()) && e.target().equals(k.source()));
      if (!mirror) {
        kept.add(e);
      }
    }
    return kept;
  }

  private Judged judge(String article, DocumentRecord record, Event event, int triggerAt, GoldEvent matched,
      List<GoldEvent> golds) {
    boolean scored = event.confidence() >= minConfidence;
    GoldEvent closest = matched;
    int best = -1;
    if (closest == null) {
      for (GoldEvent g : golds) {
        if (!inSentence(triggerAt, g)) {
          continue;
        }
        int score = (sameTrigger(triggerAt, event, g) ? 16 : 0) + (g.root().equals(root(event)) ? 8 : 0)
            + (sourceMatches(record, event, g) ? 4 : 0) + (targetMatches(record, event, g) ? 2 : 0)
            + (g.negated() == event.negated() ? 1 : 0);
        if (score > best) {
          best = score;
          closest = g;
        }
      }
    }
    Actor source = record.actor(event.source());
    Actor target = record.actor(event.target());
    String sourceName = source == null ? null : source.name();
    String targetName = target == null ? null : target.name();
    boolean hasLocation = event.location() != null;
    if (closest == null) {
      return new Judged(article, event, sourceName, targetName, scored, null, null, false, false, false, false, false,
          event.date() == null ? null : Boolean.FALSE, hasLocation, null, triggerAt >= 0);
    }
    boolean real = sameTrigger(triggerAt, event, closest) || closest.root().equals(root(event));
    boolean mutualSwap = closest.mutual() && swappedActors(record, event, closest);
    boolean sourceRight = sourceMatches(record, event, closest) || mutualSwap;
    boolean targetRight = targetMatches(record, event, closest) || mutualSwap;
    boolean stance = closest.negated() == event.negated() && closest.modality().equals(event.modality());
    Boolean date = closest.date() == null && event.date() == null ? null
        : Boolean.valueOf(closest.date() != null && closest.date().equals(event.date()));
    Boolean location = closest.place() == null ? null : Boolean.valueOf(placeMatches(event.location(), closest.place()));
    return new Judged(article, event, sourceName, targetName, scored, matched, closest, real,
        closest.root().equals(root(event)), sourceRight, targetRight, stance, date, hasLocation, location, triggerAt >= 0);
  }

  static boolean placeMatches(Location location, ArticleGold.GoldPlace place) {
    if (location == null || location.name() == null) {
      return false;
    }
    String have = ActorMatch.key(location.name());
    String wanted = ActorMatch.key(place.name());
    if (have.equals(wanted) || have.contains(wanted) || wanted.contains(have)) {
      return true;
    }
    // the gold gives a name and a country, no coordinates: resolved in the gazetteer, the place
    // is right within 161 km of it (the geoparsing gold sets' Acc@161km)
    if (location.lat() == null || location.lon() == null) {
      return false;
    }
    org.dyad.pipeline.geo.GeoPlace gold =
        org.dyad.pipeline.geo.ToponymResolver.shared().resolveDescription(place.name(), place.country());
    return gold != null && gold.distanceKm(location.lat(), location.lon()) <= 161;
  }

  private static String root(Event event) {
    return event.cameo().substring(0, 2);
  }

  private static boolean matches(DocumentRecord record, Event event, GoldEvent gold) {
    if (!gold.root().equals(root(event)) || gold.negated() != event.negated()) {
      return false;
    }
    if (sourceMatches(record, event, gold) && targetMatches(record, event, gold)) {
      return true;
    }
    return gold.mutual() && swappedActors(record, event, gold);
  }

  private static boolean sourceMatches(DocumentRecord record, Event event, GoldEvent gold) {
    return ActorMatch.matches(gold.source(), record.actor(event.source()), event.sourceCode());
  }

  private static boolean targetMatches(DocumentRecord record, Event event, GoldEvent gold) {
    return ActorMatch.matches(gold.target(), record.actor(event.target()), event.targetCode());
  }

  private static boolean swappedActors(DocumentRecord record, Event event, GoldEvent gold) {
    return gold.target() != null && ActorMatch.matches(gold.target(), record.actor(event.source()), event.sourceCode())
        && ActorMatch.matches(gold.source(), record.actor(event.target()), event.targetCode());
  }

  private static boolean inSentence(int triggerAt, GoldEvent gold) {
    return triggerAt >= gold.sentenceStart() && triggerAt < gold.sentenceEnd();
  }

  private static boolean sameTrigger(int triggerAt, Event event, GoldEvent gold) {
    int end = triggerAt + event.trigger().text().length();
    return triggerAt >= 0 && triggerAt < gold.triggerEnd() && end > gold.triggerStart();
  }

  /** Where the event's trigger is in the gold text: its sentence found there, then the trigger word in it; -1 if not found. */
  private static int goldOffset(TextAlignment alignment, Event event) {
    int sentenceAt = alignment.find(event.evidence().text(), 0);
    if (sentenceAt < 0) {
      return -1;
    }
    String text = alignment.original();
    int expected = sentenceAt + Math.max(0, event.trigger().start() - event.evidence().start());
    int found = text.indexOf(event.trigger().text(), Math.max(sentenceAt, expected - 40));
    if (found >= 0 && found <= expected + 80) {
      return found;
    }
    return Math.min(expected, text.length() - 1);
  }

  // ------------------------------------------------------------------ results

  /** The score of the coded events at or above the minimum confidence. */
  public EventScore score() {
    int matched = 0;
    int predicted = 0;
    int gold = 0;
    for (ArticleResult r : results) {
      predicted += (int) r.scoredEvents();
      matched += (int) r.matchedEvents();
      gold += r.gold().events().size();
    }
    return new EventScore("articles", matched, predicted, gold, results.size());
  }

  /** The score of one category of articles (political or ordinary). */
  public EventScore score(String category) {
    int matched = 0;
    int predicted = 0;
    int gold = 0;
    int articles = 0;
    for (ArticleResult r : results) {
      if (!r.gold().category().equals(category)) {
        continue;
      }
      articles++;
      predicted += (int) r.scoredEvents();
      matched += (int) r.matchedEvents();
      gold += r.gold().events().size();
    }
    return new EventScore("articles/" + category, matched, predicted, gold, articles);
  }

  /** Every judged coded event at or above the minimum confidence. */
  public List<Judged> scoredEvents() {
    List<Judged> out = new ArrayList<>();
    for (ArticleResult r : results) {
      for (Judged j : r.judged()) {
        if (j.scored()) {
          out.add(j);
        }
      }
    }
    return out;
  }

  /** Every judged coded event, whatever its confidence. */
  public List<Judged> allEvents() {
    List<Judged> out = new ArrayList<>();
    for (ArticleResult r : results) {
      out.addAll(r.judged());
    }
    return out;
  }

  /** Events coded (at or above the minimum confidence) in the ordinary articles, and how many such articles. */
  public int[] ordinaryEvents() {
    int events = 0;
    int articles = 0;
    for (ArticleResult r : results) {
      if (r.gold().ordinary()) {
        articles++;
        events += (int) r.scoredEvents();
      }
    }
    return new int[] {events, articles};
  }

  /** The per-field table of the scored events: share right of all events and of real ones. */
  public String fieldTable() {
    List<Judged> events = scoredEvents();
    List<Judged> real = events.stream().filter(Judged::real).toList();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", "per coded event (confidence >= " + minConfidence + ")",
        "of all", "of real"));
    row(out, "a real event (same trigger or root in gold)", count(events, Judged::real), events.size(), -1, 0);
    row(out, "CAMEO root right", count(events, Judged::root), events.size(), count(real, Judged::root), real.size());
    row(out, "source right", count(events, Judged::sourceRight), events.size(), count(real, Judged::sourceRight), real.size());
    row(out, "target right (counterpart, or rightly none)", count(events, Judged::targetRight), events.size(),
        count(real, Judged::targetRight), real.size());
    row(out, "negation and modality right", count(events, Judged::stance), events.size(), count(real, Judged::stance),
        real.size());
    List<Judged> dated = real.stream().filter(j -> j.date() != null).toList();
    row(out, "date right (where gold or Dyad gives one)", -1, 0, count(dated, j -> j.date()), dated.size());
    row(out, "has a location", count(events, Judged::hasLocation), events.size(), count(real, Judged::hasLocation),
        real.size());
    List<Judged> placed = real.stream().filter(j -> j.location() != null).toList();
    row(out, "location right (where gold gives one)", -1, 0, count(placed, j -> j.location()), placed.size());
    // the two measures: how many of the events the gold places carry a place, and how
    // many of those are right (by name or within 161 km)
    List<Judged> carried = placed.stream().filter(Judged::hasLocation).toList();
    row(out, "  carries one (where gold gives one)", -1, 0, carried.size(), placed.size());
    row(out, "  right (of those carrying one)", -1, 0, count(carried, j -> j.location()), carried.size());
    List<Judged> unplaced = real.stream().filter(j -> j.location() == null).toList();
    row(out, "  has one where gold gives none", -1, 0, count(unplaced, Judged::hasLocation), unplaced.size());
    row(out, "fully right (real, root, source, target, stance)", count(events, Judged::fullyRight), events.size(),
        count(real, Judged::fullyRight), real.size());
    return out.toString();
  }

  private static void row(StringBuilder out, String label, int all, int allOf, int real, int realOf) {
    out.append(String.format(Locale.ROOT, "%-44s %12s %12s%n", label, share(all, allOf), share(real, realOf)));
  }

  private static String share(int n, int of) {
    if (n < 0 || of == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%3.0f%% %3d/%-3d", 100.0 * n / of, n, of);
  }

  private static int count(List<Judged> events, java.util.function.Predicate<Judged> test) {
    return (int) events.stream().filter(test).count();
  }

  /** The reliability table over every coded event: confidence bins against the share that matched a gold event. */
  public String calibrationTable() {
    double[][] bins = calibrationBins();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-12s %6s %10s %10s%n", "confidence", "events", "mean conf", "precision"));
    for (int b = 0; b < BINS; b++) {
      if (bins[b][0] == 0) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%.1f-%.1f     %6d %10.3f %10.3f%n", b / (double) BINS, (b + 1) / (double) BINS,
          (int) bins[b][0], bins[b][1] / bins[b][0], bins[b][2] / bins[b][0]));
    }
    return out.toString();
  }

  /**
   * Precision and recall if only the events of at least each confidence were kept (matches as
   * found over every coded event), to choose the minimum users see by default.
   */
  public String thresholdTable() {
    List<Judged> all = allEvents();
    int gold = results.stream().mapToInt(r -> r.gold().events().size()).sum();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %7s %9s %9s%n", "at least", "events", "precision", "recall"));
    for (double t = 0.1; t < 0.951; t += 0.05) {
      double threshold = t;
      long kept = all.stream().filter(j -> j.event().confidence() >= threshold - 1e-9).count();
      long right = all.stream().filter(j -> j.event().confidence() >= threshold - 1e-9 && j.matched() != null).count();
      out.append(String.format(Locale.ROOT, "%-10.2f %7d %9.3f %9.3f%n", threshold, kept, kept == 0 ? 0 : (double) right / kept,
          gold == 0 ? 0 : (double) right / gold));
    }
    return out.toString();
  }

  /** Expected calibration error over every coded event: the events-weighted mean gap between confidence and precision per bin. */
  public double expectedCalibrationError() {
    double[][] bins = calibrationBins();
    double total = 0;
    double error = 0;
    for (double[] bin : bins) {
      total += bin[0];
    }
    if (total == 0) {
      return 0;
    }
    for (double[] bin : bins) {
      if (bin[0] > 0) {
        error += bin[0] / total * Math.abs(bin[1] / bin[0] - bin[2] / bin[0]);
      }
    }
    return error;
  }

  /** The closing calibration line: {@code calibration articles ECE 0.000 n=N} (N coded events). */
  public String calibrationLine() {
    return String.format(Locale.ROOT, "calibration articles ECE %.3f n=%d", expectedCalibrationError(), allEvents().size());
  }

  private double[][] calibrationBins() {
    double[][] bins = new double[BINS][3];
    for (Judged j : allEvents()) {
      double confidence = j.event().confidence();
      int b = Math.min(BINS - 1, Math.max(0, (int) Math.floor(confidence * BINS)));
      bins[b][0]++;
      bins[b][1] += confidence;
      bins[b][2] += j.matched() != null ? 1 : 0;
    }
    return bins;
  }
}
