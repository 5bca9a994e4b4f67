package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

  @Test
  void identicalTextsScorePerfectly() {
    PageScore score = ShingleScorer.score("one two three four five", "one, two: three four five!");
    assertThat(score).isEqualTo(new PageScore(2, 0, 0));
    assertThat(score.precision().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void extraPredictedTextCostsPrecisionOnly() {
    PageScore score = ShingleScorer.score("a b c d e", "x a b c d e");
    // gold shingles: abcd, bcde; predicted: xabc, abcd, bcde
    assertThat(score).isEqualTo(new PageScore(2, 1, 0));
    assertThat(score.precision().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.recall().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void shinglesCountWithMultiplicity() {
    PageScore score = ShingleScorer.score("a b c d a b c d", "a b c d");
    // gold: abcd x2, bcda, cdab, dabc; predicted: abcd x1
    assertThat(score).isEqualTo(new PageScore(1, 0, 4));
  }

  @Test
  void textsShorterThanFourTokensAreOneShingle() {
    assertThat(ShingleScorer.score("Hello world", "Hello world")).isEqualTo(new PageScore(1, 0, 0));
    assertThat(ShingleScorer.score("Hello world", "Hello")).isEqualTo(new PageScore(0, 1, 1));
  }

  @Test
  void caseIsKeptAndUnicodeWordsCount() {
    assertThat(ShingleScorer.score("a b c d", "A b c d")).isEqualTo(new PageScore(0, 1, 1));
    assertThat(ShingleScorer.tokens("엔터 미디어 café_2")).containsExactly("엔터", "미디어", "café_2");
  }

  @Test
  void emptyPredictionHasNoPrecisionAndZeroRecall() {
    PageScore score = ShingleScorer.score("a b c d", "");
    assertThat(score.precision()).isEmpty();
    assertThat(score.recall().getAsDouble()).isZero();
  }

  @Test
  void macroAveragesSkipPagesWithoutPredictionForPrecision() {
    TextScores scores = TextScores.of(List.of(new PageScore(1, 1, 0), new PageScore(0, 0, 4)));
    assertThat(scores.precision()).isEqualTo(0.5);
    assertThat(scores.recall()).isEqualTo(0.5);
    assertThat(scores.f1()).isEqualTo(0.5);
    assertThat(scores.pages()).isEqualTo(2);
  }
}
