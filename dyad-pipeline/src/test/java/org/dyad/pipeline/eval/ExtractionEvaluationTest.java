package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {

  @Test
  void titlesMatchAfterWhitespaceNormalisationOnly() {
    assertThat(ExtractionEvaluation.compareTitles("p", " Pier  opening\ndelayed ", "Pier opening delayed").correct()).isTrue();
    assertThat(ExtractionEvaluation.compareTitles("p", "Pier opening delayed", "Pier Opening Delayed").correct()).isFalse();
    assertThat(ExtractionEvaluation.compareTitles("p", "Pier opening delayed", null).correct()).isFalse();
  }

  @Test
  void datesMatchOnTheCalendarDay() {
    assertThat(ExtractionEvaluation.compareDates("p", "2023-12-17", "2023-12-17T23:59:00Z").correct()).isTrue();
    assertThat(ExtractionEvaluation.compareDates("p", "2023-12-17", "2023-12-18").correct()).isFalse();
    assertThat(ExtractionEvaluation.compareDates("p", "2023-12-17", null).correct()).isFalse();
    assertThat(ExtractionEvaluation.goldDate("NaT")).isNull();
  }

  @Test
  void authorsMatchAsASetOfNames() {
    assertThat(ExtractionEvaluation.compareAuthors("p", "Jane Roe, John Doe", List.of("John Doe", "jane roe")).correct()).isTrue();
    assertThat(ExtractionEvaluation.compareAuthors("p", "", List.of()).correct()).isTrue();
    assertThat(ExtractionEvaluation.compareAuthors("p", "Jane Roe", List.of("Jane Roe", "John Doe")).correct()).isFalse();
  }

  @Test
  void summaryLinesHaveTheDocumentedShape() {
    var text = new ExtractionEvaluation.TextReport("zyte", List.of(), new TextScores(0.9, 0.8, 181));
    assertThat(text.summaryLine()).isEqualTo("extraction zyte F1 0.847 P 0.900 R 0.800 n=181");
    var field = new ExtractionEvaluation.FieldReport("naeb-title", List.of(
        new ExtractionEvaluation.FieldResult("a", "x", "x", true), new ExtractionEvaluation.FieldResult("b", "x", "y", false)));
    assertThat(field.summaryLine()).isEqualTo("extraction naeb-title acc 0.500 n=2");
  }

  @Test
  void unknownDatasetsAndMissingDataAreClearErrors() {
    ExtractionEvaluation evaluation = new ExtractionEvaluation(Path.of("/nonexistent-data"));
    assertThatThrownBy(() -> evaluation.text("imdb")).hasMessageContaining("unknown dataset imdb");
    assertThatThrownBy(() -> evaluation.naebField("body")).hasMessageContaining("unknown field body");
    assertThatThrownBy(() -> evaluation.text("zyte")).hasMessageContaining("ground-truth.json");
  }
}
