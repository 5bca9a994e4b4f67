package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dyad.model.DocumentRecord;
import org.dyad.store.DocumentJson;
import org.dyad.store.Store;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random points 20 times, then finishes the run, and checks
 * the SQLite store after every kill: the integrity check passes, every committed document is
 * complete (its event reports, quotes and actors as its stored record says), nothing is
 * duplicated, and the final counts equal an uninterrupted run's on a fresh database.
 *
 * <p>The writer ({@link CrashIngestMain}) runs the store writes of ingest on synthetic records:
 * the pipeline stages that produce actors and events are not on this branch, and loading the NLP
 * models per process would make 20 kills take many minutes.
 */
class IngestCrashIT {

  private static final int DOCUMENTS = 300;
  private static final int KILLS = 20;

  @TempDir Path folder;

  private Process start(Path db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), CrashIngestMain.class.getName(), db.toString(), String.valueOf(DOCUMENTS));
    builder.redirectErrorStream(true);
    builder.redirectOutput(folder.resolve("writer.log").toFile());
    return builder.start();
  }

  @Test
  void theStoreSurvivesTwentyKillsAndEndsAsAnUninterruptedRun() throws Exception {
    Path db = folder.resolve("crash.db");
    Random random = new Random(20261127);
    List<Long> documentsAtKill = new ArrayList<>();
    int kills = 0;
    while (kills < KILLS) {
      long before = committed(db);
      Process writer = start(db);
      // kill once a few more documents are committed, a random moment into the next one
      long target = before + 1 + random.nextInt(6);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (writer.isAlive() && committed(db) < target && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(random.nextInt(40));
      if (!writer.isAlive()) {
        // finished before the kill: start over on a fresh file so every kill lands mid-run
        assertConsistent(db);
        Files.delete(db);
        continue;
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
      documentsAtKill.add(assertConsistent(db));
    }
    Process last = start(db);
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("the final run finishes").isTrue();
    assertThat(last.exitValue()).as(Files.readString(folder.resolve("writer.log"))).isZero();
    assertConsistent(db);

    Path fresh = folder.resolve("fresh.db");
    try (Store store = Store.open(fresh)) {
      CrashIngestMain.ingest(store, DOCUMENTS);
    }
    StoreStats crashed = stats(db);
    StoreStats uninterrupted = stats(fresh);
    System.err.println("crash: " + kills + " kills survived; documents stored at each kill " + documentsAtKill
        + "; final " + crashed);
    assertThat(crashed).isEqualTo(uninterrupted);
    assertThat(crashed.documents()).isEqualTo(DOCUMENTS);
    assertThat(documentsAtKill).as("kills landed mid-run").anyMatch(count -> count > 0 && count < DOCUMENTS);
  }

  /** Documents committed so far, read beside the writer (0 before the schema exists). */
  static long committed(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      return count(connection, "SELECT COUNT(*) FROM documents", null);
    } catch (SQLException e) {
      return 0;
    }
  }

  static StoreStats stats(Path db) {
    try (Store store = Store.open(db)) {
      return store.stats();
    }
  }

  /** Checks the file and returns the number of committed documents. */
  static long assertConsistent(Path db) throws SQLException, java.io.IOException {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
        rows.next();
        assertThat(rows.getString(1)).isEqualTo("ok");
      }
      if (!tableExists(connection, "documents")) {
        return 0;
      }
      assertNoDuplicates(statement);
      long documents = 0;
      try (ResultSet rows = statement.executeQuery("SELECT id, record_json, event_count, quote_count, actor_count FROM documents")) {
        while (rows.next()) {
          documents++;
          String id = rows.getString(1);
          DocumentRecord record = DocumentJson.mapper().readValue(rows.getString(2), DocumentRecord.class);
          assertThat(record.document().id()).isEqualTo(id);
          assertThat(rows.getInt(3)).isEqualTo(record.events().size());
          assertThat(rows.getInt(4)).isEqualTo(record.quotes().size());
          assertThat(count(connection, "SELECT COUNT(*) FROM event_mentions WHERE document_id = ?", id))
              .as("event reports of %s", id).isEqualTo(record.events().size());
          assertThat(count(connection, "SELECT COUNT(*) FROM quotes WHERE document_id = ?", id))
              .as("quotes of %s", id).isEqualTo(record.quotes().size());
          assertThat(count(connection, "SELECT COUNT(*) FROM document_actors WHERE document_id = ?", id))
              .as("actors of %s", id).isEqualTo(record.actors().size());
          assertThat(count(connection, "SELECT COUNT(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event_id "
              + "WHERE m.document_id = ? AND e.id IS NULL", id)).as("reports of %s pointing at no event", id).isZero();
        }
      }
      assertThat(count(connection, "SELECT COUNT(*) FROM event_mentions m LEFT JOIN documents d ON d.id = m.document_id "
          + "WHERE d.id IS NULL", null)).as("reports of uncommitted documents").isZero();
      assertThat(count(connection, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
          + "(SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)", null)).as("events without a report").isZero();
      assertThat(count(connection, "SELECT COUNT(*) FROM events e WHERE e.mention_count <> "
          + "(SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id)", null)).as("events whose report count is off").isZero();
      return documents;
    }
  }

  private static void assertNoDuplicates(Statement statement) throws SQLException {
    for (String query : List.of(
        "SELECT COUNT(*) FROM (SELECT id FROM documents GROUP BY id HAVING COUNT(*) > 1)",
        "SELECT COUNT(*) FROM (SELECT document_id, local_id FROM event_mentions GROUP BY document_id, local_id HAVING COUNT(*) > 1)",
        "SELECT COUNT(*) FROM (SELECT document_id, local_id FROM quotes GROUP BY document_id, local_id HAVING COUNT(*) > 1)",
        "SELECT COUNT(*) FROM (SELECT actor_key FROM actors GROUP BY actor_key HAVING COUNT(*) > 1)",
        "SELECT COUNT(*) FROM (SELECT source FROM failures GROUP BY source HAVING COUNT(*) > 1)")) {
      try (ResultSet rows = statement.executeQuery(query)) {
        rows.next();
        assertThat(rows.getLong(1)).as(query).isZero();
      }
    }
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    return count(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) > 0;
  }

  private static long count(Connection connection, String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
