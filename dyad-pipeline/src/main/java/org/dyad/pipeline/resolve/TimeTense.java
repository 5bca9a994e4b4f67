package org.dyad.pipeline.resolve;

/** The tense of the clause a temporal expression sits in, as far as it decides the date. */
enum TimeTense {
  /** A past-tense or perfect clause: an underspecified date lies on or before the anchor. */
  PAST,
  /** A future clause (will, is due to, plans to): an underspecified date lies on or after the anchor. */
  FUTURE,
  /** Present tense, a conditional, or no verb found: the date closest to the anchor. */
  UNKNOWN
}
