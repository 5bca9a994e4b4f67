package org.dyad.pipeline.eval;

/** Precision, recall and F1 of an event evaluation over {@code records} gold records. */
public record EventScore(String dataset, int truePositives, int predicted, int gold, int records) {

  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The closing line: {@code events <dataset> F1 0.000 P 0.000 R 0.000 n=N}. */
  public String line() {
    return String.format(java.util.Locale.ROOT, "events %s F1 %.3f P %.3f R %.3f n=%d", dataset, f1(), precision(), recall(), records);
  }
}
