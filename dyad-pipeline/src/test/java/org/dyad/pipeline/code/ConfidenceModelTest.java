package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

  /**
   * A model that is too timid (says 0.2 where events are right half the time, 0.05 where they are
   * right a fifth of the time) gets a scale that moves each group onto its measured rate.
   */
  @Test
  void plattScalingMovesConfidenceOntoMeasuredPrecision() {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(new double[] {0.2, i % 2 == 0 ? 1 : 0});
      rows.add(new double[] {0.05, i % 5 == 0 ? 1 : 0});
    }
    double[] ab = ConfidenceModel.plattFit(rows);
    assertThat(platt(ab, 0.2)).isCloseTo(0.5, within(0.01));
    assertThat(platt(ab, 0.05)).isCloseTo(0.2, within(0.01));
  }

  /** A model already calibrated keeps its scale: slope 1, offset 0. */
  @Test
  void calibratedModelKeepsItsScale() {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(new double[] {0.5, i % 2 == 0 ? 1 : 0});
      rows.add(new double[] {0.2, i % 5 == 0 ? 1 : 0});
    }
    double[] ab = ConfidenceModel.plattFit(rows);
    assertThat(ab[0]).isCloseTo(1.0, within(0.01));
    assertThat(ab[1]).isCloseTo(0.0, within(0.01));
  }

  /** Rescaling folds the scale into the weights: same ranking, probabilities as the scale says. */
  @Test
  void rescaledModelGivesScaledProbabilitiesInTheSameOrder() {
    ConfidenceModel model = new ConfidenceModel(Map.of(ConfidenceModel.BIAS, -1.0, "a", 0.5, "b", -0.7));
    ConfidenceModel scaled = model.rescaled(2.0, 0.3);
    for (Set<String> features : List.of(Set.<String>of(), Set.of("a"), Set.of("b"), Set.of("a", "b"))) {
      double p = model.probability(features);
      assertThat(scaled.probability(features)).isCloseTo(platt(new double[] {2.0, 0.3}, p), within(1e-9));
    }
    assertThat(scaled.probability(Set.of("a"))).isGreaterThan(scaled.probability(Set.of()));
    assertThat(scaled.probability(Set.of())).isGreaterThan(scaled.probability(Set.of("b")));
  }

  private static double platt(double[] ab, double p) {
    return 1 / (1 + Math.exp(-(ab[0] * ConfidenceModel.logit(p) + ab[1])));
  }
}
