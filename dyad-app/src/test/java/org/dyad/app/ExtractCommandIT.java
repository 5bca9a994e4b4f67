package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code dyad extract} in-process on folders (loads the CoreNLP models once). */
class ExtractCommandIT {

  @TempDir Path folder;

  private record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }
  }

  private static Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      CommandLine cli = Main.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new Run(exit, captured.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(original);
    }
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void severalDocumentsPrintJsonLinesAndABadOneIsReportedWithExitOne() throws IOException {
    write("1.txt", "The foreign minister met his counterpart in Paris on Monday.\n");
    write("2.html", "<html><head><title>Talks</title></head><body><p>Negotiators resumed talks in Geneva.</p></body></html>");
    Files.write(folder.resolve("3.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});

    Run run = run("extract", folder.toString(), "--format", "json", "--published", "2024-03-04");

    assertThat(run.exit()).isEqualTo(Main.EXIT_PARTIAL);
    assertThat(run.lines()).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    for (String line : run.lines()) {
      JsonNode record = json.readTree(line);
      assertThat(record.path("document").path("published").asText()).isEqualTo("2024-03-04");
    }
    assertThat(run.err().strip().split("\n")).singleElement()
        .satisfies(line -> assertThat(line).startsWith("dyad: ").contains("3.txt.gz").contains("truncated gzip"));
  }

  @Test
  void oneDocumentPrintsOneRecordPrettyWhenAsked() throws IOException {
    write("only.txt", "The president visited the flooded region on Tuesday.\n");

    Run run = run("extract", folder.resolve("only.txt").toString(), "--format", "json", "--pretty");

    assertThat(run.exit()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out()).startsWith("{\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void nothingReadableExitsThreeWithOneLinePerProblem() throws IOException {
    Files.write(folder.resolve("a.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    write("b.json", "{\"not\": \"a feed\"}");

    Run run = run("extract", folder.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().split("\n")).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("dyad: "));
  }

  @Test
  void aPrivateUrlIsRefusedUnlessAllowed() {
    Run run = run("extract", "http://127.0.0.1:9/page", "--format", "json");

    assertThat(run.exit()).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(run.err()).contains("refused").contains("--allow-private");
  }
}
