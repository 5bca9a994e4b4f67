package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceTest {

  @Test
  void aMissingTargetOrSourceLowersThePairsConfidence() {
    assertThat(Confidence.of(Confidence.VERB_ENTRY, 0, false, false)).isEqualTo(0.85);
    assertThat(Confidence.of(Confidence.VERB_ENTRY, 0, true, false)).isCloseTo(0.70, within(1e-9));
    assertThat(Confidence.of(Confidence.VERB_ENTRY, 0, false, true)).isCloseTo(0.65, within(1e-9));
  }

  @Test
  void aGuessedTargetCostsItsShift() {
    assertThat(Confidence.rounded(Confidence.of(Confidence.NOUN_ENTRY, Confidence.DOMESTIC_TARGET, false, false))).isEqualTo(0.55);
  }

  @Test
  void confidenceStaysWithinItsBounds() {
    assertThat(Confidence.of(0.1, Confidence.DEEP_TARGET, true, true)).isEqualTo(Confidence.FLOOR);
    assertThat(Confidence.of(1.5, 0, false, false)).isEqualTo(Confidence.CEILING);
  }

  @Test
  void theRejectionANegatedEventStatesIsLessSureThanTheEvent() {
    assertThat(Confidence.rejection(0.85)).isCloseTo(0.70, within(1e-9));
    assertThat(Confidence.rejection(0.1)).isEqualTo(Confidence.FLOOR);
  }

  @Test
  void theOutputKeepsTwoDecimals() {
    assertThat(Confidence.rounded(0.85 - 0.05 - 0.25)).isEqualTo(0.55);
  }
}
