package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Locks in the event-coding scores reached on the public gold sets (thresholds slightly below measured). */
class EvalEventsIT {

  private static final Pattern LINE = Pattern.compile(
      "events (\\S+) F1 (\\d\\.\\d{3}) P (\\d\\.\\d{3}) R (\\d\\.\\d{3}) n=(\\d+)");

  /**
   * Whole articles (Dyad's own blind gold, 65 articles): every event coded at the default minimum
   * confidence is scored. Locks precision, the ECE of the reliability table and how quiet the coder
   * stays on ordinary news (sport, entertainment, business, technology: at most 1 event per 10
   * articles), slightly below measured.
   */
  @Test
  void articleScoresStay() throws Exception {
    String output = run("--dataset", "articles", "--by", "field", "--calibration");
    Matcher score = Pattern.compile("(?m)^" + LINE.pattern() + "$").matcher(output);
    assertThat(score.find()).as(output).isTrue();
    assertThat(score.group(1)).isEqualTo("articles");
    assertThat(Double.parseDouble(score.group(2))).as(score.group()).isGreaterThanOrEqualTo(0.215);
    assertThat(Double.parseDouble(score.group(3))).as(score.group()).isGreaterThanOrEqualTo(0.57);
    assertThat(Integer.parseInt(score.group(5))).isEqualTo(65);
    Matcher ece = Pattern.compile("(?m)^calibration articles ECE (\\d\\.\\d{3}) n=(\\d+)$").matcher(output);
    assertThat(ece.find()).as(output).isTrue();
    assertThat(Double.parseDouble(ece.group(1))).as(ece.group()).isLessThanOrEqualTo(0.08);
    Matcher ordinary = Pattern.compile("(?m)^ordinary articles: (\\d+) events in (\\d+) articles").matcher(output);
    assertThat(ordinary.find()).as(output).isTrue();
    assertThat(Integer.parseInt(ordinary.group(1))).as(ordinary.group()).isLessThanOrEqualTo(2); // at most 1 per 10
    assertThat(Integer.parseInt(ordinary.group(2))).isEqualTo(24);
    assertThat(output).contains("fully right (real, root, source, target, stance)", "has a location", "at least    events precision");
  }

  /** The second annotator's blind re-annotation of 10 articles agrees with the gold as measured (F1 0.637). */
  @Test
  void annotatorsAgreeAsMeasured() throws Exception {
    String output = run("--dataset", "articles", "--agreement");
    Matcher agreement = Pattern.compile("(?m)^agreement articles F1 (\\d\\.\\d{3}) n=(\\d+)$").matcher(output);
    assertThat(agreement.find()).as(output).isTrue();
    assertThat(Double.parseDouble(agreement.group(1))).isGreaterThanOrEqualTo(0.60);
    assertThat(agreement.group(2)).isEqualTo("10");
  }

  /** Dyad's 20 Spanish articles, scored as the English ones. */
  @Test
  void spanishArticleScoresStay() throws Exception {
    String output = run("--dataset", "articles-es", "--by", "field");
    String[] lines = output.strip().split("\n");
    Matcher last = LINE.matcher(lines[lines.length - 1]);
    assertThat(last.matches()).as("last line: " + lines[lines.length - 1]).isTrue();
    assertThat(Double.parseDouble(last.group(2))).as(last.group()).isGreaterThanOrEqualTo(0.33);
    assertThat(last.group(5)).isEqualTo("20");
  }

  private static String run(String... args) throws Exception {
    Path data = Path.of(System.getProperty("dyad.shared", "../shared")).resolve("data");
    assumeTrue(Files.isDirectory(data.resolve("corpus")), "the shared corpora are absent: " + data.toAbsolutePath());
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new EvalEventsCommand()).execute(all);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    return output;
  }

  @ParameterizedTest(name = "{0}: F1 >= {1}")
  @CsvSource({"plover-gsr, 0.70, 300", "petrarch2-gsr, 0.70, 70", "universalpetrarch-es, 0.21, 300",
      "universalpetrarch-es-fight, 0.31, 200"})
  void scoresAtLeastWhatWasReached(String dataset, double minimumF1, int minimumRecords) throws Exception {
    Path data = Path.of(System.getProperty("dyad.shared", "../shared")).resolve("data");
    assumeTrue(Files.isDirectory(data.resolve("events")), "the shared event gold sets are absent: " + data.toAbsolutePath());
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new EvalEventsCommand()).execute("--dataset", dataset, "--data", data.toString());
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    String[] lines = output.strip().split("\n");
    Matcher last = LINE.matcher(lines[lines.length - 1]);
    assertThat(last.matches()).as("last line: " + lines[lines.length - 1]).isTrue();
    assertThat(last.group(1)).isEqualTo(dataset);
    assertThat(Double.parseDouble(last.group(2))).as(lines[lines.length - 1]).isGreaterThanOrEqualTo(minimumF1);
    assertThat(Integer.parseInt(last.group(5))).isGreaterThanOrEqualTo(minimumRecords);
    assertThat(output).contains("gold\\coded");
  }
}
