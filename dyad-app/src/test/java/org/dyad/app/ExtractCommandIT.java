package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
  void aFeedServedOverHttpIsExtractedPageByPageWithAllowPrivate() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, String> pages = Map.of(
        "/feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + base
            + "/</link><description>d</description>"
            + "<item><title>Paris</title><link>" + base + "/paris</link>"
            + "<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>"
            + "<item><title>Geneva</title><link>" + base + "/geneva</link></item>"
            + "<item><title>Report</title><link>" + base + "/report.pdf</link></item></channel></rss>",
        "/paris", "<html><head><title>Ministers meet in Paris</title></head><body><article><p>The French foreign"
            + " minister met his German counterpart in Paris on Monday.</p></article></body></html>",
        "/geneva", "<html><head><title>Talks in Geneva</title></head><body><article><p>Negotiators resumed"
            + " talks in Geneva on Tuesday.</p></article></body></html>");
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      byte[] body = pages.getOrDefault(path, "%PDF-1.7").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", path.equals("/feed") ? "application/rss+xml"
          : path.endsWith(".pdf") ? "application/pdf" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (exchange; OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      Run run = run("extract", base + "/feed", "--allow-private", "--format", "json");

      assertThat(run.exit()).isEqualTo(Main.EXIT_PARTIAL);
      assertThat(run.lines()).hasSize(2);
      ObjectMapper json = new ObjectMapper();
      JsonNode paris = json.readTree(run.lines().get(0)).path("document");
      assertThat(paris.path("url").asText()).isEqualTo(base + "/paris");
      assertThat(paris.path("published").asText()).isEqualTo("2024-03-04");
      assertThat(paris.path("text").asText()).contains("met his German counterpart in Paris");
      assertThat(json.readTree(run.lines().get(1)).path("document").path("text").asText()).contains("Geneva");
      assertThat(run.err()).contains("report.pdf").contains("application/pdf");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aPrivateUrlIsRefusedUnlessAllowed() {
    Run run = run("extract", "http://127.0.0.1:9/page", "--format", "json");

    assertThat(run.exit()).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(run.err()).contains("refused").contains("--allow-private");
  }

  @Test
  void anActorsDictionaryAddsActorsTheBuiltInKnowledgeLacks() throws IOException {
    write("actors.txt", "ARNOR [ARN]\nKING_ARAGORN [ARNGOV]\n");
    write("story.txt", "Arnor praised Gondor after King Aragorn visited the border.\n");
    Run run = run("extract", folder.resolve("story.txt").toString(), "--format", "json",
        "--actors-dictionary", folder.resolve("actors.txt").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode record = new ObjectMapper().readTree(run.out());
    assertThat(record.get("actors").findValuesAsText("code")).contains("ARN");
  }

  @Test
  void aMissingActorsDictionaryIsAOneLineErrorWithExitThree() throws IOException {
    write("story.txt", "Arnor praised Gondor.\n");
    Run run = run("extract", folder.resolve("story.txt").toString(), "--actors-dictionary", folder.resolve("nope.txt").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("actors dictionary").doesNotContain("at org.");
  }
}
