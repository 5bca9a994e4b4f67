package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code dyad ingest} (Main in a child JVM, the real sources, NLP pipeline and store) on a
 * folder of short articles, killed with SIGKILL at random points, then rerun to completion. After
 * every kill the SQLite file passes its integrity check and every committed document is complete
 * ({@link IngestCrashIT#assertConsistent}); at the end the store holds exactly what an
 * uninterrupted run stores: the same counts, the same document records, and per document the same
 * reports, quotes and actors, and the same events.
 *
 * <p>Each child loads the NLP models (about 10 s on an idle 2-core machine, 20 s on a busy one):
 * 20 kills by default take about 5 minutes idle; {@code -Ddyad.crash.kills=N} sets another number.
 * {@link IngestCrashIT} kills the store writes of ingest 20 times on synthetic records in about 20 s.
 */
class IngestCommandCrashIT {

  private static final int KILLS = Integer.getInteger("dyad.crash.kills", 20);
  private static final int ARTICLES = 15;

  private static final String[][] STORIES = {
      {"Russia", "Afghanistan", "Sergei Lavrov", "foreign minister", "Moscow", "met a delegation from"},
      {"Pakistan", "India", "Shah Mahmood Qureshi", "foreign minister", "Islamabad", "accused"},
      {"China", "the United States", "Wang Yi", "foreign minister", "Beijing", "criticized"},
      {"Turkey", "Iran", "Mevlut Cavusoglu", "foreign minister", "Ankara", "signed a trade agreement with"},
      {"Germany", "Ukraine", "Heiko Maas", "foreign minister", "Berlin", "promised economic aid to"}};

  @TempDir Path folder;

  /** Short articles written here (not taken from any data set): a statement, a meeting, a quote. */
  private Path articles() throws Exception {
    Path dir = Files.createDirectories(folder.resolve("articles"));
    for (int i = 0; i < ARTICLES; i++) {
      String[] story = STORIES[i % STORIES.length];
      int day = 10 + i;
      String text = story[0] + " and " + story[1] + " hold talks, edition " + (i + 1) + "\n\n"
          + story[0] + " " + story[5] + " " + story[1] + " in " + story[4] + " on October " + day + ", officials said.\n\n"
          + story[2] + ", the " + story[3] + " of " + story[0] + ", said on Tuesday that the talks had been useful. "
          + "\"We will continue this dialogue,\" " + story[2] + " told reporters in " + story[4] + ".\n\n"
          + "The government of " + story[1] + " said it would send a delegation to " + story[4] + " next month. "
          + "Edition " + (i + 1) + " of this report counts " + (3 + i % 4) + " meetings so far.\n";
      Files.writeString(dir.resolve(String.format("article-%02d.txt", i + 1)), text);
    }
    return dir;
  }

  private Process ingest(Path articles, Path db, String log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1500m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", articles.toString(), "--db", db.toString(), "--threads", "1",
        "--progress", "none", "--published", "2021-10-20");
    builder.redirectErrorStream(true);
    builder.redirectOutput(folder.resolve(log).toFile());
    return builder.start();
  }

  @Test
  @Timeout(value = 40, unit = TimeUnit.MINUTES) // a guard; 20 kills take about 15 minutes on a busy 2-core machine
  void theIngestCommandSurvivesKillsAtRandomPointsAndEndsAsAnUninterruptedRun() throws Exception {
    Path articles = articles();
    Path fresh = folder.resolve("uninterrupted.db");
    Process reference = ingest(articles, fresh, "uninterrupted.log");
    assertThat(reference.waitFor(10, TimeUnit.MINUTES)).as("the uninterrupted run finishes").isTrue();
    assertThat(reference.exitValue()).as(Files.readString(folder.resolve("uninterrupted.log"))).isZero();
    StoreStats uninterrupted = IngestCrashIT.stats(fresh);
    assertThat(uninterrupted.documents()).isEqualTo(ARTICLES);
    assertThat(uninterrupted.events()).as("the articles give events").isPositive();

    Path db = folder.resolve("crash.db");
    try {
      killAndRerun(articles, db, fresh, uninterrupted);
    } finally {
      if (running != null) {
        running.destroyForcibly();
      }
    }
  }

  /** The child being killed, destroyed when the test ends early (a failure or the timeout). */
  private Process running;

  private void killAndRerun(Path articles, Path db, Path fresh, StoreStats uninterrupted) throws Exception {
    Random random = new Random(20261128);
    List<String> kills = new ArrayList<>();
    long started = System.nanoTime();
    while (kills.size() < KILLS) {
      long before = IngestCrashIT.committed(db);
      Process writer = ingest(articles, db, "killed.log");
      running = writer;
      // a random point: while starting (opening the store, loading the models) or a random moment
      // after the next one or two documents are committed
      int documents = random.nextInt(3);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      if (documents == 0) {
        Thread.sleep(500 + random.nextInt(15_000));
      } else {
        while (writer.isAlive() && IngestCrashIT.committed(db) < before + documents && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        Thread.sleep(random.nextInt(1_500));
      }
      if (!writer.isAlive()) {
        // finished before the kill: start over on a fresh file so every kill lands mid-run
        assertThat(writer.exitValue()).as(Files.readString(folder.resolve("killed.log"))).isZero();
        IngestCrashIT.assertConsistent(db);
        deleteStore(db);
        continue;
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long stored = IngestCrashIT.assertConsistent(db);
      kills.add(stored + (documents == 0 ? " (while starting)" : ""));
      System.err.printf("crash (real ingest): kill %d after %.0f s, %d documents stored, store consistent%n",
          kills.size(), (System.nanoTime() - started) / 1e9, stored);
    }
    Process last = ingest(articles, db, "final.log");
    running = last;
    assertThat(last.waitFor(10, TimeUnit.MINUTES)).as("the final run finishes").isTrue();
    assertThat(last.exitValue()).as(Files.readString(folder.resolve("final.log"))).isZero();
    IngestCrashIT.assertConsistent(db);

    StoreStats crashed = IngestCrashIT.stats(db);
    System.err.printf("crash (real ingest): %d kills survived in %.0f s; documents stored at each kill %s; final %s%n",
        kills.size(), (System.nanoTime() - started) / 1e9, kills, crashed);
    assertThat(crashed).isEqualTo(uninterrupted);
    assertThat(contents(db)).isEqualTo(contents(fresh));
  }

  private static void deleteStore(Path db) throws java.io.IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
  }

  /**
   * What a store holds, free of row ids and times: per document its record and the number of its
   * reports, quotes and actor links; per event its code, actors, day and report counts.
   */
  private static Map<String, String> contents(Path db) throws SQLException {
    Map<String, String> contents = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT d.id, d.record_json, "
          + "(SELECT COUNT(*) FROM event_mentions m WHERE m.document_id = d.id), "
          + "(SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id), "
          + "(SELECT COUNT(*) FROM document_actors a WHERE a.document_id = d.id) FROM documents d")) {
        while (rows.next()) {
          contents.put("document " + rows.getString(1), rows.getString(2) + " reports=" + rows.getInt(3) + " quotes="
              + rows.getInt(4) + " actors=" + rows.getInt(5));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT e.cameo, sa.actor_key, ta.actor_key, e.event_day, e.date_start, "
          + "e.date_end, e.mention_count, e.article_count, e.first_document_id, COUNT(*) FROM events e "
          + "LEFT JOIN actors sa ON sa.id = e.source_actor_id LEFT JOIN actors ta ON ta.id = e.target_actor_id "
          + "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9")) {
        while (rows.next()) {
          StringBuilder key = new StringBuilder("event");
          for (int column = 1; column <= 9; column++) {
            key.append(' ').append(rows.getString(column));
          }
          contents.put(key.toString(), "x" + rows.getInt(10));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT actor_key, document_count, mention_count, event_count FROM actors")) {
        while (rows.next()) {
          contents.put("actor " + rows.getString(1), rows.getInt(2) + " documents, " + rows.getInt(3) + " mentions, "
              + rows.getInt(4) + " events");
        }
      }
    }
    return contents;
  }
}
