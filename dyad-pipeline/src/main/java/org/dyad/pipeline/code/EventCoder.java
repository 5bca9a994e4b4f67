package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.Removed;
import org.dyad.model.Span;
import org.dyad.pipeline.nlp.ParseGuards;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Codes the events each sentence states, from the predicate dictionary over the dependency
 * parse. Every event has at least one resolved actor (a source, or a target in the passive), a
 * trigger, the rule that fired and the sentence as evidence. Dates come from the event's own
 * clause, else from a governing clause, else from elsewhere in the sentence; never from the
 * publication date. Thread-safe.
 *
 * <p>An event without a named target takes, in this order, the place it happens in ("met in
 * Zurich": Switzerland; rule {@code +place-target}), an actor deeper in its arguments
 * ({@code +deep-target}), or, for domestic kinds of action (08, 12, 14, 17–20), the source's own
 * country ({@code +domestic-target}; the source itself when the article names no such country;
 * not when the act is done to people a common noun names, "released ten students", "fighting
 * militants", unless the source itself was read from a place).
 * One main event per clause: a purpose clause of a coded verb and an event noun a coded verb takes
 * as its object are not coded again. A negated cooperative event (03–08) also yields the rejection
 * it states (12x), and announced force (planned 14–20) is a threat (13x).
 *
 * <p>This class orchestrates: it picks the sentences that can name an actor, codes each through a
 * {@link SentenceContext} (whose stages the package documentation lists), and turns the
 * candidates into events, keeping the most confident of duplicates.
 */
public final class EventCoder {

  private final CodeTables tables;
  private final PredicateDictionary dictionary;
  private final PlaceLookup places;
  private final Lexicon words;
  /** The fitted confidence model, or null while none is built in (the rules' own estimate stands). */
  private final ConfidenceModel confidence = ConfidenceModel.standardOrNull();

  public EventCoder() {
    this(CodeTables.standard(), PredicateDictionary.standard(), PlaceLookup.gazetteer());
  }

  /** A coder that resolves event locations and place targets with {@code places}. */
  public EventCoder(PlaceLookup places) {
    this(CodeTables.standard(), PredicateDictionary.standard(), places);
  }

  EventCoder(CodeTables tables, PredicateDictionary dictionary, PlaceLookup places) {
    this(tables, dictionary, places, Lexicon.standard());
  }

  /** A coder whose rules read the words of {@code words} (the English word classes, or another language's). */
  EventCoder(CodeTables tables, PredicateDictionary dictionary, PlaceLookup places, Lexicon words) {
    this.tables = tables;
    this.dictionary = dictionary;
    this.places = places;
    this.words = words;
  }

  /**
   * This coder for documents read as Spanish: the same stages and gazetteer over the Spanish
   * predicate dictionary ({@code predicates-es.txt}) and word classes ({@code word-classes-es.txt}).
   */
  public EventCoder inSpanish() {
    return new EventCoder(tables, PredicateDictionary.spanish(), places, Lexicon.spanish());
  }

  public List<Event> code(ResolvedArticle resolved) {
    // "the resolution demands": the text's author; "he pledged": the doer named before
    ResolvedArticle article = new Anaphora(words).extend(new TextAuthors(words).extend(resolved));
    List<Candidate> all = new ArrayList<>();
    Candidate previous = null;
    for (Sentence sentence : article.annotated().sentences()) {
      if (sentence.parsed() && sentence.dependencies().isEmpty() || inRemovedText(article, sentence)
          || ParseGuards.enabled() && !mayNameActor(article, sentence)) {
        continue;
      }
      // The graph parses the sentence only when the coder first reads an edge (a word the
      // dictionary knows); an unparsed sentence codes nothing, as before.
      SentenceContext context = new SentenceContext(article, new ParseGraph(sentence), previous, tables, dictionary, places, words);
      List<Candidate> found = context.code();
      if (!found.isEmpty() && sentence.dependencies().isEmpty()) {
        continue;
      }
      all.addAll(found);
      if (!found.isEmpty()) {
        previous = found.get(found.size() - 1);
      }
    }
    if (SportStory.isSport(article.annotated(), words)) {
      all.removeIf(c -> standsForTeam(article, c.source) || standsForTeam(article, c.target)); // "Italy came to Edinburgh"
    }
    AnsweredAccusations.link(all, article.resolution()::actor);
    return toEvents(article, all);
  }

  /**
   * In a sports story, a country or town is a team, and a group named by a common noun
   * ("officials", "representatives from Switzerland", "fans") its side: no political actor.
   */
  private static boolean standsForTeam(ResolvedArticle article, String actorId) {
    Actor actor = actorId == null ? null : article.resolution().actor(actorId);
    return actor != null && ("country".equals(actor.kind()) || "location".equals(actor.kind()) || "group".equals(actor.kind()));
  }

  /**
   * Whether the sentence can give an event an actor; a sentence that cannot codes nothing, so it is
   * neither coded nor parsed for coding. Every event has an actor (a source, or a target of a
   * passive or of an unnamed attacker), and the coder takes actors only from this sentence: the
   * resolver's mentions in it, and gazetteer places named by proper nouns (a run of them) whose
   * country the article has as an actor; a source lent by the previous event needs a target here.
   * Keep in step with {@link ActorPhrases#actorsAt} and {@link PlaceReader#placeAt}.
   */
  private boolean mayNameActor(ResolvedArticle article, Sentence sentence) {
    for (ActorMention mention : article.resolution().mentions()) {
      if (mention.sentence() == sentence.index()) {
        return true;
      }
    }
    for (int t = 0; t < sentence.size(); t++) {
      for (int from = t; from >= 0 && sentence.token(from).isProperNoun(); from--) {
        Location place = places.find(sentence.text(article.text(), from, t + 1));
        if (place != null && place.country() != null) {
          for (Actor actor : article.resolution().actors()) {
            if ("country".equals(actor.kind()) && place.country().equals(actor.country())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean inRemovedText(ResolvedArticle article, Sentence sentence) {
    String text = article.text().substring(sentence.start(), sentence.end());
    for (Removed removed : article.annotated().article().removed()) {
      String gone = removed.text().trim();
      if (gone.length() >= 12 && (text.contains(gone) || gone.contains(text.trim()))) {
        return true;
      }
    }
    return false;
  }

  private List<Event> toEvents(ResolvedArticle article, List<Candidate> candidates) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      String key = c.sentence + "|" + c.code.substring(0, 2) + "|" + c.source + "|" + c.target + "|" + c.negated;
      Candidate kept = best.get(key);
      if (kept == null || c.confidence > kept.confidence) {
        best.put(key, c);
      }
    }
    List<Candidate> ordered = new ArrayList<>(best.values());
    // the same act read twice, once with its target and once without ("denied that its troops attacked
    // Japan"): the reading that names the target stands
    ordered.removeIf(c -> c.target == null && ordered.stream().anyMatch(o -> o != c && o.target != null
        && o.sentence == c.sentence && o.triggerStart == c.triggerStart && o.code.equals(c.code)
        && java.util.Objects.equals(o.source, c.source)));
    ordered.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.triggerStart));
    List<Event> events = new ArrayList<>();
    String text = article.text();
    for (Candidate c : ordered) {
      CameoCode code = tables.cameo(c.code);
      PloverCoding plover = tables.plover(c.code);
      events.add(new Event(
          "e" + (events.size() + 1),
          code.code(),
          code.name(),
          plover == null ? null : plover.type(),
          code.quadClass(),
          code.goldstein(),
          c.source,
          c.target,
          new Span(c.triggerStart, c.triggerEnd, text.substring(c.triggerStart, c.triggerEnd)),
          c.negated,
          c.modality.label(),
          c.date == null ? null : c.date.value(),
          c.date == null ? null : c.date.text(),
          c.location,
          c.sentence,
          new Span(c.evidenceStart, c.evidenceEnd, text.substring(c.evidenceStart, c.evidenceEnd)),
          Confidence.rounded(c.confidence),
          c.rule));
    }
    return calibrated(article, events);
  }

  /** The most confidence an act someone asks for is given: below {@link org.dyad.model.Confidence#DEFAULT_MINIMUM}. */
  static final double REQUESTED_CEILING = 0.05;

  /**
   * The events with the confidence the fitted model gives their features ({@link ConfidenceModel},
   * {@link EventFeatures}): the estimated chance that each is right.
   */
  private List<Event> calibrated(ResolvedArticle article, List<Event> events) {
    ConfidenceModel model = confidence;
    if (model == null) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      double p = model.probability(EventFeatures.of(e, article.resolution()::actor));
      if (Modality.REQUESTED.label().equals(e.modality())) {
        // "urged Ukraine to investigate the Bidens": the appeal is the event, the act asked for has
        // not happened (CAMEO codes the appeal only). It stays in the record, under the default
        // minimum: on the article gold none of the requested acts coded was an annotated event
        p = Math.min(p, REQUESTED_CEILING);
      }
      out.add(new Event(e.id(), e.cameo(), e.cameoName(), e.plover(), e.quadClass(), e.goldstein(), e.source(), e.target(),
          e.trigger(), e.negated(), e.modality(), e.date(), e.dateText(), e.location(), e.sentence(), e.evidence(),
          Confidence.rounded(p), e.rule(), e.sourceCode(), e.targetCode()));
    }
    return out;
  }
}
