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
 * Stage 2, assigning arguments: the source and target of each trigger. The defaults are the
 * verb's subject and its object or to-/with-/against-phrase (the entry may name other relations);
 * sources lent by a controlling or coordinated clause, a pronoun's speaker and the like come from
 * {@link SubjectFinder}. When the plain arguments name no one, the rules guess in a fixed order,
 * each leaving a note in the rule and a shift in the confidence ({@link Confidence}): a source
 * read from a place ({@link SourceGuesses}), the speaker a pronoun aim stands for, the subject of
 * a said clause,
 * the incident a claim is about, and an actor deeper in the arguments of aid. What is handed over
 * is no target when the receiver is named ("provided weapons to X": X).
 */
final class ArgumentAssigner {

  /** A verb's target relations unless its entry names others. */
  static final Set<String> DEFAULT_VERB_TARGETS = Set.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:at");
  /** An event noun's target relations unless its entry names others. */
  static final Set<String> NOUN_TARGETS = Set.of("nmod:to", "nmod:with", "nmod:against", "nmod:between");
  /** Modifiers of a verb's object noun that name the target ("imposed sanctions on Russia", "American help"). */
  private static final Set<String> OBJECT_MODIFIERS = Set.of("amod", "nmod:poss", "nmod:from", "nmod:of", "compound",
      "nmod:with", "nmod:to", "nmod:against", "nmod:between", "nmod:on", "nmod:for");
  /** Roots of acts made of someone who answers them (appeal, offer, demand, threat). */
  private static final Set<String> ANSWERED_ROOTS = Set.of("02", "03", "10", "13");

  /** Roots of saying (appeal, demand, disapprove, reject, threaten): their target may be a said clause's subject. */
  static final Set<String> SAYING_ROOTS = Set.of("02", "10", "11", "12", "13");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final Candidate previous;
  private final Lexicon words;

  ArgumentAssigner(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.previous = context.previous();
    this.words = context.words();
  }

  /**
   * The arguments of a verb entry, {@code object} being the noun its obj= condition matched (or
   * -1): the entry's or the default source and target relations, then the guesses in order.
   */
  Arguments verbArguments(int verb, Predicate predicate, int object) {
    boolean passive = graph.isPassive(verb);
    String how = "";
    double confidence = Confidence.VERB_ENTRY;
    List<String> sources = new ArrayList<>();
    if (!predicate.sourceRelations().isEmpty()) {
      for (String relation : predicate.sourceRelations()) {
        for (int t : graph.children(verb, relation)) {
          sources.addAll(actorsAt(t));
        }
        if (object >= 0 && relation.startsWith("obl:")) {
          for (int t : graph.children(object, "nmod:" + relation.substring(4))) {
            sources.addAll(actorsAt(t)); // "received assurances from the government": the phrase hangs on the noun
          }
        }
      }
    } else {
      sources.addAll(subjectActors(verb, passive));
    }
    if (sources.isEmpty() && !passive && !ownNominalSubject(verb)) {
      List<String> inherited = inheritedSubject(verb, 0);
      if (!inherited.isEmpty()) {
        sources.addAll(inherited);
        how += " +controller";
        confidence += Confidence.CONTROLLER;
      }
    }
    List<String> targets = new ArrayList<>();
    if (!predicate.noTarget()) {
      Set<String> relations = predicate.targetRelations().isEmpty() ? DEFAULT_VERB_TARGETS
          : new LinkedHashSet<>(predicate.targetRelations());
      if (passive && predicate.targetRelations().isEmpty()) {
        relations = Set.of("nsubj:pass", "obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:at");
      }
      for (Dependency d : graph.children(verb)) {
        boolean complement = predicate.preposition() != null && d.relation().equals("obl:" + predicate.preposition());
        if (d.relation().equals("obj") && appendedObject(verb, d.dependent())) {
          continue; // "met Qin in Beijing, the first visit by a top American diplomat": an apposition, not a second partner
        }
        if ((relations.contains(d.relation()) || complement) && d.dependent() != object && !coAgentPhrase(d)) {
          List<String> named = complement && !predicate.targetRelations().contains(d.relation()) ? new ArrayList<>()
              : actorsAt(d.dependent());
          if (named.isEmpty() && (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || complement)) {
            // "imposed sanctions on Russia", "ratified an agreement with the EU"
            for (Dependency c : graph.children(d.dependent())) {
              if ((NOUN_TARGETS.contains(c.relation()) || c.relation().equals("nmod:on")) && !coAgentPhrase(c)) {
                named.addAll(actorsAt(c.dependent()));
              }
            }
          }
          targets.addAll(named);
        }
      }
      if (targets.isEmpty() && !predicate.targetRelations().isEmpty()) {
        for (String relation : predicate.targetRelations()) {
          if (!relation.startsWith("obl:")) {
            continue;
          }
          for (int o : graph.children(verb, "obj")) {
            for (int t : graph.children(o, "nmod:" + relation.substring(4))) {
              targets.addAll(actorsAt(t)); // "discussed the delay with the Ukrainians": the phrase hangs on the object
            }
          }
        }
      }
      if (passive && targets.isEmpty() && object < 0) {
        List<String> patient = context.subjects().passiveClausePatient(verb);
        if (!patient.isEmpty()) {
          targets.addAll(patient); // "Ukraine protested after being attacked by Russia": Ukraine was attacked
          how += " +passive-clause-patient";
        }
      }
      if (relations.contains("place")) {
        targets.addAll(placeTargets(verb));
      }
      Integer misread = relations.contains("obj") && !SAYING_ROOTS.contains(predicate.code().substring(0, 2))
          && predicate.code().compareTo("02") >= 0 ? misparsedObject(verb, null) : null;
      if (misread != null && misread != object) {
        targets.addAll(actorsAt(misread)); // "released two American women held hostage", read as "women held hostage"
      }
      if (object >= 0) {
        for (Dependency d : graph.children(object)) {
          if (OBJECT_MODIFIERS.contains(d.relation()) && !coAgentPhrase(d)) {
            targets.addAll(actorsAt(d.dependent()));
          }
        }
        if (object >= 0 && targets.isEmpty()) {
          targets.addAll(actorsAt(object));
        }
      }
    }
    if (!passive && sources.isEmpty() && predicate.code().startsWith("14") && words.infers("place-source")
        && context.sources().unnamedCrowd(verb)) {
      String place = placeTarget(verb, List.of());
      if (place != null) {
        sources.add(place); // "some 200 ethnic Kurds demonstrated in Turkey": people of the place
        how += " +place-source";
        confidence += Confidence.PLACE_SOURCE;
      }
    }
    if (passive && sources.isEmpty()) {
      List<String> state = context.sources().passiveStateSource(verb, predicate.code(), targets);
      if (!state.isEmpty()) {
        sources.addAll(state);
        how += " +passive-in-place";
        confidence += Confidence.PASSIVE_IN_PLACE;
      }
    }
    if (targets.isEmpty() && isViolent(predicate.code())) {
      List<String> speaker = speakerAsPronounTarget(verb);
      if (!speaker.isEmpty()) {
        targets.addAll(speaker); // "Ukraine said a drone was launched at it": at the speaker
        how += " +speaker-pronoun-target";
        confidence += Confidence.SPEAKER_PRONOUN_TARGET;
      }
    }
    if (sources.isEmpty() && !targets.isEmpty() && isViolent(predicate.code())) {
      String place = context.sources().attackPlaceSource(verb);
      if (place != null) {
        sources.add(place); // "a roadside bombing near Samarra killed ...": an attack by someone of that place
        how += " +attack-place-source";
        confidence += Confidence.ATTACK_PLACE_SOURCE;
      } else if ((place = context.sources().launchPlaceSource(verb)) != null) {
        sources.add(place); // "a rocket was fired from the Gaza Strip": by someone of the place it came from
        how += " +launch-place-source";
        confidence += Confidence.LAUNCH_PLACE_SOURCE;
      }
    }
    if (targets.isEmpty() && !predicate.noTarget() && SAYING_ROOTS.contains(predicate.code().substring(0, 2))) {
      for (int clause : graph.children(verb, "ccomp")) {
        for (int t : graph.children(clause, "nsubj")) {
          targets.addAll(actorsAt(t)); // "alleged that France ...", "demanded that Russia ..."
        }
        if (!targets.isEmpty()) {
          how += " +complement-subject";
          break;
        }
      }
      if (targets.isEmpty()) {
        for (Dependency d : graph.children(verb)) {
          if (d.relation().equals("obj") || d.relation().startsWith("obl:")) {
            targets.addAll(clauseSubjects(d.dependent())); // "insisted on its demands that Chad's government free ..."
          }
        }
        if (!targets.isEmpty()) {
          how += " +complement-subject";
        }
      }
    }
    if (targets.isEmpty() && !sources.isEmpty() && !predicate.noTarget()
        && (predicate.code().startsWith("015") || predicate.code().startsWith("018"))) {
      String incident = incidentTarget(verb, object, sources);
      if (incident != null) {
        targets.add(incident); // "claimed responsibility for an attack on a mall in Kenya's capital"
        how += " +incident-target";
        confidence += Confidence.INCIDENT_TARGET;
      }
    }
    if (targets.isEmpty() && !predicate.noTarget() && (predicate.code().startsWith("11") || predicate.code().startsWith("12"))) {
      List<String> authors = textAuthors(verb);
      authors.removeAll(sources);
      if (!authors.isEmpty()) {
        targets.addAll(authors); // "Russia proposed an amendment that was vetoed by the US": vetoed against Russia
        how += " +text-author";
      }
    }
    targets = recipientsOnly(verb, predicate.code(), targets);
    targets.removeAll(sources);
    if (targets.isEmpty() && !sources.isEmpty() && !predicate.noTarget() && words.infers("deep-target")
        && deepTargetAllowed(predicate.code())) {
      List<String> deep = deepTargets(verb, sources, id -> !abroad(List.of(id), sources).isEmpty());
      if (!deep.isEmpty()) {
        targets.addAll(deep.subList(0, 1));
        how += " +deep-target";
        confidence += Confidence.DEEP_AID_TARGET;
      }
    }
    return new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), how, confidence);
  }

  /**
   * The arguments of a control word ({@code kind}) with its infinitive {@code inner}: the control
   * word's subject (or its controller's); as target, whom a request is made of (its object, else
   * the infinitive's subject, else the actor an "it" object stands for), else the infinitive's own
   * targets (for a threat, the actor its condition names).
   */
  Arguments controlArguments(int verb, ControlVerb.ControlClass kind, int inner, String innerCode) {
    boolean passive = graph.isPassive(verb);
    List<String> sources = new ArrayList<>(subjectActors(verb, passive));
    String how = "";
    if (sources.isEmpty()) {
      sources.addAll(inheritedSubject(verb, 0));
      if (!sources.isEmpty()) {
        how = " +controller";
      }
    }
    List<String> targets = new ArrayList<>();
    if (kind == ControlVerb.ControlClass.REQUEST) {
      for (String relation : List.of("obj", "iobj", "obl:on", "obl:upon", "obl:to")) {
        for (int t : graph.children(verb, relation)) {
          targets.addAll(actorsAt(t));
        }
      }
      if (targets.isEmpty()) {
        targets.addAll(subjectActors(inner, graph.isPassive(inner)));
      }
    } else {
      targets.addAll(recipientsOnly(inner, innerCode, innerTargets(inner)));
    }
    if (kind == ControlVerb.ControlClass.REQUEST && sources.containsAll(targets)) {
      String it = agentPronounObject(verb, sources);
      if (it != null) {
        targets = new ArrayList<>(List.of(it)); // "thanked the EU and urged it to start talks": the EU
        how += " +pronoun-object";
      }
    }
    if (kind == ControlVerb.ControlClass.THREAT) {
      List<String> conditioned = conditionTargets(verb, inner, targets, sources);
      if (conditioned != null) {
        targets = conditioned;
        how += " +condition-target";
      }
    }
    targets.removeAll(sources);
    return new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), how, Confidence.CONTROL);
  }

  /**
   * The arguments of an event noun: its own source (possessor, of-, by-phrase), else the subject
   * of the light or announcing verb that holds it ("held talks"), else an actor modifier when
   * there is a target ("Russian strikes on Kyiv"), else the previous event's source for an event
   * of the same root; its own targets, else the holding verb's. Null when there is no source, or
   * only a weak one without a target.
   */
  Arguments nounArguments(int noun, Predicate predicate) {
    List<String> sources = new ArrayList<>();
    boolean ownSource = false;
    for (String relation : List.of("nmod:poss", "nmod:of", "nmod:by", "nmod:agent")) {
      if (relation.equals("nmod:of") && predicate.targetRelations().contains("nmod:of")) {
        continue;
      }
      for (int t : graph.children(noun, relation)) {
        sources.addAll(actorsAt(t));
      }
    }
    ownSource = !sources.isEmpty();
    List<String> weakSources = new ArrayList<>();
    for (String relation : List.of("compound", "amod")) {
      for (int t : graph.children(noun, relation)) {
        ActorMention mention = resolution.mentionAt(sentence.index(), t);
        if (mention != null) {
          weakSources.add(mention.actorId());
        }
      }
    }
    Dependency up = graph.parent(noun);
    int holder = up == null ? -1 : up.governor();
    String how = "";
    double confidence = Confidence.NOUN_ENTRY;
    if (sources.isEmpty() && holder >= 0 && graph.token(holder).isVerb() && (words.lightVerbs().contains(graph.lemma(holder))
        && (up.relation().equals("obj") || up.relation().startsWith("obl"))
        || words.announcingVerbs().contains(graph.lemma(holder)) && up.relation().equals("obj"))) {
      sources.addAll(subjectActors(holder, graph.isPassive(holder)));
      if (sources.isEmpty()) {
        sources.addAll(inheritedSubject(holder, 0));
      }
      how = " +light-verb " + graph.lemma(holder);
    }
    List<String> targets = new ArrayList<>();
    Set<String> relations = predicate.targetRelations().isEmpty() ? NOUN_TARGETS : new LinkedHashSet<>(predicate.targetRelations());
    for (Dependency d : graph.children(noun)) {
      if (relations.contains(d.relation())) {
        targets.addAll(actorsAt(d.dependent()));
      }
    }
    if (relations.contains("place")) {
      targets.addAll(placeTargets(noun));
    }
    if (targets.isEmpty() && holder >= 0 && graph.token(holder).isVerb()
        && (up.relation().startsWith("nsubj") || up.relation().equals("obj"))) {
      for (String relation : List.of("obl:with", "obl:to", "obl:against", "obl:on")) {
        if (relation.equals("obl:on") && !relations.contains("nmod:on")) {
          continue; // "imposed a ban on X": only for nouns whose target is what they are "on"
        }
        for (int t : graph.children(holder, relation)) {
          targets.addAll(actorsAt(t));
        }
      }
    }
    if (targets.isEmpty() && SAYING_ROOTS.contains(predicate.code().substring(0, 2))) {
      targets.addAll(clauseSubjects(noun)); // "its demand that Israel ease restrictions"
    }
    if (targets.isEmpty() && ownSource && holder >= 0 && graph.token(holder).isVerb()
        && ANSWERED_ROOTS.contains(predicate.code().substring(0, 2))
        && words.answeringVerbs().contains(graph.lemma(holder))
        && (up.relation().equals("obj") || up.relation().startsWith("obl"))) {
      // "Trump agrees to Beijing's demands", "rejected Russia's offer": a demand or an offer is made of
      // whoever answers it
      targets.addAll(subjectActors(holder, graph.isPassive(holder)));
      how += " +answerer-target";
    }
    if (sources.isEmpty() && !weakSources.isEmpty() && !targets.isEmpty()) {
      sources.addAll(weakSources);
      how += " +modifier-source";
      confidence += Confidence.MODIFIER_SOURCE;
    }
    targets.removeAll(sources);
    if (sources.isEmpty() && !targets.isEmpty() && previous != null && previous.source != null
        && previous.code.substring(0, 2).equals(predicate.code().substring(0, 2))
        && previous.sentence >= sentence.index() - 1 && !targets.contains(previous.source)) {
      sources.add(previous.source);
      how += " +source-from-previous-event";
      confidence += Confidence.SOURCE_FROM_PREVIOUS_EVENT;
    }
    if (sources.isEmpty() || !ownSource && how.isEmpty()) {
      return null;
    }
    return new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), how, confidence);
  }

  /**
   * What is handed over is no target when the receiver is named: "provided photographs and
   * military intelligence to Macedonia", "contribute troops to a force in Liberia", "extradited
   * X to Britain" are aimed at the receiver (aid, promised aid, judicial cooperation, release).
   */
  private List<String> recipientsOnly(int verb, String code, List<String> targets) {
    if (code == null || !(code.startsWith("07") || code.startsWith("033") || code.startsWith("063")
        || code.startsWith("084") || code.startsWith("0353"))) {
      return targets;
    }
    List<String> recipients = new ArrayList<>();
    for (int t : graph.children(verb, "obl:to")) {
      recipients.addAll(actorsAt(t));
    }
    List<String> kept = new ArrayList<>(targets);
    kept.retainAll(recipients);
    return kept.isEmpty() ? targets : kept;
  }

  /**
   * "with Albania's help", "with the backing of the UN", "with the knowledge of officers": who
   * helps or knows is a partner of the source, not the target.
   */
  private boolean coAgentPhrase(Dependency d) {
    return (d.relation().equals("obl:with") || d.relation().equals("nmod:with")) && words.coAgentNouns().contains(graph.lemma(d.dependent()));
  }

  /** The actors named as subject of a that-clause a noun takes ("the demand that Israel ease ..."). */
  private List<String> clauseSubjects(int noun) {
    List<String> out = new ArrayList<>();
    if (!graph.token(noun).isNoun()) {
      return out;
    }
    for (Dependency d : graph.children(noun)) {
      if (d.relation().equals("ccomp") || d.relation().equals("acl") && graph.hasMark(d.dependent(), "that")) {
        for (int t : graph.children(d.dependent(), "nsubj")) {
          if (!isPronoun(t)) {
            out.addAll(actorsAt(t));
          }
        }
      }
    }
    return out;
  }

  /** Assault, fighting or mass violence (roots 18–20). */
  boolean isViolent(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  /**
   * In a reported clause, "it", "us" or "them" as what force was aimed at ("said a mortar bomb
   * was fired at it", "opened fire on us") is the speaker; empty when the clause is not reported
   * or the aim is not such a pronoun.
   */
  private List<String> speakerAsPronounTarget(int verb) {
    for (Dependency d : graph.children(verb)) {
      String relation = d.relation();
      String word = graph.token(d.dependent()).text().toLowerCase(Locale.ROOT);
      if ((relation.equals("obl:at") || relation.equals("obl:on") || relation.equals("obl:against"))
          && (word.equals("it") || word.equals("us") || word.equals("them")) && actorsAt(d.dependent()).isEmpty()) {
        return coded(reportingSubject(verb));
      }
    }
    return List.of();
  }

  /**
   * Who or where the incident a responsibility claim or an expression of sympathy is about
   * ("for an attack on a mall in Kenya's capital", "for the shootings in South Carolina"):
   * the first actor named in the for-phrase, on the verb or on its object noun; null when none.
   */
  private String incidentTarget(int verb, int object, List<String> sources) {
    List<Integer> incidents = new ArrayList<>(graph.children(verb, "obl:for"));
    if (object >= 0) {
      incidents.addAll(graph.children(object, "nmod:for"));
    }
    for (int incident : incidents) {
      List<String> found = new ArrayList<>(actorsAt(incident));
      found.removeAll(sources);
      if (found.isEmpty()) {
        found = deepTargets(incident, sources, id -> true);
      }
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  private boolean deepTargetAllowed(String code) {
    return code.startsWith("07") || code.startsWith("033");
  }

  /**
   * "threatened to strike unless Israel withdraws", "threatened to stop talks if the United States
   * goes ahead": the actor the condition names is whom the threat is aimed at. Replaces targets
   * that only came from a place or nothing (null when the condition names no actor, or the
   * threatened act has a named target of its own).
   */
  private List<String> conditionTargets(int verb, int inner, List<String> targets, List<String> sources) {
    if (!namedInnerTargets(inner).isEmpty()) {
      return null;
    }
    List<String> named = new ArrayList<>();
    for (int node : conditionClauses(verb)) {
      List<Integer> subjects = new ArrayList<>(graph.children(node, "nsubj"));
      subjects.addAll(graph.children(node, "nsubj:pass"));
      String word = graph.lemma(node);
      if (word.equals("if") || word.equals("unless")) {
        subjects.addAll(graph.children(node, "dep")); // a parse that hangs the clause on its conjunction
      }
      for (int subject : subjects) {
        if (!isPronoun(subject)) {
          named.addAll(coded(actorsAt(subject)));
        }
      }
    }
    named.removeAll(sources);
    return named.isEmpty() || named.equals(targets) ? null : Arguments.distinct(named);
  }

  /** The if- and unless-clauses below a threat verb (through its infinitive chain). */
  private List<Integer> conditionClauses(int verb) {
    List<Integer> found = new ArrayList<>();
    List<Integer> frontier = List.of(verb);
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : graph.children(node)) {
          String relation = d.relation();
          int child = d.dependent();
          String word = graph.lemma(child);
          if (relation.equals("advcl:if") || relation.equals("advcl:unless")
              || relation.equals("advcl") && (word.equals("if") || word.equals("unless"))) {
            found.add(child);
          } else if (relation.equals("xcomp") || relation.equals("obj") || relation.startsWith("obl")) {
            next.add(child);
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  /** The infinitive's named targets, else the places it goes to. */
  List<String> innerTargets(int inner) {
    List<String> targets = namedInnerTargets(inner);
    if (targets.isEmpty()) {
      targets.addAll(placeTargets(inner));
    }
    return targets;
  }

  /** The infinitive's own named targets (object, "with", "to", "against"), no place. */
  private List<String> namedInnerTargets(int inner) {
    List<String> targets = new ArrayList<>();
    for (Dependency d : graph.children(inner)) {
      if (DEFAULT_VERB_TARGETS.contains(d.relation()) || NOUN_TARGETS.contains(d.relation())) {
        List<String> named = actorsAt(d.dependent());
        if (named.isEmpty() && d.relation().equals("obj")) {
          for (Dependency c : graph.children(d.dependent())) {
            if (NOUN_TARGETS.contains(c.relation()) || c.relation().equals("nmod:on")) {
              named.addAll(actorsAt(c.dependent())); // "threatened to break relations with Russia"
            }
          }
        }
        targets.addAll(named);
      }
    }
    return targets;
  }

  /**
   * The state or organization an "it" object asked to act stands for ("supported Israel's right
   * ... but urged it to avoid ..."): the nearest such actor named before it in the sentence that
   * is not on the source's side; null when there is none.
   */
  private String agentPronounObject(int verb, List<String> sources) {
    for (int object : graph.children(verb, "obj")) {
      if (!graph.token(object).text().equalsIgnoreCase("it")) {
        continue;
      }
      ActorMention nearest = null;
      for (ActorMention mention : resolution.mentions()) {
        Actor actor = resolution.actor(mention.actorId());
        if (mention.sentence() == sentence.index() && mention.endToken() <= object && actor != null
            && ("country".equals(actor.kind()) || "organization".equals(actor.kind()))
            && !sources.contains(actor.id()) && !sameSide(List.of(actor.id()), sources)
            && (nearest == null || mention.endToken() > nearest.endToken())) {
          nearest = mention;
        }
      }
      return nearest == null ? null : nearest.actorId();
    }
    return null;
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> abroad(List<String> deep, List<String> sources) {
    return context.actors().abroad(deep, sources);
  }

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private boolean appendedObject(int verb, int object) {
    return context.repairs().appendedObject(verb, object);
  }

  private List<String> coded(List<String> ids) {
    return context.actors().coded(ids);
  }

  /**
   * Who put forward the text a verb rejects or criticises ("vetoed an amendment Russia proposed",
   * "a resolution drafted by the UAE was rejected", "opposed Labour's bill"): the subject of a
   * proposing verb the text is the object of, the agent of one that modifies it, or its owner.
   */
  private List<String> textAuthors(int verb) {
    List<String> authors = new ArrayList<>();
    List<Integer> patients = new ArrayList<>(graph.children(verb, "obj"));
    patients.addAll(graph.children(verb, "nsubj:pass"));
    for (int text : patients) {
      if (!words.documentNouns().contains(graph.lemma(text)) || !actorsAt(text).isEmpty()) {
        continue;
      }
      for (int owner : graph.children(text, "nmod:poss")) {
        authors.addAll(actorsAt(owner));
      }
      for (int proposer = 0; proposer < graph.size(); proposer++) {
        if (proposer != verb && words.proposingVerbs().contains(graph.lemma(proposer)) && graph.token(proposer).isVerb()
            && graph.children(proposer, "obj").contains(text)) {
          authors.addAll(subjectActors(proposer, graph.isPassive(proposer)));
        }
      }
      for (Dependency d : graph.children(text)) {
        if (d.baseRelation().equals("acl") && d.dependent() != verb && words.proposingVerbs().contains(graph.lemma(d.dependent()))) {
          for (int agent : graph.children(d.dependent(), "obl:agent")) {
            authors.addAll(actorsAt(agent)); // "the resolution drafted by the United Arab Emirates"
          }
          for (int subject : graph.children(d.dependent(), "nsubj")) {
            authors.addAll(actorsAt(subject)); // "the amendment Russia proposed"
          }
        }
      }
    }
    return authors;
  }

  private List<String> deepTargets(int trigger, List<String> sources, java.util.function.Predicate<String> keep) {
    return context.actors().deepTargets(trigger, sources, keep);
  }

  private List<String> inheritedSubject(int token, int depth) {
    return context.subjects().inheritedSubject(token, depth);
  }

  private boolean isPronoun(int token) {
    return context.actors().isPronoun(token);
  }

  private Integer misparsedObject(int verb, Set<String> lemmas) {
    return context.repairs().misparsedObject(verb, lemmas);
  }

  private boolean ownNominalSubject(int verb) {
    return context.subjects().ownNominalSubject(verb);
  }

  private String placeTarget(int trigger, List<String> sources) {
    return context.places().placeTarget(trigger, sources);
  }

  private List<String> placeTargets(int trigger) {
    return context.places().placeTargets(trigger);
  }

  private List<String> reportingSubject(int verb) {
    return context.subjects().reportingSubject(verb);
  }

  private boolean sameSide(List<String> actors, List<String> sources) {
    return context.actors().sameSide(actors, sources);
  }

  private List<String> subjectActors(int verb, boolean passive) {
    return context.subjects().subjectActors(verb, passive);
  }
}
