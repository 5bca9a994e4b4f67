package org.dyad.pipeline.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Macro-averaged shingle scores over pages: P is the mean page precision over pages that
 * predicted something, R the mean page recall over pages with gold text, F1 = 2PR/(P+R).
 */
public record TextScores(double precision, double recall, int pages) {

  public static TextScores of(List<PageScore> pages) {
    double precision = mean(pages.stream().map(PageScore::precision).toList());
    double recall = mean(pages.stream().map(PageScore::recall).toList());
    return new TextScores(precision, recall, pages.size());
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double mean(List<OptionalDouble> values) {
    double sum = 0;
    int count = 0;
    for (OptionalDouble value : values) {
      if (value.isPresent()) {
        sum += value.getAsDouble();
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }
}
