package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.resolve.Resolution;

/**
 * Reported force as an accusation, after the sentence is coded: hands the sentence's events to
 * {@link ReportedAggression} and adds the accusations (and claims or denials of responsibility) it
 * finds, dropping the reported acts it replaces. This class is the rule's view of the sentence
 * ({@link ReportedAggression.Coder}): the parse, the actors, who speaks and whether the speech is stated.
 */
final class Accusations implements ReportedAggression.Coder {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Resolution resolution;
  private final List<Candidate> out;

  Accusations(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.resolution = context.resolution();
    this.out = context.out();
  }

  /**
   * Reported force as the speaker's accusation of the perpetrator (or, for its own act, its claim
   * of responsibility); see {@link ReportedAggression}. Under a verb that only claims, the
   * accusation replaces the reported act.
   */
  void add() {
    List<ReportedAggression.Reported> acts = new ArrayList<>();
    List<Candidate> found = new ArrayList<>(out);
    for (Candidate c : found) {
      acts.add(new ReportedAggression.Reported(c.trigger, c.code, c.source, c.target, c.modality, c.negated, c.rule));
    }
    for (ReportedAggression.Accusation a : ReportedAggression.find(this, acts)) {
      if (a.code() == null) {
        out.remove(found.get(acts.indexOf(a.act()))); // "denied that its forces had shelled ...": not done
        continue;
      }
      int before = out.size();
      emit(a.speechVerb(), a.code(), new Arguments(List.of(a.source()), List.of(a.target()), "", Confidence.ACCUSATION), a.rule());
      if (out.size() > before && a.replaces()) {
        out.remove(found.get(acts.indexOf(a.act())));
      }
    }
  }

  @Override
  public ParseGraph graph() {
    return graph;
  }

  @Override
  public Lexicon words() {
    return context.words();
  }

  @Override
  public Actor actor(String id) {
    return resolution.actor(id);
  }

  @Override
  public List<String> speakers(int speechVerb) {
    if (graph.token(speechVerb).isNoun()) {
      List<String> makers = new ArrayList<>();
      for (Dependency d : graph.children(speechVerb)) {
        String relation = d.relation();
        if (relation.equals("nmod:poss") || relation.equals("nmod:by") || relation.equals("nmod:agent")
            || relation.equals("amod") || relation.equals("compound")) {
          makers.addAll(actorsAt(d.dependent())); // "Kyiv's claim", "an allegation by Rwanda", "Ukrainian claims"
        }
      }
      return makers;
    }
    return subjectActors(speechVerb, graph.isPassive(speechVerb));
  }

  @Override
  public boolean stated(int speechVerb) {
    if (graph.token(speechVerb).isNoun()) {
      return !negatedAt(speechVerb); // "rejected Kyiv's claim that ...": the claim was made all the same
    }
    Stance stance = stance(speechVerb);
    return !stance.negated() && (stance.modality() == Modality.ASSERTED || stance.modality() == Modality.REPORTED);
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private void emit(int trigger, String code, Arguments arguments, String rule) {
    context.emitter().emit(trigger, code, arguments, rule);
  }

  private boolean negatedAt(int token) {
    return context.stances().negatedAt(token);
  }

  private Stance stance(int trigger) {
    return context.stances().stance(trigger);
  }

  private List<String> subjectActors(int verb, boolean passive) {
    return context.subjects().subjectActors(verb, passive);
  }
}
