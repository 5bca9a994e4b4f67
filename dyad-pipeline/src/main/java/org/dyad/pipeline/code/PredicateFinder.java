package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.ParseGuards;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Stage 1, finding predicates: walks a sentence's verbs (and predicate adjectives, and nouns the
 * tagger took for verbs), then its nouns, and codes each word a dictionary entry applies to
 * ({@link PredicateMatcher} checks the entry's sense constraints): a verb or noun trigger with its
 * entry's code, refined ({@link CodeRefinements}); a control word with the code of its class and
 * inner event ("agreed to withdraw": 030 refined by the withdrawal); a speech verb's complement
 * ("warned that it would strike": a threat; "said that X must leave": a demand). Each trigger gets
 * its arguments from {@link ArgumentAssigner} and goes to {@link EventEmitter}. An event noun a
 * coded verb takes as its object is the verb's event and is not coded again.
 */
final class PredicateFinder {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final PredicateDictionary dictionary;
  private final Lexicon words;
  private final List<Candidate> out;
  private final Set<Integer> consumedNouns;

  PredicateFinder(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.dictionary = context.dictionary();
    this.words = context.words();
    this.out = context.out();
    this.consumedNouns = context.consumedNouns();
  }

  /** Codes the sentence's verb, control and noun triggers into the context's events. */
  void findAll() {
    for (int i = 0; i < graph.size(); i++) {
      if (graph.token(i).isVerb() || isPredicateAdjective(i) || mistaggedVerb(i)) {
        codeVerb(i);
      }
    }
    for (int i = 0; i < graph.size(); i++) {
      if (graph.token(i).isNoun() && !consumedNouns.contains(i)) {
        codeNoun(i);
      }
    }
  }

  /** A verb (or predicate adjective) trigger: its first matching entry, else its control reading. */
  private void codeVerb(int verb) {
    if (infinitiveOfPlainNoun(verb) || inRejectedDocument(verb)) {
      return;
    }
    String lemma = graph.lemma(verb);
    ControlVerb control = controlAt(verb);
    if (afterPossessive(verb)) {
      return;
    }
    if (lemma.equals("warn") && codeWarnedResponse(verb)) {
      return;
    }
    for (Predicate predicate : nearestObjectFirst(verb, dictionary.verbs(lemma))) {
      Integer object = matches(verb, predicate);
      if (object == null) {
        continue;
      }
      if (predicate.noEvent()) {
        return; // "fighting corruption", "protect its interests", "release the data": no event
      }
      if (control != null && control.controlClass() != ControlVerb.ControlClass.PLAN && infinitive(verb) >= 0
          && (predicate.objects().isEmpty() || !predicate.code().startsWith("03")
              && graph.children(verb).stream().noneMatch(d -> d.dependent() == object))) {
        // "agreed to lift embargoes": the embargo noun belongs to the infinitive, not to "agree" (163)
        break; // "agreed to ...", "refused to ...": the control reading decides
      }
      Arguments arguments = verbArguments(verb, predicate, object);
      if (!senseHolds(predicate, verb, object, arguments)) {
        continue; // "went on sale", "released a film": another sense; a plainer entry may still apply
      }
      if (object >= 0) {
        consumedNouns.add(object);
      }
      String code = peacekeeping(troopMovement(verb, refine(predicate.code(), object)), verb, object);
      String conditional = "";
      if (graph.hasChild(verb, "advcl:unless") && !code.startsWith("13")) {
        code = CodeRefinements.threatCode(code); // "will withdraw its force unless ...": a conditional threat
        conditional = " +unless-threat";
      }
      int before = out.size();
      emit(verb, code, arguments, predicate.describe(object >= 0 ? graph.lemma(object) : null) + arguments.how() + conditional);
      if (out.size() > before) {
        consumeObjectNouns(verb);
      }
      return;
    }
    if (control != null) {
      codeControl(verb, control);
    }
    if (words.speechVerbs().contains(lemma) || lemma.equals("conclude")) {
      codeMustComplement(verb);
    }
    if (words.opinionVerbs().contains(lemma)) {
      codeJudgement(verb);
    }
  }

  /**
   * The verb's entries in dictionary order, except that an entry whose object noun is the verb's
   * own complement comes before an earlier one that found its noun a step deeper behind "for":
   * "expressed gratitude for the condolences" is thanks (051, its object "gratitude"), not the
   * condolences (018) the gratitude is for. A deeper noun of what the object is about still
   * decides ("imposed restrictions on exports" is an embargo, 163).
   */
  private List<Predicate> nearestObjectFirst(int verb, List<Predicate> entries) {
    if (entries.stream().filter(p -> !p.objects().isEmpty()).count() < 2) {
      return entries; // one object noun at most: nothing to reorder, no parse to walk
    }
    List<Predicate> ordered = new ArrayList<>(entries);
    for (int i = 0; i < ordered.size(); i++) {
      Integer object = ordered.get(i).objects().isEmpty() ? null : matches(verb, ordered.get(i));
      if (object == null || object < 0 || graph.parent(object) != null && graph.parent(object).governor() == verb
          || graph.children(object, "case").stream().noneMatch(c -> graph.lemma(c).equals("for"))) {
        continue; // "imposed restrictions on exports": what is restricted still names the act (163)
      }
      for (int j = i + 1; j < ordered.size(); j++) {
        Predicate later = ordered.get(j);
        Integer near = later.objects().isEmpty() ? null : matches(verb, later);
        if (near != null && near >= 0 && graph.parent(near) != null && graph.parent(near).governor() == verb) {
          ordered.add(i, ordered.remove(j));
          break;
        }
      }
    }
    return ordered;
  }

  /**
   * "Y's comment was ill-advised, X said", "X said the scheme is deeply flawed": a speaker's plain
   * negative judgement of someone's act is a criticism (111) of the one whose act it is (the
   * judged clause's subject, its owner, or who it is by), or of no one named; "X said Y's claims are
   * false" denies them (016). A judgement the clause negates ("is not flawed") is none.
   */
  private void codeJudgement(int verb) {
    boolean judging = false;
    for (int t = 0; t < graph.size() && !judging; t++) {
      judging = judgingWord(t, words.criticalWords()) || judgingWord(t, words.falsityWords());
    }
    if (!judging) {
      return; // no judging word in the sentence: no parse needed to tell
    }
    List<String> sources = subjectActors(verb, graph.isPassive(verb));
    if (sources.isEmpty() || negatedAt(verb)) {
      return;
    }
    for (int clause : judgedClauses(verb)) {
      if (negatedAt(clause)) {
        continue;
      }
      List<Integer> judged = new ArrayList<>(graph.descendants(clause, 3));
      judged.add(0, clause);
      boolean critical = false;
      boolean falsity = false;
      for (int w : judged) {
        if (!graph.token(w).isVerb() && !graph.token(w).isNoun() && !graph.token(w).pos().startsWith("JJ")
            || w != clause && negatedAt(w)) {
          continue;
        }
        critical |= judgingWord(w, words.criticalWords());
        falsity |= judgingWord(w, words.falsityWords());
      }
      if (!critical && !falsity) {
        continue;
      }
      List<String> targets = new ArrayList<>();
      for (int w : judged) {
        for (Dependency d : graph.children(w)) {
          if (d.relation().equals("nmod:by") || d.relation().equals("obl:agent") || d.relation().equals("nmod:agent")) {
            targets.addAll(actorsAt(d.dependent())); // "the return of X was a sign of sinister tactics by Labour": Labour's
          }
        }
      }
      boolean claim = false;
      for (int subject : graph.children(clause, graph.isPassive(clause) ? "nsubj:pass" : "nsubj")) {
        claim |= words.allegingNouns().contains(graph.lemma(subject));
        if (!isPronoun(subject) && targets.isEmpty()) {
          targets.addAll(actorsAt(subject));
        }
      }
      targets.removeAll(sources);
      String code = falsity && claim ? "016" : critical ? "111" : null;
      if (code == null) {
        continue;
      }
      emit(verb, code, new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), "", Confidence.SPEECH_COMPLEMENT),
          "speech verb " + graph.lemma(verb) + " + judgement");
      return;
    }
  }

  /** Whether token {@code t} is one of {@code lemmas}, alone or as the tail of a hyphenated word ("ill-advised" as ill, -, advised). */
  private boolean judgingWord(int t, java.util.Set<String> lemmas) {
    if (lemmas.contains(graph.lemma(t))) {
      return true;
    }
    return t >= 2 && graph.token(t - 1).text().equals("-")
        && lemmas.contains(graph.token(t - 2).text().toLowerCase(Locale.ROOT) + "-" + graph.token(t).text().toLowerCase(Locale.ROOT));
  }

  /** The clauses a speech verb reports: its complements, or the quoted clause it is hung below ("'...,' he said"). */
  private List<Integer> judgedClauses(int verb) {
    List<Integer> clauses = new ArrayList<>();
    for (Dependency d : graph.children(verb)) {
      if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
        clauses.add(d.dependent());
      }
    }
    Dependency up = graph.parent(verb);
    if (clauses.isEmpty() && up != null && (up.relation().equals("parataxis") || up.relation().equals("ccomp"))
        && up.governor() < verb) {
      clauses.add(up.governor());
    }
    return clauses;
  }

  /**
   * "X warned that it (or X's own side) would respond / retaliate / strike": the speaker announces
   * its own future action, a threat 13x (138 when force is named) rather than a warning 110.
   */
  private boolean codeWarnedResponse(int verb) {
    List<String> sources = subjectActors(verb, graph.isPassive(verb));
    if (sources.isEmpty()) {
      int speech = context.repairs().misattachedSpeaker(verb);
      sources = speech < 0 ? List.of() : context.actors().actorsOf(speech, "nsubj");
    }
    if (sources.isEmpty()) {
      return false;
    }
    for (int clause : graph.children(verb, "ccomp")) {
      boolean future = false;
      for (int aux : graph.children(clause, "aux")) {
        String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
        future |= words.conditionalAuxiliaries().contains(word) || words.futureAuxiliaries().contains(word);
      }
      if (!future || !graph.token(clause).isVerb() || negatedAt(clause) || graph.isPassive(clause)) {
        continue;
      }
      List<String> actors = new ArrayList<>();
      boolean pronoun = false;
      for (int t : graph.children(clause, "nsubj")) {
        actors.addAll(actorsAt(t));
        pronoun |= actors.isEmpty() && isPronoun(t);
      }
      if (!pronoun && !sameSide(actors, sources)) {
        continue;
      }
      String inner = innerCode(clause);
      if (inner != null && inner.compareTo("14") < 0) {
        continue; // "warned that X would cut aid" is coded by the inner reading, not as force
      }
      boolean force = inner != null;
      for (int d : graph.descendants(clause, 3)) {
        force |= graph.lemma(d).equals("force") || graph.lemma(d).equals("military");
      }
      List<String> targets = new ArrayList<>(innerTargets(clause));
      targets.removeAll(sources);
      emit(verb, force ? CodeRefinements.threatCode(inner == null ? "19" : inner) : "130", new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), "", Confidence.SPEECH_COMPLEMENT),
          "verb warn + own future action" + (inner == null ? "" : " + " + inner));
      return true;
    }
    return false;
  }

  /** "X said that Y must V": a demand by X on Y. */
  private void codeMustComplement(int verb) {
    if (ParseGuards.enabled() && words.obligationAuxiliaries().stream().noneMatch(graph::hasWord)) {
      return; // no "must" in the sentence: no parse needed to tell
    }
    for (int clause : graph.children(verb, "ccomp")) {
      boolean must = false;
      for (int aux : graph.children(clause, "aux")) {
        String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
        must |= words.obligationAuxiliaries().contains(word);
      }
      if (!must) {
        continue;
      }
      List<String> sources = subjectActors(verb, graph.isPassive(verb));
      List<String> targets = new ArrayList<>();
      for (int t : graph.children(clause, graph.isPassive(clause) ? "nsubj:pass" : "nsubj")) {
        targets.addAll(actorsAt(t));
      }
      targets.removeAll(sources);
      if (targets.isEmpty()) {
        continue;
      }
      String innerCode = innerCode(clause);
      emit(verb, CodeRefinements.demandCode(innerCode), new Arguments(Arguments.distinct(sources), Arguments.distinct(targets), "", Confidence.SPEECH_COMPLEMENT),
          "speech verb " + graph.lemma(verb) + " + 'must' complement" + (innerCode == null ? "" : " + " + innerCode));
    }
  }

  /**
   * Whether a clause may state what someone should do, as a demand's content does: a base form
   * ("demanded that Israel withdraw", "asked that he be released"; the tagger often reads the
   * subjunctive as a plain present, "that Hamas renounce") or a modal ("insisted that the
   * government must resign"), not a finite past, a third-person present or a perfect ("insisted
   * that voters faced higher taxes", "insists the country needs reform", "insisted the agency had
   * undertaken the work"): those state what is, a claim.
   */
  private boolean mandative(int clause) {
    boolean finite = false;
    for (Dependency d : graph.children(clause)) {
      if (d.relation().equals("aux") || d.relation().equals("aux:pass")) {
        String pos = graph.token(d.dependent()).pos();
        if (pos.equals("MD")) {
          return true;
        }
        finite |= pos.equals("VBD") || pos.equals("VBZ") || graph.lemma(d.dependent()).equals("have");
      }
    }
    String pos = graph.token(clause).pos();
    // a participle with a subject and no auxiliary is a past the tagger misread ("that voters faced")
    boolean bareParticiple = pos.equals("VBN") && graph.children(clause, "aux").isEmpty()
        && graph.children(clause, "aux:pass").isEmpty() && !graph.children(clause, "nsubj").isEmpty();
    return !(finite || bareParticiple || pos.equals("VBD") || pos.equals("VBZ"));
  }

  /**
   * The event nouns a coded verb takes as its object ("rejected calls by X", "rejected X's
   * proposal") belong to the verb's event: they are not coded again on their own.
   */
  private void consumeObjectNouns(int verb) {
    for (Dependency d : graph.children(verb)) {
      if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
        int noun = d.dependent();
        if (graph.token(noun).isNoun() && !dictionary.nouns(graph.lemma(noun)).isEmpty()) {
          consumedNouns.add(noun);
        }
      }
    }
    consumedNouns.addAll(context.repairs().misparsedObjectNouns(verb)); // "rejected [X's demand to sever ...]"
  }

  /**
   * A control word with its infinitive (or that-clause): a promise (03x), appeal (02x) or demand
   * (10x), refusal (12x) or threat (13x), refined by the infinitive's own code; plans, failures and
   * hypotheses only shape the infinitive's stance and are not coded themselves.
   */
  private void codeControl(int verb, ControlVerb control) {
    ControlVerb.ControlClass kind = control.controlClass();
    if (kind == ControlVerb.ControlClass.PLAN || kind == ControlVerb.ControlClass.FAIL || kind == ControlVerb.ControlClass.HYPO) {
      return; // they shape the infinitive's event, found on its own
    }
    int inner = infinitive(verb);
    if (inner < 0) {
      return;
    }
    if (graph.hasMark(inner, "whether") || graph.hasMark(inner, "if")) {
      return; // "would decide whether to withdraw", "asked whether": an open question, no commitment or request
    }
    if (kind == ControlVerb.ControlClass.REQUEST && !graph.token(inner).isVerb() && !graph.hasMark(inner, "to")
        && !graph.hasMark(inner, "that")) {
      return; // "called the junta illegitimate": naming, not asking
    }
    if (kind == ControlVerb.ControlClass.REQUEST && !graph.hasMark(inner, "to") && graph.token(inner).isVerb()
        && !mandative(inner)) {
      return; // "insisted that voters faced higher taxes": a claim about what is, not a demand
    }
    String innerCode = innerCode(inner);
    if (kind == ControlVerb.ControlClass.INTENT && innerCode == null && !graph.hasMark(inner, "to")
        && graph.children(verb, "xcomp").isEmpty()) {
      return; // "vowed that the group would not stay silent": a statement, no commitment to an action
    }
    if (kind == ControlVerb.ControlClass.REFUSE && innerCode == null && words.noComment().contains(graph.lemma(inner))) {
      return; // "declined to comment": no rejection of anyone
    }
    if (kind == ControlVerb.ControlClass.REFUSE && innerCode != null && innerCode.compareTo("10") >= 0
        && innerCode.compareTo("14") < 0) {
      return; // "refused to condemn" (a verbal conflict act 10-13): no rejection of anyone; the negated inner event says it
    }
    String code = switch (kind) {
      case INTENT -> CodeRefinements.intentCode(innerCode);
      case REQUEST -> "10".equals(control.code()) ? CodeRefinements.demandCode(innerCode) : CodeRefinements.appealCode(innerCode);
      case REFUSE -> CodeRefinements.refusalCode(innerCode);
      case THREAT -> CodeRefinements.threatCode(innerCode);
      default -> null;
    };
    if (code == null) {
      return;
    }
    Arguments arguments = context.arguments().controlArguments(verb, kind, inner, innerCode);
    if (kind == ControlVerb.ControlClass.REQUEST && arguments.targets().isEmpty() && asksPrivateParty(verb)) {
      return; // "Austria will invite architects to submit plans": an appeal to no political party
    }
    emit(verb, code, arguments, "control " + control.lemma() + " (" + kind.name().toLowerCase(Locale.ROOT) + ")"
        + (innerCode == null ? "" : " + " + innerCode) + arguments.how());
  }

  /** An event noun trigger ("talks with", "the visit of X to Y"), unless it only says why ("in protest"). */
  /** Whether the noun is the object of a verb that ends or stops it ("end the crackdown", "lift the siege"). */
  private boolean endedByVerb(int noun) {
    Dependency up = graph.parent(noun);
    return up != null && up.relation().equals("obj") && graph.token(up.governor()).isVerb()
        && words.endingVerbs().contains(graph.lemma(up.governor()));
  }

  private void codeNoun(int noun) {
    List<Predicate> entries = dictionary.nouns(graph.lemma(noun));
    if (entries.isEmpty() || mannerAdjunct(noun)) {
      return;
    }
    Predicate predicate = nounEntry(noun, entries);
    if (predicate == null) {
      return; // none of the noun's senses holds ("the call was taken": neither an appeal nor a phone call)
    }
    if (predicate.code().compareTo("13") >= 0 && endedByVerb(noun)) {
      return; // "must end this crackdown", "commitments to end naval attacks": stopping force is not using it
    }
    if (!predicate.unless().isEmpty() && context.matcher().otherSense(predicate)) {
      return;
    }
    Arguments arguments = context.arguments().nounArguments(noun, predicate);
    if (arguments == null || !senseHolds(predicate, noun, -1, arguments)) {
      return;
    }
    emit(noun, peacekeeping(refine(predicate.code(), noun), noun, -1), arguments, predicate.describe(null) + arguments.how());
  }

  /**
   * Whether the entry's {@code needs=} hold: a target of its own (a visit goes somewhere), people as
   * its object (a release frees someone), a state or organised group as its target (recognition).
   */
  private boolean senseHolds(Predicate predicate, int trigger, int object, Arguments arguments) {
    if (predicate.needs("target") && arguments.targets().isEmpty() && arguments.sources().size() < 2) {
      return false;
    }
    if (predicate.needs("state") && arguments.targets().stream()
        .noneMatch(id -> PoliticalActors.isStateLike(context.resolution().actor(id)))) {
      return false;
    }
    if (predicate.needs("people")) {
      int named = object >= 0 ? object : graph.children(trigger, graph.isPassive(trigger) ? "nsubj:pass" : "obj").stream()
          .findFirst().orElse(-1);
      if (named < 0 && graph.token(trigger).isNoun()) {
        // "the release of the prisoners", "the prisoners' release"; not "its release in August" (an album)
        named = graph.children(trigger, "nmod:of").stream().findFirst()
            .orElse(graph.children(trigger, "nmod:poss").stream().findFirst().orElse(-1));
      }
      if (named < 0) {
        named = smallClauseSubject(trigger);
      }
      if (named < 0) {
        return false;
      }
      // people or a body of them ("the hostages", "troops"), or a person by name or title ("the mayor of Nablus")
      String ner = graph.token(named).ner();
      boolean people = peopleOrGroup(graph.lemma(named)) || "PERSON".equals(ner) || "TITLE".equals(ner);
      for (String id : actorsAt(named)) {
        org.dyad.model.Actor actor = context.resolution().actor(id);
        people |= actor != null && !"country".equals(actor.kind()) && !"location".equals(actor.kind());
      }
      return people;
    }
    return true;
  }

  /**
   * Whether a request is put to someone the text names only by a common noun that is no actor and
   * no body, group or people ("invite architects", "asked the bakers"): not a political appeal.
   */
  private boolean asksPrivateParty(int verb) {
    for (int o : graph.children(verb, "obj")) {
      String lemma = graph.lemma(o);
      if (graph.token(o).isNoun() && !graph.token(o).isProperNoun() && actorsAt(o).isEmpty()
          && !peopleOrGroup(lemma) && !words.companyNouns().contains(lemma) && !words.bodyNouns().contains(lemma)
          && !words.partyNouns().contains(lemma) && !words.pronouns().contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** A common noun for people or a body of them: "hostages", "residents", "troops", "the mayor". */
  private boolean peopleOrGroup(String lemma) {
    return words.peopleNouns().contains(lemma) || words.groupNouns().contains(lemma);
  }

  /**
   * The object the parser hung as the subject of a clause under the trigger: "released [the mayor
   * ... jailed a year ago]" (xcomp), "released [two women held hostage]" (ccomp), "[the civilians
   * imprisoned for ...] were released" (csubj:pass).
   */
  private int smallClauseSubject(int trigger) {
    for (Dependency d : graph.children(trigger)) {
      if (d.relation().equals("xcomp") || d.relation().equals("ccomp") || d.relation().equals("csubj:pass")) {
        for (int subject : graph.children(d.dependent(), "nsubj")) {
          if (graph.token(subject).isNoun()) {
            return subject;
          }
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private boolean afterPossessive(int verb) {
    return context.matcher().afterPossessive(verb);
  }

  private ControlVerb controlAt(int word) {
    return context.matcher().controlAt(word);
  }

  private void emit(int trigger, String code, Arguments arguments, String rule) {
    context.emitter().emit(trigger, code, arguments, rule);
  }

  private boolean inRejectedDocument(int verb) {
    return context.matcher().inRejectedDocument(verb);
  }

  private int infinitive(int head) {
    return context.matcher().infinitive(head);
  }

  private boolean infinitiveOfPlainNoun(int verb) {
    return context.matcher().infinitiveOfPlainNoun(verb);
  }

  private String innerCode(int inner) {
    return context.matcher().innerCode(inner);
  }

  private List<String> innerTargets(int inner) {
    return context.arguments().innerTargets(inner);
  }

  private boolean isPredicateAdjective(int i) {
    return context.matcher().isPredicateAdjective(i);
  }

  private boolean isPronoun(int token) {
    return context.actors().isPronoun(token);
  }

  private boolean mannerAdjunct(int noun) {
    return context.matcher().mannerAdjunct(noun);
  }

  private Integer matches(int verb, Predicate predicate) {
    return context.matcher().matches(verb, predicate);
  }

  private boolean mistaggedVerb(int i) {
    return context.repairs().mistaggedVerb(i);
  }

  private boolean negatedAt(int token) {
    return context.stances().negatedAt(token);
  }

  private Predicate nounEntry(int noun, List<Predicate> entries) {
    return context.matcher().nounEntry(noun, entries);
  }

  private String peacekeeping(String code, int trigger, int object) {
    return context.refinements().peacekeeping(code, trigger, object);
  }

  private String refine(String code, int noun) {
    return context.refinements().refine(code, noun);
  }

  private boolean sameSide(List<String> actors, List<String> sources) {
    return context.actors().sameSide(actors, sources);
  }

  private List<String> subjectActors(int verb, boolean passive) {
    return context.subjects().subjectActors(verb, passive);
  }

  private String troopMovement(int verb, String code) {
    return context.refinements().troopMovement(verb, code);
  }

  private Arguments verbArguments(int verb, Predicate predicate, int object) {
    return context.arguments().verbArguments(verb, predicate, object);
  }
}
