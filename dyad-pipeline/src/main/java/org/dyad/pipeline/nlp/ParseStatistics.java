package org.dyad.pipeline.nlp;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much of the annotated text this JVM's annotator has parsed: sentences and tokens annotated,
 * and of those, sentences and tokens the dependency parser ran on. With lazy parsing the parser runs
 * only for the sentences some stage reads the dependencies of; {@code dyad bench} reports the share.
 */
public final class ParseStatistics {

  private static final AtomicLong SENTENCES = new AtomicLong();
  private static final AtomicLong TOKENS = new AtomicLong();
  private static final AtomicLong PARSED_SENTENCES = new AtomicLong();
  private static final AtomicLong PARSED_TOKENS = new AtomicLong();

  private ParseStatistics() {}

  /** Counts so far; subtract an earlier snapshot ({@link Snapshot#since}) for one run's counts. */
  public record Snapshot(long sentences, long tokens, long parsedSentences, long parsedTokens) {

    public Snapshot since(Snapshot earlier) {
      return new Snapshot(sentences - earlier.sentences, tokens - earlier.tokens,
          parsedSentences - earlier.parsedSentences, parsedTokens - earlier.parsedTokens);
    }

    /** Parsed sentences over annotated sentences (0 when none). */
    public double sentenceShare() {
      return sentences == 0 ? 0 : (double) parsedSentences / sentences;
    }

    /** Parsed tokens over annotated tokens (0 when none). */
    public double tokenShare() {
      return tokens == 0 ? 0 : (double) parsedTokens / tokens;
    }
  }

  public static Snapshot snapshot() {
    return new Snapshot(SENTENCES.get(), TOKENS.get(), PARSED_SENTENCES.get(), PARSED_TOKENS.get());
  }

  static void annotated(int tokens) {
    SENTENCES.incrementAndGet();
    TOKENS.addAndGet(tokens);
  }

  static void parsed(int tokens) {
    PARSED_SENTENCES.incrementAndGet();
    PARSED_TOKENS.addAndGet(tokens);
  }
}
