package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.Sources;
import org.dyad.store.DocumentJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the whole pipeline on the shared reference article and checks the output with the shared
 * checker ({@code ../shared/tools/check-example}), one section at a time, as a user would.
 */
class ReferenceArticleIT {

  private static Path shared;
  private static Path output;

  @BeforeAll
  static void extractReferenceArticle() throws Exception {
    shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    assumeTrue(Files.isRegularFile(shared.resolve("examples/moscow-format.txt")),
        "the shared folder with the reference article is absent: " + shared.toAbsolutePath());
    DocumentRecord record = new Pipeline().process(
        Sources.read(shared.resolve("examples/moscow-format.txt").toString(), LocalDate.parse("2021-10-15")));
    output = Path.of("target", "reference-article.json");
    Files.createDirectories(output.getParent());
    Files.writeString(output, DocumentJson.toPrettyJson(record), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "check-example --only {0}")
  @ValueSource(strings = {"text", "actors", "events", "quotes", "times", "amounts"})
  void referenceArticlePassesTheSharedChecker(String section) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("python3",
        shared.resolve("tools/check-example").toString(),
        shared.resolve("examples/moscow-format.expected.json").toString(),
        output.toString(), "--only", section)
        .redirectErrorStream(true)
        .start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(report).as("checker report for %s", section).contains(" 0 failed");
    assertThat(exit).as(report).isZero();
  }
}
