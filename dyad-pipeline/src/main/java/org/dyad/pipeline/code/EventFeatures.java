package org.dyad.pipeline.code;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Actor;
import org.dyad.model.Event;

/**
 * The features of a coded event that tell how sure it is, read from the event itself: how it was
 * found (a verb, an event noun or a control word; a dictionary entry with a sense constraint or a
 * bare one), how its arguments were assigned (the {@code +flags} of its rule: a target from a
 * place, from the source's home country, from deep in the clause, a source lent by another
 * clause…), what kind of actors it joins, its QuadClass, its stance and its sentence.
 * {@link ConfidenceModel} weighs them.
 */
public final class EventFeatures {

  private static final Pattern FLAG = Pattern.compile("\\+([a-z][a-z-]*)");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "JUD", "LEG", "COP", "SPY");
  private static final Set<String> OPPOSITION_SECTORS = Set.of("OPP", "REB", "INS", "PTY", "SEP", "RAD", "UAF");

  private EventFeatures() {}

  /**
   * The features of {@code event}; {@code actors} finds an actor by id.
   */
  public static Set<String> of(Event event, Function<String, Actor> actors) {
    Set<String> features = new LinkedHashSet<>();
    String rule = event.rule() == null ? "" : event.rule();
    String how = rule.startsWith("verb ") ? "verb" : rule.startsWith("noun ") ? "noun" : rule.startsWith("control ") ? "control"
        : rule.startsWith("speech verb") ? "speech" : "other";
    features.add("trigger:" + how);
    int entryEnd = rule.indexOf(" (predicates");
    String entry = entryEnd > 0 ? rule.substring(0, entryEnd) : "";
    if (entry.contains(" +")) {
      features.add("entry:sense"); // an entry that fires only with its object noun ("close +border")
    }
    Matcher flags = FLAG.matcher(entryEnd > 0 ? rule.substring(entryEnd) : rule);
    while (flags.find()) {
      features.add("flag:" + flags.group(1));
    }
    if (rule.contains("[")) {
      features.add("stance-words");
    }
    // the QuadClass, not the CAMEO root: with a few hundred judged events, twenty roots overfit
    features.add("quad:" + event.quadClass());
    features.add("modality:" + event.modality());
    if (event.negated()) {
      features.add("negated");
    }
    Actor source = actors.apply(event.source());
    Actor target = actors.apply(event.target());
    features.add("source:" + kind(source));
    features.add("target:" + kind(target));
    if (source != null && target != null && source.country() != null && source.country().equals(target.country())) {
      features.add("same-country");
    }
    String sentence = event.evidence() == null ? "" : event.evidence().text();
    if (sentence.length() > 250) {
      features.add("sentence:long");
    }
    if (event.sentence() == 0) {
      features.add("sentence:first");
    }
    if (quoted(event)) {
      features.add("quoted");
    }
    return features;
  }

  /** The kind of an actor as the model weighs it. */
  static String kind(Actor actor) {
    if (actor == null) {
      return "none";
    }
    String sector = actor.sector() == null ? "" : actor.sector().toUpperCase(Locale.ROOT);
    String code = actor.code() == null ? "" : actor.code();
    if ("country".equals(actor.kind())) {
      return "country";
    }
    if ("location".equals(actor.kind())) {
      return "place";
    }
    if (sector.equals("IGO") || code.startsWith("IGO")) {
      return "igo";
    }
    if (STATE_SECTORS.contains(sector)) {
      return "state";
    }
    if (OPPOSITION_SECTORS.contains(sector)) {
      return "opposition";
    }
    if (!sector.isEmpty()) {
      return "sector-" + sector.toLowerCase(Locale.ROOT);
    }
    return "person".equals(actor.kind()) ? "person" : "unsectored";
  }

  /** Whether an odd number of quotation marks stands in {@code text} from {@code from} to {@code to}: inside a quote there. */
  static boolean oddQuoteMarks(CharSequence text, int from, int to) {
    int marks = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /** Whether the trigger stands inside quotation marks in its sentence. */
  static boolean quoted(Event event) {
    if (event.evidence() == null || event.trigger() == null) {
      return false;
    }
    String sentence = event.evidence().text();
    int at = event.trigger().start() - event.evidence().start();
    if (at < 0 || at > sentence.length()) {
      return false;
    }
    return oddQuoteMarks(sentence, 0, at);
  }
}
