package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;

/**
 * Who did it: the actors a verb's subject names, or the by-agent of a passive; a pronoun's
 * antecedent when it reports its speaker ("Japan said it had halted aid": Japan), "his country"
 * as the speaker's country, "he" as the previous sentence's person; and the subject a verb
 * inherits from a control word, a coordinated verb, an event noun that holds it ("has no plans to
 * give") or the noun an -ing clause modifies ("demonstrators protesting"). Part of assigning
 * arguments; the reported speaker is read here too.
 */
final class SubjectFinder {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final Candidate previous;
  private final PredicateDictionary dictionary;
  private final Lexicon words;

  SubjectFinder(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.previous = context.previous();
    this.dictionary = context.dictionary();
    this.words = context.words();
  }

  /**
   * The actors the verb's subject names (its by-agent in the passive), through a pronoun's
   * speaker, "his country", the previous sentence's person or a speech verb misparsed below.
   */
  List<String> subjectActors(int verb, boolean passive) {
    List<String> actors = new ArrayList<>();
    List<String> relations = passive ? List.of("obl:agent", "obl:by") : List.of("nsubj", "nsubj:xsubj");
    for (String relation : relations) {
      if (relation.equals("nsubj:xsubj") && !controlledComplement(verb)) {
        continue; // a purpose clause misread as a complement: its subject is the governor's subject
      }
      if (relation.equals("nsubj") && bareParticiple(verb)) {
        continue; // "released the mayor, a member of Hamas jailed a year ago": the one jailed, not the jailer
      }
      for (int t : graph.children(verb, relation)) {
        List<String> named = actorsAt(t);
        if (isPronoun(t)) {
          List<String> speaker = reportingSubject(verb);
          if (named.isEmpty() || !speaker.isEmpty() && !speaker.equals(named) && agrees(t, speaker)) {
            // "the government said it will ask firms": it is the government that speaks, not the country named before
            named = speaker.isEmpty() ? named : speaker;
          }
        }
        if (named.isEmpty() && speakersCountry(t)) {
          named = new ArrayList<>();
          for (String id : reportingSubject(verb)) {
            Actor speaker = resolution.actor(id);
            String country = speaker == null || speaker.country() == null ? null : countryActor(speaker.country());
            named.add(country != null ? country : id); // "Sweden's prime minister said his country would donate ..."
          }
        }
        if (named.isEmpty() && relation.equals("nsubj")) {
          named = previousPerson(verb, t);
        }
        int speaker = named.isEmpty() && isPronoun(t) ? speakerBelow(verb) : -1;
        if (speaker >= 0) {
          named = new ArrayList<>();
          for (int s : graph.children(speaker, "nsubj")) {
            named.addAll(actorsAt(s)); // "as Egypt announced it would release ..." parsed with "announced" below "release"
          }
        }
        actors.addAll(named);
      }
    }
    return actors;
  }

  /** Whether a pronoun can stand for these actors: "it" for no person, "he"/"she" for persons, "they" for any. */
  private boolean agrees(int pronoun, List<String> actors) {
    String word = graph.token(pronoun).text().toLowerCase(Locale.ROOT);
    boolean person = word.equals("he") || word.equals("she");
    if (!(person || word.equals("it") || word.equals("they"))) {
      return false;
    }
    for (String id : actors) {
      Actor actor = resolution.actor(id);
      if (actor == null || word.equals("it") && "person".equals(actor.kind()) || person && !"person".equals(actor.kind())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Biden welcomed the freed Americans. He praised Scholz ...": "he" or "she" as subject of a
   * sentence's main verb, with no antecedent in the sentence, is the person who was the source
   * of the previous sentence's last event, else the one person the previous sentence names
   * ("..., Biden said. He praised ...").
   */
  private List<String> previousPerson(int verb, int subject) {
    String word = graph.token(subject).text().toLowerCase(Locale.ROOT);
    if (!(word.equals("he") || word.equals("she")) || graph.parent(verb) != null) {
      return List.of();
    }
    if (previous != null && previous.source != null && previous.sentence == sentence.index() - 1) {
      Actor actor = resolution.actor(previous.source);
      return actor != null && "person".equals(actor.kind()) ? List.of(previous.source) : List.of();
    }
    Set<String> persons = new LinkedHashSet<>();
    for (ActorMention mention : resolution.mentions()) {
      Actor actor = resolution.actor(mention.actorId());
      if (mention.sentence() == sentence.index() - 1 && actor != null && "person".equals(actor.kind())) {
        persons.add(actor.id());
      }
    }
    return persons.size() == 1 ? List.copyOf(persons) : List.of();
  }

  /**
   * The antecedent of a pronoun subject in a reported clause: "Japan said it had halted aid" →
   * Japan (the subject of the verb whose complement the clause is).
   */
  List<String> reportingSubject(int verb) {
    int misparsed = ParseRepairs.misparsedSpeech(graph, verb, words.speechVerbs());
    if (misparsed >= 0) {
      List<String> actors = new ArrayList<>();
      for (int t : graph.children(misparsed, "nsubj")) {
        actors.addAll(actorsAt(t));
      }
      return actors;
    }
    int node = verb;
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = graph.parent(node);
      if (up == null) {
        return List.of();
      }
      String base = up.baseRelation();
      if (base.equals("ccomp") || base.equals("parataxis")) {
        int governor = up.governor();
        if (graph.token(governor).isVerb() && words.speechVerbs().contains(graph.lemma(governor))
            || "announce".equals(graph.lemma(governor))) {
          List<String> actors = new ArrayList<>();
          for (int t : graph.children(governor, "nsubj")) {
            actors.addAll(actorsAt(t));
          }
          return actors.isEmpty() ? quotedSubject(graph.parent(governor)) : actors;
        }
        return List.of();
      }
      if (base.equals("advcl")) {
        return quotedSubject(up); // "King Hassan was quoted as saying he would ..." (parsed without the saying)
      }
      if (!(base.equals("conj") || base.equals("xcomp"))) {
        return List.of();
      }
      node = up.governor();
    }
    return List.of();
  }

  /** "his country", "their nation": the country of whoever says so. */
  private boolean speakersCountry(int noun) {
    if (!(graph.lemma(noun).equals("country") || graph.lemma(noun).equals("nation"))) {
      return false;
    }
    for (int owner : graph.children(noun, "nmod:poss")) {
      String word = graph.token(owner).text().toLowerCase(Locale.ROOT);
      if (word.equals("his") || word.equals("her") || word.equals("their") || word.equals("our")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code verb} is the complement of a control word (whose controller the parse names). */
  private boolean controlledComplement(int verb) {
    Dependency up = graph.parent(verb);
    if (up == null || !up.relation().equals("xcomp")) {
      return true;
    }
    int governor = up.governor();
    return dictionary.control(graph.lemma(governor)) != null || !graph.hasChild(governor, "obj")
        || words.objectControlVerbs().contains(graph.lemma(governor));
  }

  /** The subject a control verb, noun ("plans to") or conjoined verb lends to {@code verb}. */
  List<String> inheritedSubject(int token, int depth) {
    if (depth > 4) {
      return List.of();
    }
    Dependency up = graph.parent(token);
    if (up == null) {
      return List.of();
    }
    String relation = up.relation();
    int governor = up.governor();
    if (relation.equals("xcomp") || relation.startsWith("conj") || relation.equals("acl:to") || relation.equals("advcl:to")) {
      if (graph.token(governor).isNoun()) {
        // "has no plans to give": the subject of the verb holding the noun
        Dependency holder = graph.parent(governor);
        if (holder == null) {
          return List.of();
        }
        List<String> actors = subjectActors(holder.governor(), graph.isPassive(holder.governor()));
        return actors.isEmpty() ? inheritedSubject(holder.governor(), depth + 1) : actors;
      }
      boolean objectControl = relation.equals("xcomp") && graph.hasChild(governor, "obj")
          && (words.objectControlVerbs().contains(graph.lemma(governor)) || dictionary.control(graph.lemma(governor)) != null);
      if (objectControl) {
        return actorsAt(graph.children(governor, "obj").get(0));
      }
      List<String> actors = subjectActors(governor, graph.isPassive(governor));
      if (graph.isPassive(governor) && actors.isEmpty()) {
        for (int t : graph.children(governor, "nsubj:pass")) {
          actors.addAll(actorsAt(t)); // "is expected to arrive"
        }
      }
      return actors.isEmpty() ? inheritedSubject(governor, depth + 1) : actors;
    }
    if (relation.equals("dep") && pronounObjectAsSubject(governor, token)) {
      // "the agency has said it will send experts", parsed with "it" as the object of "said"
      List<String> actors = new ArrayList<>();
      for (int t : graph.children(governor, "nsubj")) {
        actors.addAll(actorsAt(t));
      }
      return actors;
    }
    if (participleModifier(up)) {
      List<String> actors = actorsAt(governor); // "demonstrators protesting election results": the demonstrators protest
      Dependency holder = graph.parent(governor);
      if (actors.isEmpty() && holder != null && holder.relation().equals("obj") && graph.token(holder.governor()).isVerb()
          && words.issuingVerbs().contains(graph.lemma(holder.governor()))) {
        // "issued a declaration demanding that ...": who issued it
        actors = subjectActors(holder.governor(), graph.isPassive(holder.governor()));
      }
      return actors;
    }
    if (participialAdjunct(up) && graph.token(governor).isVerb()) {
      // "imposed sanctions, accusing Tehran of ...", "after meeting X": the governor's subject
      return subjectActors(governor, graph.isPassive(governor));
    }
    return List.of();
  }

  /**
   * Who undergoes a passive clause that has no subject of its own: "Ukraine protested after being
   * attacked by Russia" (an adjunct: its governor's subject), "the first victim, having been annexed
   * by Germany" and "the town, captured by rebels" (a participle modifying a noun: that noun, or
   * the subject it is predicated of). Empty when the clause has a subject or hangs otherwise.
   */
  List<String> passiveClausePatient(int verb) {
    Dependency up = graph.parent(verb);
    if (up == null || graph.hasChild(verb, "nsubj") || graph.hasChild(verb, "nsubj:pass") || graph.hasMark(verb, "to")
        || !graph.token(verb).pos().equals("VBN")) {
      return List.of();
    }
    int governor = up.governor();
    List<String> actors = new ArrayList<>();
    if (up.baseRelation().equals("advcl") && !up.relation().equals("advcl:to")) {
      for (String relation : List.of("nsubj", "nsubj:pass")) {
        for (int t : graph.children(governor, relation)) {
          actors.addAll(actorsAt(t));
        }
      }
    } else if (up.relation().equals("acl") && graph.token(governor).isNoun()) {
      actors.addAll(actorsAt(governor));
      if (actors.isEmpty() && graph.hasChild(governor, "cop")) {
        for (int t : graph.children(governor, "nsubj")) {
          actors.addAll(actorsAt(t)); // "the town was the first victim ..., having been annexed": the town
          if (actors.isEmpty() && context.actors().isPronoun(t)) {
            actors.addAll(reportingSubject(governor)); // "Austria argued that it was the first victim ...": Austria
          }
        }
      }
    }
    return actors;
  }

  /** "demonstrators protesting election results": an -ing clause modifying a noun, its subject. */
  boolean participleModifier(Dependency up) {
    return up.relation().equals("acl") && graph.token(up.dependent()).pos().equals("VBG") && graph.token(up.governor()).isNoun()
        && up.dependent() > up.governor();
  }

  /** An -ing adjunct clause without a subject of its own: an event of its own, not a purpose. */
  boolean participialAdjunct(Dependency up) {
    int clause = up.dependent();
    return (up.baseRelation().equals("advcl") || up.relation().equals("dep")) && !up.relation().equals("advcl:to") && graph.token(clause).pos().equals("VBG")
        && !graph.hasMark(clause, "to") && !graph.hasChild(clause, "nsubj") && !graph.hasChild(clause, "nsubj:pass")
        && namesObject(clause);
  }

  /**
   * The clause's direct object names an actor ("accusing Tehran", "meeting Zelensky") or is a
   * personal pronoun for one ("wrote to Mr McConnell accusing him of an error").
   */
  private boolean namesObject(int clause) {
    for (int object : graph.children(clause, "obj")) {
      if (graph.token(object).isProperNoun() && !actorsAt(object).isEmpty()) {
        return true;
      }
      if (graph.token(object).pos().equals("PRP") && words.anaphoricPronouns().contains(graph.lemma(object))
          && !graph.lemma(object).equals("it")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb has a subject noun of its own that names no actor ("but his rival Raila Odinga
   * rejected the result", parsed with "rival" as subject): the subject of a conjoined clause is
   * someone else, never this clause's source.
   */
  boolean ownNominalSubject(int verb) {
    if (graph.hasMark(verb, "to")) {
      return false; // an infinitive's "subject" is a misparse: its doer is the controller's
    }
    for (int subject : graph.children(verb, "nsubj")) {
      if (!isPronoun(subject)) {
        return true;
      }
    }
    return false;
  }

  /** "X was quoted as saying ...": X, when {@code up} hangs a clause on a passive "quoted" (a misparse). */
  private List<String> quotedSubject(Dependency up) {
    int quoted = context.repairs().quotingVerb(up);
    return quoted < 0 ? List.of() : context.actors().actorsOf(quoted, "nsubj:pass");
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private boolean bareParticiple(int verb) {
    return context.repairs().bareParticiple(verb);
  }

  private String countryActor(String iso3) {
    return context.places().countryActor(iso3);
  }

  private boolean isPronoun(int token) {
    return context.actors().isPronoun(token);
  }

  private boolean pronounObjectAsSubject(int speech, int clause) {
    return context.repairs().pronounObjectAsSubject(speech, clause);
  }

  private int speakerBelow(int verb) {
    return context.repairs().speakerBelow(verb);
  }
}
