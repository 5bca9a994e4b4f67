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
  void peakResidentSetSizeIsReadFromProc() {
    assertThat(BenchCommand.residentPeak()).matches("\\d+ MB|unknown");
  }
}
