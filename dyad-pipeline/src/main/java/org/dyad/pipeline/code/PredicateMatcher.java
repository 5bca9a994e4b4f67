package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.ParseGuards;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.Resolution;

/**
 * Which dictionary entry applies at a word, part of finding predicates: an entry's sense
 * constraints checked against the parse (voice, preposition, transitivity, the object noun of a
 * light-verb entry), the control reading of a word (with or without an object of its own), the
 * code an infinitive's own entry gives, and the words that look like triggers but state no event
 * ("Israel's right to defend itself", "in protest", the text of a vetoed resolution).
 */
final class PredicateMatcher {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final PredicateDictionary dictionary;
  private final Lexicon words;

  PredicateMatcher(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.dictionary = context.dictionary();
    this.words = context.words();
  }

  /** An adjective that is a control word ("ready to", "willing to"): read as a verb trigger. */
  boolean isPredicateAdjective(int i) {
    return graph.token(i).pos().startsWith("JJ") && dictionary.control(graph.lemma(i)) != null;
  }

  /**
   * The control reading of a word: its reading with an object when it has an actor as object
   * that is the subject of its infinitive ("wants Russia to withdraw": a request to Russia),
   * else its plain reading ("wants to visit": a plan); null for no control word.
   */
  ControlVerb controlAt(int word) {
    ControlVerb withObject = dictionary.objectControl(graph.lemma(word));
    if (withObject != null && graph.children(word, "xcomp").stream().anyMatch(x -> graph.token(x).isVerb())) {
      // "wants Michael to be accessible": a wish about a state, not a request to act
      for (int object : graph.children(word, "obj")) {
        if (!actorsAt(object).isEmpty()) {
          return withObject;
        }
      }
    }
    return dictionary.control(graph.lemma(word));
  }

  /**
   * An -ing word right after a possessive ("Jordan's visiting King Abdullah", "the party's
   * ruling council") modifies the noun after it: an adjective, not a clause stating an event.
   */
  boolean afterPossessive(int verb) {
    return verb > 0 && graph.token(verb).pos().equals("VBG") && graph.token(verb - 1).pos().equals("POS");
  }

  /** -1 when the entry matches without an object noun, the object noun's index, or null. */
  Integer matches(int verb, Predicate predicate) {
    if (!predicate.unless().isEmpty() && otherSense(predicate)) {
      return null; // "beat Hungary 2-0 in the match": another sense of the word
    }
    if (ParseGuards.enabled() && !predicate.objects().isEmpty() && !graph.hasLemma(predicate.objects())) {
      return null; // no noun of the entry anywhere in the sentence: no parse needed to tell
    }
    if (ParseGuards.enabled() && predicate.preposition() != null && !graph.hasLemma(Set.of(predicate.preposition()))
        && !graph.hasWord(predicate.preposition())) {
      return null; // the preposition (an "obl:P" edge names a word of the sentence) is not there
    }
    if (predicate.voice() != null) {
      boolean passive = graph.isPassive(verb);
      if (predicate.voice().equals("passive") != passive) {
        return null;
      }
    }
    if (predicate.preposition() != null && !hasPreposition(verb, predicate.preposition())) {
      return null;
    }
    if (predicate.needs("noclause") && !graph.children(verb, "ccomp").isEmpty()) {
      return null; // "recognize that the deal is poor": a belief, not recognition
    }
    if (predicate.needs("clause") && !selfClause(verb)) {
      return null; // "denied that he formed a channel", not "denied him bail" nor "denied that Germany attacked"
    }

    if (predicate.intransitive() && !graph.children(verb, "obj").isEmpty()) {
      return null;
    }
    if (predicate.transitive() && graph.children(verb, "obj").isEmpty()) {
      return null;
    }
    if (predicate.objects().isEmpty()) {
      return -1;
    }
    return governedNoun(verb, predicate.objects());
  }

  /** Whether the sentence has a word of the entry's {@code unless=} list; {@code @score} stands for a score ("2-0"). */
  boolean otherSense(Predicate predicate) {
    if (graph.hasLemma(predicate.unless())) {
      return true;
    }
    if (predicate.unless().contains("@score")) {
      for (int t = 0; t < graph.size(); t++) {
        if (SportStory.scoreAt(graph.sentence(), t)) {
          return true; // "6-0", "6 - 0"
        }
      }
    }
    return false;
  }

  private boolean hasPreposition(int verb, String preposition) {
    for (Dependency d : graph.children(verb)) {
      if (d.relation().equals("obl:" + preposition) || d.relation().equals("compound:prt")
          && graph.lemma(d.dependent()).equals(preposition) || d.relation().equals("advmod")
          && graph.lemma(d.dependent()).equals(preposition)) {
        return true;
      }
      if (d.relation().startsWith("obl") || d.relation().startsWith("advcl")) {
        for (Dependency c : graph.children(d.dependent())) {
          if ((c.relation().equals("case") || c.relation().equals("mark")) && graph.lemma(c.dependent()).equals(preposition)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A noun with one of the lemmas among the verb's complements (two steps at most), or null. */
  private Integer governedNoun(int verb, Set<String> lemmas) {
    for (Dependency d : graph.children(verb)) {
      String base = d.baseRelation();
      if (base.equals("nsubj") && !d.relation().equals("nsubj:pass") || base.equals("punct") || base.equals("aux")
          || base.equals("conj")) {
        continue;
      }
      int child = d.dependent();
      if (base.equals("obj") && appendedObject(verb, child)) {
        continue;
      }
      if (lemmas.contains(graph.lemma(child)) && (graph.token(child).isNoun() || graph.token(child).pos().startsWith("JJ")
          || graph.token(child).pos().equals("CD"))) {
        return child;
      }
    }
    for (Dependency d : graph.children(verb)) {
      String base = d.baseRelation();
      if (!(base.equals("obj") || base.equals("obl") || base.equals("advcl") || base.equals("iobj") || base.equals("xcomp")
          || base.equals("dep"))) {
        continue;
      }
      if ((base.equals("advcl") || base.equals("obl")) && !graph.children(verb, "obj").isEmpty()) {
        continue; // "made the announcement after meeting X, the first visit": the object slot is taken
      }
      for (Dependency c : graph.children(d.dependent())) {
        String cb = c.baseRelation();
        if ((cb.equals("nsubj") || cb.equals("obj") || cb.equals("nmod") || cb.equals("nummod")
            || cb.equals("dep") || cb.equals("appos") || (cb.equals("amod") || cb.equals("compound")) && base.equals("obj"))
            && lemmas.contains(graph.lemma(c.dependent())) && c.dependent() != verb) {
          return c.dependent();
        }
      }
    }
    return misparsedObject(verb, lemmas);
  }

  /** The code the infinitive's own entry gives, or null. */
  String innerCode(int inner) {
    for (Predicate predicate : dictionary.verbs(graph.lemma(inner))) {
      Integer object = matches(inner, predicate);
      if (object != null) {
        return predicate.noEvent() ? null : predicate.code();
      }
    }
    for (Predicate predicate : dictionary.nouns(graph.lemma(inner))) {
      return predicate.code();
    }
    return null;
  }

  /**
   * The entry whose own target relation the noun has ("strikes on Gaza": the attack entry with
   * nmod:on, not the labour strike with nmod:against), else the first.
   */
  Predicate nounEntry(int noun, List<Predicate> entries) {
    List<Predicate> usable = new java.util.ArrayList<>();
    for (Predicate entry : entries) {
      if (nounConditionsHold(noun, entry)) {
        usable.add(entry);
      }
    }
    if (usable.isEmpty()) {
      return null;
    }
    for (Predicate entry : usable) {
      if (!entry.objects().isEmpty() || entry.preposition() != null) {
        return entry; // "phone call", "call for a ceasefire": the sense its modifier names
      }
    }
    for (Predicate entry : usable) {
      for (Dependency d : graph.children(noun)) {
        if (entry.targetRelations().contains(d.relation())) {
          return entry;
        }
      }
    }
    return usable.get(0);
  }

  /**
   * A noun entry's conditions: {@code obj=} a modifier of the noun ("phone call": compound or
   * adjective), {@code prep=} a phrase of that preposition under it ("call for a ceasefire").
   */
  private boolean nounConditionsHold(int noun, Predicate entry) {
    if (!entry.objects().isEmpty() && graph.children(noun).stream().noneMatch(d ->
        (d.baseRelation().equals("compound") || d.baseRelation().equals("amod"))
            && entry.objects().contains(graph.lemma(d.dependent())))) {
      return false;
    }
    return entry.preposition() == null || graph.hasChild(noun, "nmod:" + entry.preposition())
        || entry.preposition().equals("to") && graph.hasChild(noun, "acl");
  }

  /**
   * A bare "in protest (of …)" or "in retaliation (for …)" says why the event it modifies
   * happened ("went on a hunger strike in protest of the ruling"): no event of its own.
   * Only a bare singular noun ("in talks with" still names talks).
   */
  boolean mannerAdjunct(int noun) {
    Dependency up = graph.parent(noun);
    if (up == null || !(up.relation().equals("nmod:in") || up.relation().equals("obl:in"))
        || !graph.token(noun).pos().equals("NN") || graph.hasChild(noun, "det") || graph.hasChild(noun, "nmod:poss")) {
      return false;
    }
    int governor = up.governor();
    return graph.token(governor).isVerb() && !dictionary.verbs(graph.lemma(governor)).isEmpty()
        || graph.token(governor).isNoun() && !dictionary.nouns(graph.lemma(governor)).isEmpty();
  }

  /** The to-infinitive (or that-clause for demands) a control word governs, or -1. */
  int infinitive(int head) {
    for (Dependency d : graph.children(head)) {
      String relation = d.relation();
      if (relation.equals("xcomp") || relation.equals("ccomp") || relation.equals("advcl:to") || relation.equals("acl:to")) {
        int child = d.dependent();
        if (graph.token(child).isVerb() || graph.token(child).isNoun() || graph.token(child).pos().startsWith("JJ")) {
          if (relation.equals("ccomp") && !graph.hasMark(child, "to") && !graph.hasMark(child, "that")) {
            continue;
          }
          return child;
        }
      }
    }
    return -1;
  }

  /**
   * A to-infinitive modifying a noun that is neither a control noun ("plans to") nor an event noun
   * ("a deadline set by the bloc to reinstate Bazoum", "Israel's right to defend itself"): it
   * names a possibility, not an event the text states.
   */
  boolean infinitiveOfPlainNoun(int verb) {
    Dependency up = graph.parent(verb);
    if (up == null || !up.relation().equals("acl:to") || !graph.hasMark(verb, "to")) {
      return false;
    }
    int noun = up.governor();
    String lemma = graph.lemma(noun);
    return graph.token(noun).isNoun() && dictionary.control(lemma) == null && dictionary.nouns(lemma).isEmpty()
        && dictionary.verbs(lemma).isEmpty();
  }

  /**
   * "vetoed a resolution that called on Sudan to cease fire": what a text says that was vetoed
   * or rejected is no act of its would-be sponsor (an adopted one's is).
   */
  boolean inRejectedDocument(int verb) {
    int node = verb;
    for (int steps = 0; steps < 6; steps++) {
      Dependency up = graph.parent(node);
      if (up == null) {
        return false;
      }
      String base = up.baseRelation();
      if (base.equals("acl")) {
        int document = up.governor();
        Dependency holder = graph.parent(document);
        return words.documentNouns().contains(graph.lemma(document)) && holder != null
            && (holder.relation().equals("obj") || holder.relation().equals("nsubj:pass"))
            && words.notAdoptingVerbs().contains(graph.lemma(holder.governor()));
      }
      if (!(base.equals("xcomp") || base.equals("conj") || base.equals("ccomp"))) {
        return false;
      }
      node = up.governor();
    }
    return false;
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private boolean appendedObject(int verb, int object) {
    return context.repairs().appendedObject(verb, object);
  }

  private Integer misparsedObject(int verb, Set<String> lemmas) {
    return context.repairs().misparsedObject(verb, lemmas);
  }

  /**
   * The verb governs a that-clause about the subject's own doing: its subject is a pronoun ("denied
   * that he formed a channel") or something of a pronoun's ("denied that its troops fired").
   */
  private boolean selfClause(int verb) {
    for (int clause : graph.children(verb, "ccomp")) {
      List<Integer> subjects = new ArrayList<>(graph.children(clause, "nsubj"));
      subjects.addAll(graph.children(clause, "nsubj:pass"));
      for (int subject : subjects) {
        if (words.anaphoricPronouns().contains(graph.lemma(subject))
            || graph.children(subject, "nmod:poss").stream().anyMatch(o -> words.anaphoricPronouns().contains(graph.lemma(o)))) {
          return true;
        }
      }
    }
    return false;
  }
}
