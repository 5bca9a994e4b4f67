package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** TimeNormalizer through the real annotator on a few TempEval-3 platinum documents. */
class TimeEvaluationIT {

  @Test
  void normalisesMostDatesOfTempEvalDocuments() throws Exception {
    Path folder = Path.of(System.getProperty("dyad.shared", "../shared"), "data/dates/tempeval3/platinum");
    assumeTrue(Files.isDirectory(folder), "skipped: TempEval-3 platinum is not at " + folder.toAbsolutePath());
    List<Path> files = TimeEvaluation.files(folder);
    List<Path> sample = files.subList(0, Math.min(6, files.size()));
    List<String> detail = new ArrayList<>();
    TimeEvaluation.Result result = new TimeEvaluation(Annotator.shared()).evaluate(sample, detail::add);
    assertThat(result.documents()).isEqualTo(sample.size());
    // durations and sets are not dates, so recall stays below one; what is found must be right
    assertThat(result.value().precision()).as(String.join("\n", detail)).isGreaterThan(0.8);
    assertThat(result.value().f1()).as(String.join("\n", detail)).isGreaterThan(0.5);
    assertThat(result.recallByType().get("DATE")[0]).isGreaterThan(result.recallByType().get("DATE")[1] / 2);
  }
}
