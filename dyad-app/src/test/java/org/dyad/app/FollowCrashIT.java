package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code dyad follow} (Main in a child JVM: the real sources, NLP pipeline and store) over
 * the fifty feeds of {@link FeedFarm} as an OPML file, killed with SIGKILL while it stores the first
 * pass's items, then started again: it resumes with the items the killed run had recorded but not
 * stored, without fetching a feed again (they are not due) or storing anything twice. At most the
 * one request in flight at the kill is repeated.
 */
class FollowCrashIT {

  @TempDir Path folder;

  private Process follow(Path opml, Path db, String log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1500m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "follow", opml.toString(), "--db", db.toString(), "--allow-private", "--threads", "1",
        "--host-delay", "0.02");
    builder.redirectErrorStream(false);
    builder.redirectOutput(folder.resolve(log + ".out").toFile());
    builder.redirectError(folder.resolve(log + ".err").toFile());
    return builder.start();
  }

  /** Documents committed so far (0 before the store exists). */
  private static long documents(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA busy_timeout = 10000");
      try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } catch (SQLException e) {
      return 0; // not migrated yet
    }
  }

  private static long pending(Path db) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM feed_items WHERE state = 'pending'")) {
      return rows.next() ? rows.getLong(1) : -1;
    }
  }

  private Process running;

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES) // a guard; about 90 s on a busy 2-core machine
  void aKilledFollowerResumesWithoutFetchingOrStoringAgain() throws Exception {
    Path db = folder.resolve("follow.db");
    try (FeedFarm farm = new FeedFarm()) {
      Path opml = farm.opml(folder.resolve("feeds.opml"));
      int expected = FeedFarm.distinctStories(0);
      try {
        Process first = follow(opml, db, "killed");
        running = first;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (documents(db) < 25 && first.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(first.isAlive()).as(Files.readString(folder.resolve("killed.err"))).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long atKill = documents(db);
        Map<String, Integer> requestsAtKill = snapshot(farm.requests);
        System.err.printf("follow crash: killed after %d of %d documents; %d items pending%n", atKill, expected, pending(db));
        assertThat(atKill).isBetween(25L, (long) expected - 1);
        IngestCrashIT.assertConsistent(db);

        Process second = follow(opml, db, "resumed");
        running = second;
        deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while ((documents(db) < expected || pending(db) > 0) && second.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(100);
        }
        second.destroy(); // SIGTERM: the follower stops after the item it is on
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String resumedLog = Files.readString(folder.resolve("resumed.err"));
        System.err.print(resumedLog);

        IngestCrashIT.assertConsistent(db);
        assertThat(documents(db)).as(resumedLog).isEqualTo(expected);
        assertThat(pending(db)).isZero();
        assertThat(FollowFeedsIT.itemStates(db)).containsEntry("stored", expected).containsEntry("duplicate", 1)
            .containsEntry("skipped", 1);
        assertThat(resumedLog).contains("pass 1: 0 feeds due").doesNotContain("Exception").doesNotContain("\tat ");

        // no feed fetched again: all were fetched before the kill and are due in 15 minutes
        for (int feed = 0; feed < FeedFarm.FEEDS; feed++) {
          String path = FeedFarm.feedPath(feed);
          assertThat(farm.requests(path)).as(path).isEqualTo(requestsAtKill.getOrDefault(path, 0)).isEqualTo(1);
        }
        // pages fetched once each; at most the one in flight at the kill again
        int repeated = 0;
        for (Map.Entry<String, AtomicInteger> entry : farm.requests.entrySet()) {
          if (entry.getKey().startsWith("/news/")) {
            repeated += entry.getValue().get() - 1;
          }
        }
        assertThat(repeated).isBetween(0, 1);
        assertThat(farm.secretRequests.get()).isZero();
      } finally {
        if (running != null) {
          running.destroyForcibly();
        }
      }
    }
  }

  private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
    Map<String, Integer> copy = new HashMap<>();
    counts.forEach((key, value) -> copy.put(key, value.get()));
    return copy;
  }
}
