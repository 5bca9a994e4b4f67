package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.extract.PlainTextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Locks in the extraction scores measured on the public gold sets (thresholds slightly below the
 * measured values) and asserts issue #5's targets (zyte F1 0.97, naeb F1 0.93, naeb title 0.85,
 * naeb date 0.90). Skips when ../shared/data is absent.
 */
class ExtractionBenchmarkIT {

  // targets of issue #5
  private static final double ZYTE_TARGET = 0.97;
  private static final double NAEB_TARGET = 0.93;
  private static final double TITLE_TARGET = 0.85;
  private static final double DATE_TARGET = 0.90;

  private static Path shared;
  private static ExtractionEvaluation evaluation;

  @BeforeAll
  static void locateData() {
    shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path data = shared.resolve("data");
    assumeTrue(Files.isDirectory(data.resolve("extraction")),
        "skipped: no gold data at " + data.toAbsolutePath() + " (set -Ddyad.shared)");
    evaluation = new ExtractionEvaluation(data);
  }

  @Test
  void rawZytePlainTextScoresAsPublished() throws IOException {
    assertThat(evaluation.zytePlainRaw().scores().f1()).isBetween(0.66, 0.67);
  }

  @Test
  void plainTextCleanerScoresOnZytePlain() throws IOException {
    TextScores scores = evaluation.text("zyte-plain").scores();
    assertThat(scores.pages()).isEqualTo(181);
    assertThat(scores.f1()).isGreaterThanOrEqualTo(0.911); // measured 0.914
  }

  @Test
  void htmlExtractorScoresOnZyte() throws IOException {
    TextScores scores = evaluation.text("zyte").scores();
    assertThat(scores.pages()).isEqualTo(181);
    assertThat(scores.f1()).isGreaterThanOrEqualTo(ZYTE_TARGET).isGreaterThanOrEqualTo(0.973); // measured 0.975
  }

  @Test
  void htmlExtractorScoresOnNaeb() throws IOException {
    TextScores scores = evaluation.text("naeb").scores();
    assertThat(scores.pages()).isEqualTo(421);
    assertThat(scores.f1()).isGreaterThanOrEqualTo(NAEB_TARGET).isGreaterThanOrEqualTo(0.931); // measured 0.933
  }

  @Test
  void naebMetadataAccuracy() throws IOException {
    assertThat(evaluation.naebField("title").accuracy()).isGreaterThanOrEqualTo(TITLE_TARGET)
        .isGreaterThanOrEqualTo(0.885); // measured 0.891
    ExtractionEvaluation.FieldReport date = evaluation.naebField("date");
    assertThat(date.pages()).hasSize(419);
    assertThat(date.accuracy()).isGreaterThanOrEqualTo(DATE_TARGET).isGreaterThanOrEqualTo(0.907); // measured 0.914
    assertThat(evaluation.naebField("authors").accuracy()).isGreaterThanOrEqualTo(0.752); // measured 0.758
  }

  @Test
  void referenceArticleTextMeetsItsExpectations() throws IOException {
    Path input = shared.resolve("examples/moscow-format.txt");
    Path expected = shared.resolve("examples/moscow-format.expected.json");
    assumeTrue(Files.exists(input) && Files.exists(expected), "skipped: reference example absent");
    Article article = new PlainTextCleaner().clean(Files.readString(input), input.toString());
    JsonNode text = new ObjectMapper().readTree(expected.toFile()).path("text");
    for (JsonNode phrase : text.path("mustNotContain")) {
      assertThat(article.text()).doesNotContain(phrase.asText());
    }
    for (JsonNode phrase : text.path("mustContain")) {
      assertThat(article.text()).contains(phrase.asText());
    }
  }
}
