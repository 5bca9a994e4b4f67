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

/** The shared checker's events section (events, forbiddenEvents, maxEvents) on the reference article. */
class EventsReferenceArticleIT {

  @Test
  void referenceArticleEventsPassTheSharedChecker() throws Exception {
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    assumeTrue(Files.isRegularFile(shared.resolve("examples/moscow-format.txt"))
            && Files.isRegularFile(shared.resolve("tools/check-example")),
        "the shared folder with the reference article is absent: " + shared.toAbsolutePath());
    DocumentRecord record = new Pipeline().process(
        Sources.read(shared.resolve("examples/moscow-format.txt").toString(), LocalDate.parse("2021-10-15")));
    Path output = Path.of("target", "reference-article-events.json");
    Files.createDirectories(output.getParent());
    Files.writeString(output, DocumentJson.toPrettyJson(record), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder("python3", shared.resolve("tools/check-example").toString(),
        shared.resolve("examples/moscow-format.expected.json").toString(), output.toString(), "--only", "events")
        .redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(report).contains(" 0 failed");
    assertThat(exit).as(report).isZero();
    assertThat(record.events()).allSatisfy(event -> {
      assertThat(event.source() != null || event.target() != null).isTrue();
      assertThat(event.rule()).isNotBlank();
      assertThat(record.document().text().substring(event.evidence().start(), event.evidence().end()))
          .isEqualTo(event.evidence().text());
    });
  }
}
