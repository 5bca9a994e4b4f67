package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.DocumentRecord;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.Sources;
import org.dyad.store.DocumentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference article through the real pipeline, its times and amounts checked by ../shared/tools/check-example. */
class ReferenceTimesAndAmountsIT {

  @Test
  void referenceArticleTimesAndAmountsPassTheChecker(@TempDir Path temp) throws Exception {
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path input = shared.resolve("examples/moscow-format.txt");
    Path expected = shared.resolve("examples/moscow-format.expected.json");
    Path checker = shared.resolve("tools/check-example");
    assumeTrue(Files.isRegularFile(input) && Files.isRegularFile(checker),
        "skipped: the shared reference article is not at " + shared.toAbsolutePath());

    DocumentRecord record = new Pipeline().process(Sources.read(input.toString(), LocalDate.of(2021, 10, 15)));
    for (TimeExpression t : record.times()) {
      assertThat(record.document().text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
    Path output = temp.resolve("out.json");
    Files.writeString(output, DocumentJson.toLine(record), StandardCharsets.UTF_8);

    String report = runChecker(checker, expected, output);
    assertThat(report).as(report).contains(" 0 failed");
  }

  private static String runChecker(Path checker, Path expected, Path output) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("python3", checker.toString(), expected.toString(), output.toString(),
          "--only", "times,amounts").redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "skipped: python3 is needed to run " + checker);
      throw e;
    }
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return report;
  }
}
