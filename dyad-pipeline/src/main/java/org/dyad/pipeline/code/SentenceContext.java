package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * What the stages coding one sentence share: the sentence's parse, the article and its actor
 * resolution, the last event of the sentence before, the event nouns already coded as part of a
 * verb's event, and the events found so far; and the stages themselves, one of each, which read
 * each other through it. Lives for one sentence; not thread-safe (the coder makes one per sentence).
 *
 * <p>Lifecycle: {@link PredicateFinder} finds triggers, {@link ArgumentAssigner} (with
 * {@link SubjectFinder} and {@link SourceGuesses}) gives each its arguments, {@link EventEmitter} turns it into events through
 * {@link ActorGate}, {@link StanceReader}, {@link CodeRefinements}, {@link DateReader},
 * {@link PlaceReader}, {@link TargetFallbacks} and {@link Confidence}; then {@link PurposeClauses}
 * and {@link Accusations} revise the sentence's events as a whole.
 */
final class SentenceContext {

  private final ResolvedArticle article;
  private final ParseGraph graph;
  private final Candidate previous;
  private final CodeTables tables;
  private final PredicateDictionary dictionary;
  private final PlaceLookup lookup;
  private final Lexicon words;
  private final Set<Integer> consumedNouns = new HashSet<>();
  private final List<Candidate> out = new ArrayList<>();

  private final PredicateFinder finder;
  private final PredicateMatcher matcher;
  private final CodeRefinements refinements;
  private final ParseRepairs repairs;
  private final SubjectFinder subjects;
  private final ArgumentAssigner arguments;
  private final SourceGuesses sources;
  private final TargetFallbacks fallbacks;
  private final ActorPhrases actors;
  private final PlaceReader places;
  private final StanceReader stances;
  private final DateReader dates;
  private final ActorGate gate;
  private final EventEmitter emitter;
  private final PurposeClauses purposeClauses;
  private final Accusations accusations;

  /**
   * @param previous the last event of the sentence before (for a pronoun subject, a noun's source
   *     and "there"), or null
   */
  SentenceContext(ResolvedArticle article, ParseGraph graph, Candidate previous, CodeTables tables,
      PredicateDictionary dictionary, PlaceLookup lookup, Lexicon words) {
    this.article = article;
    this.graph = graph;
    this.previous = previous;
    this.tables = tables;
    this.dictionary = dictionary;
    this.lookup = lookup;
    this.words = words;
    this.finder = new PredicateFinder(this);
    this.matcher = new PredicateMatcher(this);
    this.refinements = new CodeRefinements(this);
    this.repairs = new ParseRepairs(graph, dictionary, words);
    this.subjects = new SubjectFinder(this);
    this.arguments = new ArgumentAssigner(this);
    this.sources = new SourceGuesses(this);
    this.fallbacks = new TargetFallbacks(this);
    this.actors = new ActorPhrases(this);
    this.places = new PlaceReader(this);
    this.stances = new StanceReader(this);
    this.dates = new DateReader(this);
    this.gate = new ActorGate(this);
    this.emitter = new EventEmitter(this);
    this.purposeClauses = new PurposeClauses(this);
    this.accusations = new Accusations(this);
  }

  /** Codes the sentence: the events it states, in the order found. */
  List<Candidate> code() {
    finder.findAll();
    purposeClauses.drop();
    accusations.add();
    return out;
  }

  ResolvedArticle article() {
    return article;
  }

  ParseGraph graph() {
    return graph;
  }

  Sentence sentence() {
    return graph.sentence();
  }

  Resolution resolution() {
    return article.resolution();
  }

  Candidate previous() {
    return previous;
  }

  CodeTables tables() {
    return tables;
  }

  PredicateDictionary dictionary() {
    return dictionary;
  }

  /** The gazetteer. */
  PlaceLookup lookup() {
    return lookup;
  }

  Lexicon words() {
    return words;
  }

  /** Event nouns a coded verb took as its own: not coded again on their own. */
  Set<Integer> consumedNouns() {
    return consumedNouns;
  }

  /** The sentence's events so far. */
  List<Candidate> out() {
    return out;
  }

  PredicateFinder finder() {
    return finder;
  }

  PredicateMatcher matcher() {
    return matcher;
  }

  CodeRefinements refinements() {
    return refinements;
  }

  ParseRepairs repairs() {
    return repairs;
  }

  SubjectFinder subjects() {
    return subjects;
  }

  ArgumentAssigner arguments() {
    return arguments;
  }

  SourceGuesses sources() {
    return sources;
  }

  TargetFallbacks fallbacks() {
    return fallbacks;
  }

  ActorPhrases actors() {
    return actors;
  }

  PlaceReader places() {
    return places;
  }

  StanceReader stances() {
    return stances;
  }

  DateReader dates() {
    return dates;
  }

  ActorGate gate() {
    return gate;
  }

  EventEmitter emitter() {
    return emitter;
  }

  PurposeClauses purposeClauses() {
    return purposeClauses;
  }

  Accusations accusations() {
    return accusations;
  }
}
