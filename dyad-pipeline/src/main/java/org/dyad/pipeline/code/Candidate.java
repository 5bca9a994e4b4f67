package org.dyad.pipeline.code;

import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.TimeExpression;

/** One event before it gets its id: what the coder found in a sentence, one source/target pair. */
final class Candidate {
  String code;
  String source;
  String target;
  int sentence;
  int trigger;
  int triggerStart;
  int triggerEnd;
  boolean negated;
  Modality modality = Modality.ASSERTED;
  TimeExpression date;
  Location location;
  int evidenceStart;
  int evidenceEnd;
  double confidence;
  String rule;

  /** A copy to change into a second event of the same trigger (the other side's talks, the rejection). */
  Candidate copy() {
    Candidate r = new Candidate();
    r.code = code;
    r.source = source;
    r.target = target;
    r.sentence = sentence;
    r.trigger = trigger;
    r.triggerStart = triggerStart;
    r.triggerEnd = triggerEnd;
    r.negated = negated;
    r.modality = modality;
    r.date = date;
    r.location = location;
    r.evidenceStart = evidenceStart;
    r.evidenceEnd = evidenceEnd;
    r.confidence = confidence;
    r.rule = rule;
    return r;
  }
}
