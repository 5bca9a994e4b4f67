package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScoreTest {

  private static final String TEXT = "Tom said that it rains. \u201cSnow too,\u201d Ann added.";
  private static final String STANDOFF = String.join("\n",
      "T1\tSource 0 3\tTom",
      "T2\tCue 4 8\tsaid",
      "T3\tContent 9 22\tthat it rains",
      "T4\tAttribution 4 8\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tContent 24 35\t\u201cSnow too,\u201d",
      "T6\tSource 36 39\tAnn",
      "T7\tCue 40 45\tadded",
      "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
      "T9\tContent 0 3\tTom",
      "E3\tAttribution-no-source:T10 Content:T9",
      "");

  @Test
  void readsAttributionsThatNameASource() {
    List<QuoteGold.Attribution> gold = QuoteGold.parse(TEXT, STANDOFF, Path.of("x.ann"));
    assertThat(gold).hasSize(2);
    assertThat(gold.get(1).source().overlaps(36, 39)).isTrue();
    assertThat(gold.get(1).content().overlaps(25, 30)).isTrue();
  }

  @Test
  void convertsCodePointOffsetsToJavaOffsets() {
    String text = "\uD83D\uDE00 Ann said hi.";
    List<QuoteGold.Attribution> gold = QuoteGold.parse(text,
        "T1\tSource 2 5\tAnn\nT2\tContent 11 13\thi\nE1\tAttribution:T3 Content:T2 Source:T1\n", Path.of("x.ann"));
    assertThat(gold.get(0).source().fragments().get(0)).containsExactly(3, 6);
  }

  @Test
  void refusesSpansOutsideTheText() {
    assertThatThrownBy(() -> QuoteGold.parse("short", "T1\tSource 2 50\tx\n", Path.of("bad.ann")))
        .hasMessageContaining("bad.ann");
  }

  @Test
  void countsAQuoteCorrectOnlyWhenItsSpeakerMatchesTheSource() {
    List<QuoteGold.Attribution> gold = QuoteGold.parse(TEXT, STANDOFF, Path.of("x.ann"));
    QuoteScore score = QuoteScore.of(gold, List.of(
        new QuoteScore.SystemQuote(14, 22, List.of(new int[] {0, 3})),
        new QuoteScore.SystemQuote(25, 34, List.of(new int[] {0, 3})),
        new QuoteScore.SystemQuote(25, 34, List.of())));
    assertThat(score.systemQuotes()).isEqualTo(3);
    assertThat(score.correctQuotes()).isEqualTo(1);
    assertThat(score.recalledAttributions()).isEqualTo(1);
    assertThat(score.summary()).isEqualTo("F1 0.400 P 0.333 R 0.500 n=2");
  }
}
