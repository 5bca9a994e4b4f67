package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Stage 3, stance: whether a trigger's event is negated and how it is meant (asserted, reported,
 * planned, requested, hypothetical), gathered up the chain of control words and complements above
 * it ("refused to meet": negated; "agreed to meet": planned and coded by "agree"; "said it would
 * meet": planned; "would meet if": a conditional offer stated now); and the head of the clause it
 * stands in, which dates and reporting are read from.
 */
final class StanceReader {

  /** Stance note: an event noun is the object of a negated verb ("did not announce a pledge"). */
  static final String NEGATED_GOVERNOR = "negated governor";
  /** Relations by which a clause hangs on another: a clause head's parent edge is one of these. */
  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "advcl", "acl", "parataxis", "csubj", "conj", "dep", "root");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final PredicateDictionary dictionary;
  private final Lexicon words;

  StanceReader(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.dictionary = context.dictionary();
    this.words = context.words();
  }

  /**
   * A bare infinitive complement ("wants to see Russia withdraw", "would like to see China agree"):
   * the words above it govern its stance as they govern a to-infinitive's.
   */
  private boolean bareInfinitive(int node, String relation) {
    return relation.equals("ccomp") && graph.token(node).pos().equals("VB") && graph.children(node, "mark").isEmpty()
        && graph.children(node, "aux").isEmpty();
  }

  /** The trigger's negation, modality, clause head and the control words above it. */
  Stance stance(int trigger) {
    boolean negated = negatedAt(trigger) || negatedDisjunct(trigger);
    List<String> notes = new ArrayList<>();
    boolean requested = false;
    boolean hypothetical = false;
    boolean planned = false;
    boolean absorbed = false;
    boolean backshifted = false;
    boolean obliged = false;
    boolean othersAct = false;
    int node = trigger;
    for (int steps = 0; steps < 6; steps++) {
      for (int aux : graph.children(node, "aux")) {
        String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
        if (word.equals("must") && steps == 0) {
          obliged = true; // "said that Syria must hand over": the speaker's demand, not an event
        } else if (words.futureAuxiliaries().contains(word)) {
          planned = true;
        } else if (graph.lemma(aux).equals("be") && graph.hasMark(node, "to")) {
          planned = true; // "the Tories are to back the plans": a scheduled act, not one done
        } else if (word.equals("would") && graph.lemma(node).equals("like")) {
          // "would like X to ...": a wish stated now, not a hypothesis
        } else if (word.equals("would") && steps == 0) {
          backshifted = true; // "said it would ...": future in the past when reported, else hypothetical
        } else if (words.hypotheticalAuxiliaries().contains(word)) {
          hypothetical = true;
        }
      }
      if (graph.token(node).isVerb() && graph.children(node, "aux").isEmpty()
          && words.futureForm(graph.token(node).text().toLowerCase(Locale.ROOT))) {
        planned = true; // "protestarán el sábado": a simple future, planned as "will protest"
      }
      if (graph.hasMark(node, "if") || graph.hasMark(node, "unless")) {
        hypothetical = true;
      }
      ControlVerb nounControl = controlNounSubject(node);
      if (nounControl != null) { // "the refusal of Germany to meet France", misparsed with the noun as subject
        switch (nounControl.controlClass()) {
          case PLAN, INTENT, THREAT -> planned = true;
          case REQUEST -> requested = true;
          case REFUSE, FAIL -> negated = true;
          case HYPO -> hypothetical = true;
          default -> { }
        }
        notes.add(nounControl.lemma());
      }
      Dependency up = graph.parent(node);
      if (up == null) {
        if (graph.hasMark(node, "to") && graph.children(node, "aux").isEmpty()) {
          planned = true; // headline infinitive: "Taliban to Visit Russia"
        }
        break;
      }
      String relation = up.relation();
      if (relation.equals("advcl:if") || relation.equals("advcl:unless")) {
        hypothetical = true;
      }
      boolean bare = bareInfinitive(node, relation);
      boolean complement = relation.equals("xcomp") || relation.equals("acl:to") || relation.equals("advcl:to")
          || relation.equals("ccomp") && (graph.hasMark(node, "to") || graph.hasMark(node, "that")) || bare;
      if (bare && !graph.children(node, "nsubj").isEmpty()) {
        othersAct = true; // "wants to see Russia withdraw": the act wished for is another's
      }
      boolean nominal = graph.token(node).isNoun() && (relation.equals("obj") || relation.startsWith("obl")
          || relation.startsWith("nsubj"));
      if (!complement && !nominal) {
        break;
      }
      int governor = up.governor();
      ControlVerb control = complement || nominal && node == trigger && (relation.equals("obj") || relation.equals("obl:for"))
          ? controlAt(governor) : null;
      if (control != null && !complement && control.controlClass() == ControlVerb.ControlClass.PLAN) {
        control = null; // "seek talks", "plan a visit": the noun's own event stands
      }
      if (control != null) {
        switch (control.controlClass()) {
          case PLAN -> {
            if (othersAct) {
              requested = true; // a wish for another's act is an appeal, not the other's plan
            } else {
              planned |= !pastAttempt(governor, control);
            }
          }
          case REQUEST -> requested = true;
          case REFUSE, FAIL -> negated = true;
          case HYPO -> hypothetical = true;
          case INTENT, THREAT -> {
            planned = true;
            absorbed = true;
          }
          default -> { }
        }
        notes.add(control.lemma());
      }
      if (complement && negatedAt(governor)) {
        negated = true;
      }
      if (nominal && node == trigger && !negated && negatedAt(governor)) {
        negated = true; // "did not announce a new pledge", "did not attend the talks": the noun's event did not happen
        notes.add(NEGATED_GOVERNOR);
      }
      node = governor;
    }
    int clauseHead = clauseHead(trigger);
    if (backshifted) {
      if (reported(clauseHead)) {
        planned = true;
      } else {
        hypothetical = true;
      }
    }
    if (obliged) {
      requested = true;
    }
    if (demandedContent(trigger)) {
      requested = true;
    }
    Modality modality = requested ? Modality.REQUESTED : hypothetical ? Modality.HYPOTHETICAL
        : planned ? Modality.PLANNED : reported(clauseHead) ? Modality.REPORTED : Modality.ASSERTED;
    return new Stance(negated, modality, clauseHead, notes, absorbed);
  }

  /**
   * The stance of a statement made now when the event is the consequence of a condition the
   * sentence states ("X may halt its mediation if ...", "would meet him if he ..."): the offer
   * or threat is asserted (or reported), not hypothetical. Null when the event is not such a
   * consequence, is negated, is itself inside the condition, or a control word codes it.
   */
  Stance conditionalStance(int trigger, Stance stance, String rule) {
    if (stance.negated() || rule.startsWith("control")
        || !(stance.modality() == Modality.HYPOTHETICAL || stance.modality() == Modality.PLANNED)) {
      return null;
    }
    boolean consequent = false;
    int node = trigger;
    for (int steps = 0; steps < 4; steps++) {
      for (Dependency d : graph.children(node)) {
        String word = graph.lemma(d.dependent());
        consequent |= d.relation().equals("advcl:if") || d.relation().equals("advcl:unless")
            || d.relation().equals("advcl") && (word.equals("if") || word.equals("unless"));
      }
      if (graph.hasMark(node, "if") || graph.hasMark(node, "unless")) {
        return null;
      }
      Dependency up = graph.parent(node);
      if (up == null) {
        break;
      }
      String relation = up.relation();
      if (relation.startsWith("advcl:if") || relation.startsWith("advcl:unless")) {
        return null; // the condition's own event
      }
      if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
        break;
      }
      node = up.governor();
    }
    if (!consequent) {
      return null;
    }
    Modality modality = reported(stance.clauseHead()) ? Modality.REPORTED : Modality.ASSERTED;
    return new Stance(false, modality, stance.clauseHead(), stance.notes(), stance.absorbed());
  }

  /**
   * The "that" clause of a noun someone asks for ("demanded an admission by Moscow that its
   * forces murdered the officers"): what is asked to be said, not an event the text states.
   */
  private boolean demandedContent(int trigger) {
    Dependency up = graph.parent(trigger);
    if (up == null || !graph.hasMark(trigger, "that") || !graph.token(up.governor()).isNoun()
        || !(up.baseRelation().equals("dep") || up.baseRelation().equals("ccomp") || up.baseRelation().equals("acl"))) {
      return false;
    }
    Dependency holder = graph.parent(up.governor());
    if (holder == null || !holder.relation().equals("obj")) {
      return false;
    }
    ControlVerb control = dictionary.control(graph.lemma(holder.governor()));
    return control != null && control.controlClass() == ControlVerb.ControlClass.REQUEST;
  }

  /** "attempted to assassinate", "has tried to hack": an attempt made is the act attempted, not a plan. */
  private boolean pastAttempt(int governor, ControlVerb control) {
    String lemma = control.lemma();
    String pos = graph.token(governor).pos();
    return (lemma.equals("attempt") || lemma.equals("try")) && (pos.equals("VBD") || pos.equals("VBN"));
  }

  /**
   * "does not make a renewed call for a pause or demand a cease-fire": a verb joined by "or"
   * ("nor") to a negated verb, with no subject of its own (the parse shares the first verb's), is
   * negated with it.
   */
  private boolean negatedDisjunct(int token) {
    Dependency up = graph.parent(token);
    return up != null && (up.relation().equals("conj:or") || up.relation().equals("conj:nor"))
        && graph.token(token).isVerb() && negatedAt(up.governor())
        && graph.children(up.governor(), "nsubj").containsAll(graph.children(token, "nsubj")); // the subject is shared
  }

  /** Whether a negator ("not", "never", "no") modifies the token itself. */
  boolean negatedAt(int token) {
    for (Dependency d : graph.children(token)) {
      String relation = d.relation();
      if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det") || relation.equals("advmod:neg"))
          && words.negators().contains(graph.token(d.dependent()).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the event is only the writer's opinion of what someone should do: "should" or "ought"
   * on the trigger, with no one reported as saying it and outside quotation marks (counted from
   * the start of the paragraph, so a quote opened in an earlier sentence counts). "Yes the
   * government should fund music" in readers' comments is no act of the government's, and no
   * appeal of anyone's; "X should withdraw, the minister said" is the minister's appeal, coded as
   * such elsewhere.
   */
  boolean writersOpinion(int trigger, Stance stance) {
    if (stance.modality() != Modality.HYPOTHETICAL || reported(stance.clauseHead())) {
      return false;
    }
    boolean should = false;
    for (int aux : graph.children(trigger, "aux")) {
      String lemma = graph.lemma(aux);
      should |= lemma.equals("should") || lemma.equals("ought");
    }
    return should && !insideQuotation(trigger);
  }

  private boolean insideQuotation(int trigger) {
    String text = context.article().text();
    int at = graph.token(trigger).start();
    return EventFeatures.oddQuoteMarks(text, Math.max(0, text.lastIndexOf('\n', at)), at);
  }

  /** Whether the clause is what someone said, wrote or reported. */
  private boolean reported(int clauseHead) {
    if (speakerBelow(clauseHead) >= 0) {
      return true;
    }
    int node = clauseHead;
    boolean cameAsSubject = false;
    for (int steps = 0; steps < 8; steps++) {
      for (Dependency d : graph.children(node)) {
        if (d.relation().equals("obl:according_to")) {
          return true;
        }
        if (d.relation().equals("advmod")
            && words.reportingAdverbs().contains(graph.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
          return true; // "reportedly has been training", "is allegedly behind"
        }
      }
      int misparsed = ParseRepairs.misparsedSpeech(graph, node, words.speechVerbs());
      if (misparsed >= 0 && misparsed != clauseHead && !graph.dominates(misparsed, clauseHead) && !cameAsSubject) {
        return true; // "Ukraine said a drone was launched at it", parsed with "said" as the clause's subject
      }
      Dependency up = graph.parent(node);
      if (up == null) {
        return false;
      }
      if (words.speechVerbs().contains(graph.lemma(up.governor())) && graph.token(up.governor()).isVerb()
          && !up.baseRelation().equals("conj")) {
        return true; // not "said the backtracking was ... and accused the government": the speaker's own second act
      }
      cameAsSubject = up.baseRelation().equals("csubj");
      node = up.governor();
    }
    return false;
  }

  /** The head of the clause a token stands in (xcomp and nominal complements stay in their clause). */
  int clauseHead(int token) {
    int node = token;
    for (int steps = 0; steps < graph.size(); steps++) {
      if (graph.token(node).isVerb() || graph.token(node).pos().startsWith("JJ") && !graph.children(node, "cop").isEmpty()
          || mistaggedVerb(node)) {
        Dependency up = graph.parent(node);
        if (up == null || CLAUSE_RELATIONS.contains(up.baseRelation())) {
          return node;
        }
      }
      Dependency up = graph.parent(node);
      if (up == null) {
        return node;
      }
      node = up.governor();
    }
    return node;
  }

  // ---------------------------------------------------------------- read through the other stages

  private ControlVerb controlAt(int word) {
    return context.matcher().controlAt(word);
  }

  private ControlVerb controlNounSubject(int node) {
    return context.repairs().controlNounSubject(node);
  }

  private boolean mistaggedVerb(int i) {
    return context.repairs().mistaggedVerb(i);
  }

  private int speakerBelow(int verb) {
    return context.repairs().speakerBelow(verb);
  }
}
