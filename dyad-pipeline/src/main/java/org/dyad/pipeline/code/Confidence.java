package org.dyad.pipeline.code;

/**
 * How sure the coder is of an event: a base for the kind of rule that found the trigger, plus the
 * shifts of the rules that had to guess an argument. All adjustments are here, in the order a
 * candidate meets them:
 *
 * <ol>
 *   <li>Base per rule: a verb entry {@value #VERB_ENTRY}, a control word {@value #CONTROL}, an event
 *       noun {@value #NOUN_ENTRY}, a speech verb's complement ("warned that it would respond",
 *       "said that X must") {@value #SPEECH_COMPLEMENT}, an accusation read from reported force
 *       {@value #ACCUSATION}.</li>
 *   <li>Argument shifts, added to the base as the argument is found ({@link ArgumentAssigner}):
 *       source lent by a controlling clause {@value #CONTROLLER}; source read from the place an
 *       unnamed crowd acted in {@value #PLACE_SOURCE}; source read from the state a passive took
 *       place in {@value #PASSIVE_IN_PLACE}; the speaker as a pronoun target {@value
 *       #SPEAKER_PRONOUN_TARGET}; source read from where an attack was {@value
 *       #ATTACK_PLACE_SOURCE} or whence a projectile came {@value #LAUNCH_PLACE_SOURCE}; the
 *       incident a claim or sympathy is about {@value #INCIDENT_TARGET}; a deep target of aid
 *       {@value #DEEP_AID_TARGET}; a noun's source from a modifier {@value #MODIFIER_SOURCE} or from
 *       the previous event {@value #SOURCE_FROM_PREVIOUS_EVENT}.</li>
 *   <li>Target fallback shift, one at most, when the event had a source but no target
 *       ({@link TargetFallbacks}): a pronoun object {@value #PRONOUN_OBJECT}, the place
 *       {@value #PLACE_TARGET}, a deep target {@value #DEEP_TARGET}, the reporter's own
 *       {@value #REPORTER_POSSESSIVE}, what an attack noun subject hit {@value #SUBJECT_TARGET}, the
 *       source's own country {@value #DOMESTIC_TARGET}.</li>
 *   <li>Per source/target pair ({@link #of}): no target {@value #NO_TARGET}, no source
 *       {@value #NO_SOURCE}; the sum is kept within [{@value #FLOOR}, {@value #CEILING}].</li>
 *   <li>The rejection a negated cooperative event states: the event's confidence {@value
 *       #REJECTION}, at least {@value #FLOOR} ({@link #rejection}).</li>
 *   <li>In the output, rounded to two decimals; of two events with the same sentence, root,
 *       source, target and negation, the more confident one is kept.</li>
 * </ol>
 */
final class Confidence {

  static final double VERB_ENTRY = 0.85;
  static final double CONTROL = 0.8;
  static final double NOUN_ENTRY = 0.75;
  static final double SPEECH_COMPLEMENT = 0.7;
  static final double ACCUSATION = 0.6;

  static final double CONTROLLER = -0.05;
  static final double PLACE_SOURCE = -0.25;
  static final double PASSIVE_IN_PLACE = -0.25;
  static final double SPEAKER_PRONOUN_TARGET = -0.1;
  static final double ATTACK_PLACE_SOURCE = -0.25;
  static final double LAUNCH_PLACE_SOURCE = -0.25;
  static final double INCIDENT_TARGET = -0.2;
  static final double DEEP_AID_TARGET = -0.3;
  static final double MODIFIER_SOURCE = -0.1;
  static final double SOURCE_FROM_PREVIOUS_EVENT = -0.3;

  static final double PRONOUN_OBJECT = -0.1;
  static final double PLACE_TARGET = -0.1;
  static final double DEEP_TARGET = -0.25;
  static final double REPORTER_POSSESSIVE = -0.15;
  static final double SUBJECT_TARGET = -0.15;
  static final double DOMESTIC_TARGET = -0.2;

  static final double NO_TARGET = -0.15;
  static final double NO_SOURCE = -0.2;
  static final double REJECTION = -0.15;
  static final double FLOOR = 0.05;
  static final double CEILING = 0.99;

  private Confidence() {}

  /** The confidence of one source/target pair of an event. */
  static double of(double ruleConfidence, double fallbackShift, boolean noTarget, boolean noSource) {
    double confidence = ruleConfidence + fallbackShift + (noTarget ? NO_TARGET : 0) + (noSource ? NO_SOURCE : 0);
    return Math.max(FLOOR, Math.min(CEILING, confidence));
  }

  /** The confidence of the rejection a negated event states, from the event's own. */
  static double rejection(double eventConfidence) {
    return Math.max(FLOOR, eventConfidence + REJECTION);
  }

  /** As the output reports it: two decimals. */
  static double rounded(double confidence) {
    return Math.round(confidence * 100) / 100.0;
  }
}
