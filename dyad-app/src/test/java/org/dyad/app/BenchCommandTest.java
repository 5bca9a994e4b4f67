package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @TempDir Path temp;

  @Test
  void readsCorpusFoldersRecursivelyInPathOrderAndSkipsTheirDescriptions() throws IOException {
    Files.createDirectories(temp.resolve("sport"));
    Files.createDirectories(temp.resolve("business"));
    Files.writeString(temp.resolve("sport/002.txt"), "b");
    Files.writeString(temp.resolve("business/001.txt"), "a");
    Files.writeString(temp.resolve("README.TXT"), "about");
    Files.writeString(temp.resolve("SOURCE.txt"), "origin");
    Files.writeString(temp.resolve(".hidden"), "x");

    assertThat(BenchCommand.corpusFiles(temp))
        .containsExactly(temp.resolve("business/001.txt"), temp.resolve("sport/002.txt"));
  }

  @Test
  void countsWordsNumbersAndPunctuationAsTokens() {
    assertThat(BenchCommand.countTokens("Profits jumped 76% to $1.13bn.")).isEqualTo(9);
    assertThat(BenchCommand.countTokens("")).isZero();
  }

  @Test
  void missingCorpusIsAnUnreadableInputError() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err))
        .execute("bench", "--corpus", temp.resolve("nowhere").toString());
    assertThat(code).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(err.toString()).contains("no such corpus folder").doesNotContain("Exception");
  }

  @Test
  void limitBelowOneIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("bench", "--limit", "0");
    assertThat(code).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void badBaselineHeapIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("bench", "--baseline-heap", "lots");
    assertThat(code).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("--baseline-heap");
  }

  @Test
  void baselineRunsInAChildJvmOfTheSameJavaAndClassPathWithItsOwnHeap() {
    BenchCommand bench = new BenchCommand();
    bench.baselineHeap = "2500m";
    bench.baselineThreads = 1;
    assertThat(bench.baselineCommand(temp, 2, 60))
        .contains("-Xmx2500m", "-cp", System.getProperty("java.class.path"), BaselineChild.class.getName(),
            temp.toString())
        .endsWith("2", "60", "1");
  }

  @Test
  void processCpuTimeCountsEveryThreadOfTheProcess() throws InterruptedException {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Thread worker = new Thread(() -> {
      // busy until this thread itself has used 100 ms of CPU, however loaded the machine is
      double x = 0;
      while (threads.getCurrentThreadCpuTime() < 100_000_000L) {
        x += Math.sqrt(x + 1);
      }
      assertThat(x).isPositive();
    });
    BenchCommand.Timing timing = BenchCommand.timeParallel(1, 1, index -> {
      worker.start();
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    // the task's own thread only waited: the CPU time is the other thread's, as with the pipeline's
    assertThat(timing.cpuSeconds()).isGreaterThanOrEqualTo(0.09);
  }

  @Test
  void peakResidentSetSizeIsReadFromProc() {
    assertThat(BenchCommand.residentPeak()).matches("\\d+ MB|unknown");
  }
}
