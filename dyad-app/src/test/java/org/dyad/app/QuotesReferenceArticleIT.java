package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.Sources;
import org.dyad.store.DocumentJson;
import org.junit.jupiter.api.Test;

/**
 * The quotes of the shared reference article pass the shared checker: five quotes with their
 * speakers, the scare quote unattributed ({@code check-example … --only quotes}).
 */
class QuotesReferenceArticleIT {

  @Test
  void referenceArticleQuotesPassTheSharedChecker() throws Exception {
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    assumeTrue(Files.isRegularFile(shared.resolve("examples/moscow-format.txt")),
        "the shared folder with the reference article is absent: " + shared.toAbsolutePath());
    DocumentRecord record = new Pipeline().process(
        Sources.read(shared.resolve("examples/moscow-format.txt").toString(), LocalDate.parse("2021-10-15")));
    Path output = Path.of("target", "reference-article-quotes.json");
    Files.createDirectories(output.getParent());
    Files.writeString(output, DocumentJson.toPrettyJson(record), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder("python3",
        shared.resolve("tools/check-example").toString(),
        shared.resolve("examples/moscow-format.expected.json").toString(),
        output.toString(), "--only", "quotes", "--verbose")
        .redirectErrorStream(true)
        .start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(report).isZero();
    assertThat(report).contains("6 passed, 0 failed");
  }
}
