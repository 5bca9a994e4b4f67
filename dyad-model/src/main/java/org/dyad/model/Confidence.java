package org.dyad.model;

/**
 * Event confidence as Dyad uses it: the estimated probability that an event is right (a real act,
 * with the right CAMEO root, source, target and negation), calibrated on Dyad's article-level gold
 * set. Every surface (extract, ingest, query, export, the REST API, the web UI, the Spark job)
 * shows by default only events at or above {@link #DEFAULT_MINIMUM}, the precise set; a lower
 * {@code --min-confidence} shows more, and less sure, events.
 */
public final class Confidence {

  /** The minimum confidence of the events users see unless they ask for another. */
  public static final double DEFAULT_MINIMUM = 0.2;

  private Confidence() {}

  /** Checks a user-given minimum: a number from 0 to 1. */
  public static double checked(double minimum) {
    if (Double.isNaN(minimum) || minimum < 0 || minimum > 1) {
      throw new IllegalArgumentException("a minimum confidence is a number from 0 to 1, not " + minimum);
    }
    return minimum;
  }
}
