package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.app.live.Follower;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.FeedList;
import org.dyad.store.FeedState;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follower over fifty local feeds ({@link FeedFarm}) for eight passes, fifteen minutes apart on a
 * clock the test moves (no waiting): every new item stored exactly once, conditional requests
 * answered 304 by the servers, back-off from the failing feed, the slow feed's items stored, the
 * redirect to an unlisted private address refused, robots.txt obeyed, the republished story and
 * repeated items not stored twice, one request at a time per host.
 */
class FollowFeedsIT {

  @TempDir Path folder;

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static final int ROUNDS = 8;
  static final Duration EVERY = Duration.ofMinutes(15);

  /** The follow options of the tests: feeds every 15 minutes, a short pause per host (the farm is local). */
  static FollowOptions options() {
    FollowOptions options = new FollowOptions();
    options.everyMinutes = 15;
    options.hostDelaySeconds = 0.02;
    options.parallelHosts = 8;
    return options;
  }

  @Test
  void followsFiftyFeedsStoringEachNewItemOnceAndPolitely() throws Exception {
    Path db = folder.resolve("follow.db");
    Pipeline pipeline = new Pipeline();
    TestClock clock = new TestClock(Instant.parse("2024-03-04T10:00:00Z"));
    List<Follower.PassReport> reports = new ArrayList<>();
    ByteArrayOutputStream alerts = new ByteArrayOutputStream();
    try (FeedFarm farm = new FeedFarm(); Store store = Store.open(db)) {
      List<FeedList.Subscription> feeds = FeedList.read(List.of(farm.opml(folder.resolve("feeds.opml")).toString()));
      assertThat(feeds).hasSize(FeedFarm.FEEDS);
      Follower follower = options().follower(store, feeds, () -> pipeline, 2, true,
          new PrintStream(alerts, true, StandardCharsets.UTF_8), clock);
      try {
        for (int round = 0; round < ROUNDS; round++) {
          farm.round(round);
          Follower.PassReport report = follower.pass();
          reports.add(report);
          System.err.println("follow (test): " + report.line(clock.instant()));
          assertThat(store.stats().documents()).as("documents after round " + round + ", items " + itemStates(db))
              .isEqualTo(FeedFarm.distinctStories(round));
          clock.advance(EVERY);
        }
      } finally {
        follower.close();
      }

      // every new item stored exactly once: one document per distinct story, whatever the feeds repeated
      assertThat(store.stats().documents()).isEqualTo(FeedFarm.distinctStories(ROUNDS - 1));
      assertThat(store.stats().events()).as("the stories give events").isPositive();
      Map<String, Integer> states = itemStates(db);
      assertThat(states).as("failures: " + store.failures(10)).containsEntry("stored", FeedFarm.distinctStories(ROUNDS - 1))
          .containsEntry("duplicate", 1) // the republished story, same text under another URL
          .containsEntry("skipped", 1) // the page robots.txt keeps out
          .doesNotContainKey("pending");
      assertThat(reports.get(0).documents()).isEqualTo(FeedFarm.distinctStories(0));
      assertThat(reports.stream().mapToInt(Follower.PassReport::documents).sum()).isEqualTo(FeedFarm.distinctStories(ROUNDS - 1));

      // conditional requests: the servers' 304s are the follower's not-modified fetches, as many as expected
      int expected304 = expectedNotModified();
      assertThat(farm.totalNotModified()).isEqualTo(expected304).isGreaterThan(100);
      assertThat(reports.stream().mapToInt(Follower.PassReport::notModified).sum()).isEqualTo(expected304);
      assertThat(farm.conditional.get(FeedFarm.feedPath(0)).get()).as("every fetch after the first is conditional")
          .isEqualTo(ROUNDS - 1);

      // a healthy feed is asked every pass; the failing one at 0, 15, 45 and 105 minutes (back-off 15, 30, 60)
      assertThat(farm.requests(FeedFarm.feedPath(0))).isEqualTo(ROUNDS);
      assertThat(farm.requests(FeedFarm.feedPath(FeedFarm.FAILING))).isEqualTo(4);
      FeedState failing = store.feeds().feed(farm.feedUrl(FeedFarm.FAILING)).orElseThrow();
      assertThat(failing.consecutiveFailures()).isEqualTo(4);
      assertThat(failing.lastError()).contains("HTTP 500");
      assertThat(failing.nextDue()).isEqualTo("2024-03-04T13:45:00.000Z"); // 105 min + 2 h
      // its ttl of 120 minutes: asked once in 105 minutes
      assertThat(farm.requests(FeedFarm.feedPath(FeedFarm.TTL))).isEqualTo(1);
      // the slow feed is followed like the others
      assertThat(farm.requests(FeedFarm.feedPath(FeedFarm.SLOW))).isEqualTo(ROUNDS);
      assertThat(store.feeds().feed(farm.feedUrl(FeedFarm.SLOW)).orElseThrow().documents())
          .isEqualTo(FeedFarm.published(FeedFarm.SLOW, ROUNDS - 1));

      // the redirect to a private address nobody listed is refused, before any request reaches it
      assertThat(farm.secretRequests.get()).isZero();
      assertThat(store.feeds().feed(farm.feedUrl(FeedFarm.REDIRECT)).orElseThrow().lastError())
          .startsWith("refused: 127.0.0.1").contains("only the listed feeds' own hosts may be private");

      // article pages: fetched once each, the one robots.txt disallows never
      int pages = FeedFarm.published(FeedFarm.PAGES, ROUNDS - 1);
      for (int item = 0; item < pages; item++) {
        String path = (item == 1 ? "/private/" : "/news/") + FeedFarm.PAGES + "-" + item;
        assertThat(farm.requests(path)).as(path).isEqualTo(item == 1 ? 0 : 1);
      }
      assertThat(farm.requests("/robots.txt")).isEqualTo(1);

      // one request at a time per host
      assertThat(farm.mostInFlightPerHost()).isEqualTo(1);

      // the pass line names what the issue asks for
      assertThat(reports.get(1).line(clock.instant())).contains("feeds due").contains("fetched").contains("not modified (304)")
          .contains("new documents").contains("new events").contains("failed");
    }
  }

  /** 304s the farm should answer over the rounds: feeds with validators, in rounds they did not change. */
  static int expectedNotModified() {
    int count = 0;
    for (int feed = 0; feed < FeedFarm.FEEDS; feed++) {
      boolean validators = feed % 4 != 3;
      if (!validators || feed == FeedFarm.FAILING || feed == FeedFarm.REDIRECT || feed == FeedFarm.TTL) {
        continue;
      }
      for (int round = 1; round < ROUNDS; round++) {
        boolean unchanged = feed == FeedFarm.REPUBLISHED || FeedFarm.published(feed, round) == FeedFarm.published(feed, round - 1);
        if (unchanged) {
          count++;
        }
      }
    }
    return count;
  }

  static Map<String, Integer> itemStates(Path db) throws Exception {
    Map<String, Integer> states = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT state, COUNT(*) FROM feed_items GROUP BY state")) {
      while (rows.next()) {
        states.put(rows.getString(1), rows.getInt(2));
      }
    }
    return states;
  }
}
