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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Locks in the event-coding scores reached on the public gold sets (thresholds slightly below measured). */
class EvalEventsIT {

  private static final Pattern LINE = Pattern.compile(
      "events (\\S+) F1 (\\d\\.\\d{3}) P (\\d\\.\\d{3}) R (\\d\\.\\d{3}) n=(\\d+)");

  @ParameterizedTest(name = "{0}: F1 >= {1}")
  @CsvSource({"plover-gsr, 0.70, 300", "petrarch2-gsr, 0.70, 70", "universalpetrarch-es, 0.16, 300",
      "universalpetrarch-es-fight, 0.26, 200"})
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
