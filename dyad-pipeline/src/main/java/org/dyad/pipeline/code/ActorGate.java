package org.dyad.pipeline.code;

import java.util.List;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Dependency;

/**
 * Stage 6, the actor gate: whether a coded trigger becomes an event at all, and which pairs and
 * second events it yields. An event needs a code of the tables and an actor: a source, or a target
 * of a passive, or a target of violence by an unnamed attacker ("gunmen killed five soldiers":
 * rule {@code +unnamed-source}); an event a promising or threatening control word already codes
 * ("agreed to meet") is not coded again. No actor acts on itself, except a domestic act whose
 * home is the source itself. Talks are reciprocal; a negated cooperative event (03–08) that is
 * not a past record and not already a refusal is also the rejection it states (12x).
 */
final class ActorGate {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final PredicateDictionary dictionary;
  private final CodeTables tables;

  ActorGate(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.dictionary = context.dictionary();
    this.tables = context.tables();
  }

  /**
   * The draft of an event of {@code trigger} when it may exist: a known code, an actor, and not
   * absorbed by a control word; null otherwise. The draft carries the trigger's stance.
   */
  Draft admit(int trigger, String code, Arguments arguments, String rule) {
    if (code == null || tables.cameo(code) == null) {
      return null;
    }
    List<String> sources = arguments.sources();
    List<String> targets = arguments.targets();
    boolean passive = graph.token(trigger).isVerb() && graph.isPassive(trigger);
    boolean unnamedSource = sources.isEmpty() && !targets.isEmpty() && unnamedAttacker(trigger, code);
    if (sources.isEmpty() && !(passive && !targets.isEmpty()) && !unnamedSource) {
      return null;
    }
    if (unnamedSource) {
      rule = rule + " +unnamed-source"; // "insurgents shelled Aleppo": the victim is known, the attacker not
    }
    Stance stance = context.stances().stance(trigger);
    if (stance.absorbed() && !rule.startsWith("control")) {
      return null; // "agreed to meet", "threatened to attack": the control verb's event says it
    }
    if (context.stances().writersOpinion(trigger, stance)) {
      return null; // "Yes the government should fund music": a reader's opinion, no event
    }
    if (habitual(trigger)) {
      return null; // "IAEA inspectors make 3,000 visits a year": what is usually done, no event
    }
    return new Draft(trigger, code, rule, sources, targets, stance, arguments.confidence());
  }

  /**
   * Whether the trigger's clause tells what is done habitually, not an event: a verb in the simple
   * present with a frequency ("make 3,000 visits a year", "hold exercises every year", "meet twice
   * a month": a unit of {@code HABITUAL_UNITS} with a determiner of {@code HABITUAL_DETERMINERS}
   * and no preposition, on the verb, its object or its adverb) or a frequency adverb ({@code
   * HABITUAL_ADVERBS}: "annually hosts"). A past verb keeps its event ("shelled the town every
   * day last week" are events), and so does a frequency behind a preposition ("for the first
   * time in a year").
   */
  boolean habitual(int trigger) {
    Lexicon words = context.words();
    if (!graph.token(trigger).isVerb() || !graph.simplePresent(trigger)) {
      return false;
    }
    List<Integer> heads = new java.util.ArrayList<>(List.of(trigger));
    heads.addAll(graph.children(trigger, "obj"));
    heads.addAll(graph.children(trigger, "advmod")); // "twice a year"
    for (int head : heads) {
      for (Dependency d : graph.children(head)) {
        int t = d.dependent();
        if (d.relation().equals("advmod") && head == trigger && words.habitualAdverbs().contains(graph.lemma(t))) {
          return true;
        }
        boolean frequencyRelation = d.relation().equals("obl:tmod") || d.relation().equals("obl:npmod")
            || d.relation().equals("nmod:tmod") || d.relation().equals("nmod:npmod");
        if (frequencyRelation && words.habitualUnits().contains(graph.lemma(t)) && !graph.hasChild(t, "case")
            && graph.children(t, "det").stream().anyMatch(det -> words.habitualDeterminers().contains(graph.lemma(det)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the pair is an event: no actor acts on itself, unless its domestic target is itself. */
  boolean pairs(String source, String target, boolean selfTarget) {
    return !(source != null && source.equals(target) && !selfTarget);
  }

  /** "held talks with President Suleiman": negotiating is mutual, each side negotiates with the other. */
  boolean reciprocal(String code, List<String> sources, List<String> targets, String target) {
    return code.startsWith("046") && sources.size() == 1 && targets.size() == 1 && target != null;
  }

  /** "would not provide support", "failed to reach agreement": saying no is a rejection (CAMEO 12). */
  boolean statesRejection(Stance stance, String code, int trigger) {
    return rejects(stance, code) && !pastRecord(trigger);
  }

  /**
   * "a ruling China does not recognise": recognising no actor is no diplomatic recognition; the
   * refusal of the ruling is the event, the negated recognition is dropped ("does not recognise
   * the Taliban" keeps its negated recognition beside the rejection).
   */
  boolean recognisesNoOne(String code, String target) {
    return code.startsWith("054") && target == null;
  }

  /** A violent event whose subject is a common noun no actor stands for ("gunmen killed five soldiers"). */
  private boolean unnamedAttacker(int trigger, String code) {
    if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) || !graph.token(trigger).isVerb()) {
      return false;
    }
    for (int subject : graph.children(trigger, "nsubj")) {
      if (graph.token(subject).isNoun() && !graph.token(subject).isProperNoun() && !isPronoun(subject)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negated cooperative event (03–08) states a refusal not already coded by a refusing verb. */
  private boolean rejects(Stance stance, String code) {
    if (!stance.negated() || stance.modality() == Modality.HYPOTHETICAL || stance.modality() == Modality.REQUESTED) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 3 || root > 8 || stance.notes().contains(StanceReader.NEGATED_GOVERNOR)) {
      return false; // not announcing a pledge is no refusal to give
    }
    for (String note : stance.notes()) {
      ControlVerb control = dictionary.control(note);
      if (control != null && control.controlClass() == ControlVerb.ControlClass.REFUSE) {
        return false;
      }
    }
    return true;
  }

  /**
   * "had never sent weapons", "has never recognised": a negated perfect is a claim about the past
   * record (a denial), not a refusal stated now.
   */
  private boolean pastRecord(int trigger) {
    boolean perfect = false;
    for (int aux : graph.children(trigger, "aux")) {
      perfect |= graph.token(aux).lemma().equals("have");
    }
    boolean never = false;
    for (int adverb : graph.children(trigger, "advmod")) {
      never |= graph.token(adverb).lemma().equalsIgnoreCase("never");
    }
    return perfect && never;
  }

  // ---------------------------------------------------------------- read through the other stages

  private boolean isPronoun(int token) {
    return context.actors().isPronoun(token);
  }
}
