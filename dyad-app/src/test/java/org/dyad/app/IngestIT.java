package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Store;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest end to end on a handful of BBC articles: a second run adds nothing, and a run killed with
 * SIGKILL and then repeated ends with exactly the counts of an uninterrupted run.
 */
class IngestIT {

  private static final List<String> ARTICLES = List.of(
      "politics/001.txt", "politics/002.txt", "politics/003.txt", "business/001.txt", "tech/001.txt", "sport/001.txt");

  @TempDir static Path folder;
  static Path corpus;

  @BeforeAll
  static void copyArticles() throws IOException {
    Path bbc = Path.of(System.getProperty("dyad.shared", "../shared"), "data", "corpus", "bbc");
    assumeTrue(Files.isDirectory(bbc), "the shared BBC corpus is absent: " + bbc.toAbsolutePath());
    corpus = folder.resolve("corpus");
    Files.createDirectories(corpus);
    for (String article : ARTICLES) {
      Files.copy(bbc.resolve(article), corpus.resolve(article.replace('/', '-')));
    }
  }

  private static int ingest(Path database) {
    return Main.commandLine().execute("ingest", corpus.toString(), "--db", database.toString(), "--threads", "1", "--progress", "none");
  }

  private static StoreStats stats(Path database) {
    try (Store store = Store.open(database)) {
      return store.stats();
    }
  }

  @Test
  void aSecondRunAddsNothingAndAKilledRunResumesToTheSameCounts() throws Exception {
    Path reference = folder.resolve("reference.db");
    assertThat(ingest(reference)).isEqualTo(Main.EXIT_OK);
    StoreStats once = stats(reference);
    assertThat(once.documents()).isEqualTo(ARTICLES.size());
    assertThat(once.failures()).isZero();

    assertThat(ingest(reference)).isEqualTo(Main.EXIT_OK);
    assertThat(stats(reference)).isEqualTo(once);

    Path killed = folder.resolve("killed.db");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", corpus.toString(), "--db", killed.toString(), "--threads", "1", "--progress", "none")
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("killed-run.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    long stored = 0;
    while (process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      if (Files.exists(killed)) {
        stored = storedDocuments(killed);
        if (stored >= 2) {
          break;
        }
      }
    }
    assertThat(process.isAlive()).as("the ingest process is still running when killed; log: %s",
        Files.exists(folder.resolve("killed-run.log")) ? Files.readString(folder.resolve("killed-run.log")) : "").isTrue();
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    StoreStats partial = stats(killed);
    assertThat(partial.documents()).isBetween(2L, (long) ARTICLES.size() - 1);

    assertThat(ingest(killed)).isEqualTo(Main.EXIT_OK);
    assertThat(stats(killed)).isEqualTo(once);
  }

  /** Reads the count without migrating or locking: the file may be mid-write. */
  private static long storedDocuments(Path database) {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database + "?open_mode=1");
        var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0;
    }
  }
}
