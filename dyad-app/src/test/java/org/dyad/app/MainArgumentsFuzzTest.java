package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;

/**
 * Random command lines: {@code Main.commandLine().execute(...)} never throws and exits with 0, 1,
 * 2 or 3, one-line messages, no stack traces. Commands that would block (serve, follow, ingest --watch) or
 * run the NLP models (demo, extract of an existing file) are left out: inputs never exist.
 */
class MainArgumentsFuzzTest {

  private static Path folder;
  private static InputStream originalIn;
  private static PrintStream originalOut;
  private static PrintStream originalErr;

  @BeforeContainer
  static void redirect() throws IOException {
    folder = Files.createTempDirectory("dyad-cli-fuzz");
    originalIn = System.in;
    originalOut = System.out;
    originalErr = System.err;
  }

  @AfterContainer
  static void restore() throws IOException {
    System.setIn(originalIn);
    System.setOut(originalOut);
    System.setErr(originalErr);
    try (var paths = Files.walk(folder)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private static final List<String> COMMANDS = List.of(
      "ingest", "query", "export", "extract", "eval", "help", "query events", "query event", "query actors",
      "query quotes", "query dyad", "eval extraction", "watch", "watch add", "watch list", "watch remove", "watch alerts", "");

  private static final List<String> WORDS = List.of(
      "--help", "-h", "--version", "-V", "--format", "json", "jsonl", "csv", "table", "text", "gdelt", "parquet",
      "xml", "--pretty", "--limit", "--offset", "0", "-1", "2147483648", "99999999999999999999", "1e3", "--actor",
      "RUS", "Putin", "%", "_", "'; DROP TABLE events; --", "--country", "--cameo", "04", "--plover", "CONSULT",
      "--quad", "5", "--from", "--to", "2024-02-30", "2024-01-01", "0000-00-00", "--text", "\"", "(", "*", "NEAR",
      "--document", "--by", "week", "fortnight", "--directed", "--threads", "--published", "--allow-private",
      "--progress", "bar", "lines", "none", "weird", "--dataset", "nothing", "--field", "--raw", "--verbose",
      "--data", "--out", "--name", "--kind", "--", "-", "=", "--limit=", "--format=", "--unknown", "-x", "",
      " ", "\u0000", "\u202E", "ünïcödé", "http://127.0.0.1:1/feed", "file:///etc/passwd", "no-such-file.txt",
      "missing/folder", "1", "2", "--pair", "UKR", "--rule", "shift", "any", "--window", "--threshold", "--min-count",
      "--place", "--watch", "3.5", "NaN");

  @Property(tries = 120, shrinking = ShrinkingMode.BOUNDED)
  void randomCommandLinesExitWithADocumentedCodeAndNoStackTrace(@ForAll("commandLines") List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    System.setIn(new ByteArrayInputStream(new byte[0]));
    System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    int code;
    try {
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      code = cli.execute(args.toArray(String[]::new));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    String errors = err + systemErr.toString(StandardCharsets.UTF_8);
    assertThat(code).as("exit code of %s; stderr: %s", args, errors).isIn(0, 1, 2, 3);
    assertThat(errors).as("stderr of %s", args).doesNotContain("\tat ").doesNotContain("internal error");
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().all().ofMaxLength(12));
    return Combinators.combine(Arbitraries.of(COMMANDS), word.list().ofMaxSize(8), Arbitraries.of(true, false))
        .as((command, words, withDatabase) -> {
          List<String> args = new ArrayList<>();
          for (String part : command.split(" ")) {
            if (!part.isEmpty()) {
              args.add(part);
            }
          }
          args.addAll(words);
          if (withDatabase || args.contains("ingest") || args.contains("watch")) {
            args.add("--db");
            args.add(folder.resolve("fuzz.db").toString());
          }
          if (args.contains("--out")) {
            args.add("--out");
            args.add(folder.resolve("export.out").toString());
          }
          return args;
        });
  }
}
