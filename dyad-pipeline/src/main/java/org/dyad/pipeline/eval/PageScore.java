package org.dyad.pipeline.eval;

import java.util.OptionalDouble;

/** Shingle counts of one page: shared, predicted only, gold only. */
public record PageScore(long truePositives, long falsePositives, long falseNegatives) {

  /** Precision, absent when nothing was predicted (such a page does not count in the mean). */
  public OptionalDouble precision() {
    long predicted = truePositives + falsePositives;
    return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / predicted);
  }

  /** Recall, absent when the gold text is empty (such a page does not count in the mean). */
  public OptionalDouble recall() {
    long gold = truePositives + falseNegatives;
    return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) truePositives / gold);
  }
}
