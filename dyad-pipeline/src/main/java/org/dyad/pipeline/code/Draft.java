package org.dyad.pipeline.code;

import java.util.List;
import org.dyad.model.Location;
import org.dyad.model.TimeExpression;

/**
 * An event on its way from a trigger to candidates: the stages of emission read and refine its
 * code, rule, targets, date and place in turn (see {@link EventEmitter}).
 */
final class Draft {
  final int trigger;
  String code;
  String rule;
  final List<String> sources;
  List<String> targets;
  Stance stance;
  /** The confidence the trigger's rule and arguments reached. */
  final double ruleConfidence;
  /** The shift of the target fallback that named the target (one at most); see {@link Confidence}. */
  double confidenceShift;
  /** The domestic target is the source itself ("the protesters" with no country actor): keep the self pair. */
  boolean selfTarget;
  TimeExpression date;
  Location location;

  Draft(int trigger, String code, String rule, List<String> sources, List<String> targets, Stance stance,
      double ruleConfidence) {
    this.trigger = trigger;
    this.code = code;
    this.rule = rule;
    this.sources = sources;
    this.targets = targets;
    this.stance = stance;
    this.ruleConfidence = ruleConfidence;
  }
}
