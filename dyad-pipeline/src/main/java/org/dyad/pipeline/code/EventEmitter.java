package org.dyad.pipeline.code;

import java.util.Collections;
import java.util.List;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Turns a trigger with its code and arguments into the sentence's events, running the stages in
 * this order: the actor gate admits it ({@link ActorGate}, which reads the stance); the stance
 * refines the code ({@link CodeRefinements#byStance}); the date ({@link DateReader}) and location
 * ({@link PlaceReader}) are read; a missing target is guessed ({@link TargetFallbacks}); places of
 * no code are turned into their country or dropped ({@link PlaceReader#placesAsTargets}); then
 * one candidate per source/target pair (coordinated sources of a symmetric event each with the
 * other), each with its confidence ({@link Confidence}), and the second events the gate calls for:
 * the other side of talks, the rejection a negated cooperative event states.
 */
final class EventEmitter {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final ResolvedArticle article;
  private final List<Candidate> out;

  EventEmitter(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.article = context.article();
    this.out = context.out();
  }

  /** Adds the events of {@code trigger}, coded {@code code} with these arguments by {@code rule}, if the gate admits it. */
  void emit(int trigger, String code, Arguments arguments, String rule) {
    Draft draft = context.gate().admit(trigger, code, arguments, rule);
    if (draft == null) {
      return;
    }
    context.refinements().byStance(draft);
    context.refinements().byDoer(draft);
    draft.date = context.dates().date(draft.stance.clauseHead(), trigger);
    draft.location = context.places().location(trigger, draft.code);
    context.fallbacks().fill(draft);
    context.places().placesAsTargets(draft);
    addCandidates(draft);
  }

  private void addCandidates(Draft draft) {
    ActorGate gate = context.gate();
    int trigger = draft.trigger;
    String code = draft.code;
    String rule = draft.rule;
    Stance stance = draft.stance;
    List<String> sources = draft.sources;
    List<String> targets = draft.targets;
    List<String> sourceList = sources.isEmpty() ? Collections.singletonList(null) : sources;
    List<String> targetList = targets.isEmpty() ? Collections.singletonList(null) : targets;
    if (targets.isEmpty() && sources.size() > 1 && context.fallbacks().isSymmetric(code)) {
      targetList = sources; // "France and Germany met": each meets the other
      rule = rule + " +mutual";
    }
    String fullRule = rule + (stance.notes().isEmpty() ? "" : " [" + String.join(", ", stance.notes()) + "]");
    for (String source : sourceList) {
      for (String target : targetList) {
        if (!gate.pairs(source, target, draft.selfTarget)) {
          continue;
        }
        if (!PoliticalActors.maySource(context.resolution().actor(source), code,
            context.resolution().actor(target), rule, context.words().civilianActs())) {
          continue; // a celebrity, a team, a company in its own business: no political act
        }
        if (!PoliticalActors.mayTarget(context.resolution().actor(target))) {
          continue; // "did not meet the DSA's threshold", "helped ZAKA": an unknown name is no counterpart
        }
        Candidate c = new Candidate();
        c.code = code;
        c.source = source;
        c.target = target;
        c.sentence = sentence.index();
        c.trigger = trigger;
        c.triggerStart = graph.token(trigger).start();
        c.triggerEnd = graph.token(trigger).end();
        c.negated = stance.negated();
        c.modality = stance.modality();
        if (c.modality == Modality.REPORTED && source != null && isVerbal(code) && graph.simplePresent(trigger)
            && context.subjects().reportingSubject(stance.clauseHead()).contains(source)) {
          // "Esper said: 'We strongly oppose ...'": saying it is the speaker's own verbal act, done as
          // it is said (not "he said he discussed the delay", a past act he reports)
          c.modality = Modality.ASSERTED;
        }
        c.date = draft.date;
        c.location = draft.location;
        c.evidenceStart = sentence.start();
        c.evidenceEnd = trimmedEnd(sentence);
        c.confidence = Confidence.of(draft.ruleConfidence, draft.confidenceShift, target == null, source == null);
        c.rule = fullRule;
        out.add(c);
        if (gate.reciprocal(code, sources, targets, target)) {
          // "held talks with President Suleiman": negotiating is mutual, each side negotiates with the other
          Candidate m = c.copy();
          m.source = target;
          m.target = source;
          m.rule = fullRule + " +reciprocal";
          out.add(m);
        }
        if (gate.statesRejection(stance, code, trigger)) {
          // "would not provide support", "failed to reach agreement": saying no is a rejection (CAMEO 12)
          Candidate r = c.copy();
          r.code = CodeRefinements.refusalCode(code);
          r.negated = false;
          r.modality = stance.modality() == Modality.REPORTED ? Modality.REPORTED : Modality.ASSERTED; // the refusal is stated now
          r.confidence = Confidence.rejection(c.confidence);
          r.rule = fullRule + " +negated-as-rejection";
          out.add(r);
          if (gate.recognisesNoOne(code, target)) {
            // "a ruling China does not recognise": recognising no actor is no diplomatic
            // recognition; the refusal of the ruling is the event ("does not recognise the
            // Taliban" keeps its negated recognition beside the rejection)
            out.remove(c);
          }
        }
      }
    }
  }

  private int trimmedEnd(Sentence s) {
    int end = s.end();
    while (end > s.start() && Character.isWhitespace(article.text().charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Verbal cooperation or conflict (CAMEO 01-05, 10-13): acts done by saying them. */
  private static boolean isVerbal(String code) {
    String root = code.substring(0, 2);
    return root.compareTo("05") <= 0 || root.compareTo("10") >= 0 && root.compareTo("13") <= 0;
  }
}
