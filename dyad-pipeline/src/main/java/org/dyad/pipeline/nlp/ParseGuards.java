package org.dyad.pipeline.nlp;

/**
 * The switch for the stages' parse guards: cheap lexical tests by which the event coder, the quote
 * finder and the time normaliser skip reading a sentence's dependencies (and so its lazy parse)
 * where the parse could not change their result. On by default; {@code -Ddyad.parse.guards=false}
 * turns every guard off, so that output with and without them can be compared (LazyParsingIT does;
 * a guard that ever changed output would be a bug).
 */
public final class ParseGuards {

  /** {@code -Ddyad.parse.guards=false} reads every sentence's parse where the stages once did. */
  public static final String PROPERTY = "dyad.parse.guards";

  private static volatile boolean enabled = !"false".equals(System.getProperty(PROPERTY));

  private ParseGuards() {
  }

  /** Whether the guards may skip reading a parse. */
  public static boolean enabled() {
    return enabled;
  }

  /** For tests that compare output with and without the guards in one JVM. */
  static void set(boolean on) {
    enabled = on;
  }
}
