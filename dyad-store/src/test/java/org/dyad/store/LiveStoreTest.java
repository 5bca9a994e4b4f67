package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The follower's feed state and the watches with their alerts, on SQLite and (when configured) PostgreSQL. */
class LiveStoreTest {

  @TempDir static Path folder;
  private static int counter;

  /** Each store is opened by its location, so that a test can close and reopen it. */
  static Stream<Arguments> locations() {
    List<Arguments> locations = new ArrayList<>();
    locations.add(Arguments.of("sqlite", (Supplier<String>) () -> folder.resolve("live" + (++counter) + ".db").toString()));
    String postgres = System.getenv("DYAD_TEST_POSTGRES_URL");
    if (postgres != null && !postgres.isBlank()) {
      locations.add(Arguments.of("postgres", (Supplier<String>) () -> {
        StoreTest.emptyPostgres(postgres);
        return postgres;
      }));
    }
    return locations.stream();
  }

  private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

  private static FeedItemRecord item(String key) {
    return new FeedItemRecord(key, "https://wire.example/" + key, "Title " + key, "2024-03-04", "<p>Content of " + key + "</p>");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void feedsAreFollowedDueAtOnceAndRetiredWhenNoLongerListed(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      FeedStore feeds = store.feeds();
      assertThat(feeds.follow(List.of(new FeedStore.Listed("https://a.example/rss", "A", "list.opml"),
          new FeedStore.Listed("https://b.example/rss", null, "list.opml")), T0)).isEqualTo(2);
      assertThat(feeds.due(T0)).extracting(FeedState::url).containsExactly("https://a.example/rss", "https://b.example/rss");
      assertThat(feeds.nextDue()).contains(T0);

      assertThat(feeds.follow(List.of(new FeedStore.Listed("https://b.example/rss", "B", "list.txt")), T0.plusSeconds(60))).isZero();
      assertThat(feeds.followed()).extracting(FeedState::url, FeedState::active, FeedState::title)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("https://b.example/rss", true, "B"),
              org.assertj.core.groups.Tuple.tuple("https://a.example/rss", false, "A"));
      assertThat(feeds.due(T0.plusSeconds(60))).extracting(FeedState::url).containsExactly("https://b.example/rss");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void aFetchRecordsUnseenItemsAsPendingOnceAndKeepsItsValidatorsThroughFailures(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      FeedStore feeds = store.feeds();
      String url = "https://a.example/rss";
      feeds.follow(List.of(new FeedStore.Listed(url, null, url)), T0);

      assertThat(feeds.recordFetch(url, new FeedFetch(T0, FeedFetch.UPDATED, "\"v1\"", "Mon, 04 Mar 2024 10:00:00 GMT", "Wire",
          null, T0.plus(Duration.ofMinutes(15))), List.of(item("1"), item("2"), item("2")))).isEqualTo(2);
      assertThat(feeds.recordFetch(url, new FeedFetch(T0.plusSeconds(900), FeedFetch.UPDATED, "\"v2\"", null, "Wire", null,
          T0.plusSeconds(1800)), List.of(item("3"), item("1"), item("2")))).isEqualTo(1);
      feeds.recordFetch(url, new FeedFetch(T0.plusSeconds(1800), FeedFetch.FAILED, null, null, null, "HTTP 503", T0.plusSeconds(3600)),
          List.of());
      feeds.recordFetch(url, new FeedFetch(T0.plusSeconds(3600), FeedFetch.FAILED, null, null, null, "HTTP 503", T0.plusSeconds(7200)),
          List.of());

      FeedState failing = feeds.feed(url).orElseThrow();
      assertThat(failing.etag()).isEqualTo("\"v2\"");
      assertThat(failing.consecutiveFailures()).isEqualTo(2);
      assertThat(failing.lastError()).isEqualTo("HTTP 503");
      assertThat(failing.lastSuccess()).isEqualTo("2024-03-04T10:15:00.000Z");
      assertThat(failing.itemsSeen()).isEqualTo(3);
      assertThat(failing.title()).isEqualTo("Wire");
      assertThat(failing.nextDue()).isEqualTo("2024-03-04T12:00:00.000Z");
      assertThat(feeds.due(T0.plusSeconds(7199))).isEmpty();

      feeds.recordFetch(url, new FeedFetch(T0.plusSeconds(7200), FeedFetch.NOT_MODIFIED, "\"v2\"", null, null, null,
          T0.plusSeconds(8100)), List.of());
      FeedState back = feeds.feed(url).orElseThrow();
      assertThat(back.consecutiveFailures()).isZero();
      assertThat(back.lastError()).isNull();
      assertThat(back.fetches()).isEqualTo(5);
      assertThat(back.notModified()).isEqualTo(1);
      assertThat(back.failures()).isEqualTo(2);
      assertThat(feeds.pending(10)).extracting(p -> p.item().key()).containsExactly("1", "2", "3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void pendingItemsKeepTheirContentAcrossAReopenAndAreFinishedOnce(String name, Supplier<String> location) {
    String where = location.get();
    String url = "https://a.example/rss";
    try (Store store = Store.open(where)) {
      store.feeds().follow(List.of(new FeedStore.Listed(url, null, url)), T0);
      store.feeds().recordFetch(url, new FeedFetch(T0, FeedFetch.UPDATED, null, null, null, null, T0), List.of(item("1"), item("2")));
    }
    try (Store store = Store.open(where)) {
      FeedStore feeds = store.feeds();
      List<PendingItem> pending = feeds.pending(10);
      assertThat(pending).hasSize(2);
      assertThat(pending.get(0).item()).isEqualTo(item("1"));
      assertThat(pending.get(0).retrieved()).isEqualTo("2024-03-04T10:00:00.000Z");

      feeds.finishItem(url, "1", FeedStore.ItemOutcome.STORED, "doc-1", null);
      feeds.finishItem(url, "1", FeedStore.ItemOutcome.STORED, "doc-1", null);
      feeds.finishItem(url, "2", FeedStore.ItemOutcome.RETRY, null, "HTTP 503");
      assertThat(feeds.pending(10)).extracting(PendingItem::attempts).containsExactly(1);
      feeds.finishItem(url, "2", FeedStore.ItemOutcome.SKIPPED, null, "robots.txt disallows it");
      assertThat(feeds.pending(10)).isEmpty();
      assertThat(feeds.feed(url).orElseThrow().documents()).isEqualTo(1);
      assertThat(feeds.documentOfLink("https://wire.example/1")).contains("doc-1");
      assertThat(feeds.documentOfLink("https://wire.example/2")).isEmpty();
    }
  }

  /** A document with one event between two countries on a day, at its own place (so events never merge). */
  private static void conflict(Store store, String id, String source, String target, String day, double goldstein, String place) {
    store.add(Records.document(id, "outlet.example", day)
        .country("a1", name(source), source).country("a2", name(target), target)
        .event("e1", "190", 4, goldstein, "a1", "a2", day, place, source, "Forces of " + source + " struck " + place + " " + id)
        .build());
  }

  private static String name(String iso) {
    return switch (iso) {
      case "RUS" -> "Russia";
      case "UKR" -> "Ukraine";
      default -> "Poland";
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void aWatchLooksAtEventsStoredAfterItAndItsCursorMovesOnlyOnce(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      conflict(store, "old", "RUS", "UKR", "2024-03-01", -10, "Avdiivka");
      WatchStore watches = store.watches();
      long id = watches.add("Russia and Ukraine", new WatchFilter("RUS", "UKR", null, null, null, null, null, null), WatchRule.any());
      Watch watch = watches.watch(id).orElseThrow();
      assertThat(watch.lastEventId()).isEqualTo(watches.lastEventId()).isPositive();

      conflict(store, "new1", "UKR", "RUS", "2024-03-02", -10, "Belgorod");
      conflict(store, "new2", "RUS", "POL", "2024-03-02", -10, "Rzeszow");
      conflict(store, "new3", "RUS", "UKR", "2024-03-03", -10, "Kharkiv");
      long last = watches.lastEventId();
      WatchStore.Matches matches = watches.matches(watch.filter(), watch.lastEventId(), last, 10);
      assertThat(matches.total()).isEqualTo(2);
      assertThat(matches.perDay()).containsEntry("2024-03-02", 1).containsEntry("2024-03-03", 1);
      assertThat(matches.first()).extracting(e -> e.event().location().name()).containsExactly("Belgorod", "Kharkiv");

      WatchStore.NewAlert alert = new WatchStore.NewAlert("events", null, null, "2 new events",
          JsonNodeFactory.instance.objectNode().put("events", 2), matches.first().stream().map(EventSummary::id).toList(), null);
      Optional<List<Alert>> stored = watches.record(id, watch.lastEventId(), last, List.of(alert));
      assertThat(stored).get().asList().hasSize(1);
      assertThat(watches.record(id, watch.lastEventId(), last, List.of(alert))).as("a second evaluator lost the race").isEmpty();
      assertThat(watches.watch(id).orElseThrow().lastEventId()).isEqualTo(last);

      Page<Alert> page = watches.alerts(null, 0, 10, 0);
      assertThat(page.total()).isEqualTo(1);
      Alert read = page.items().get(0);
      assertThat(read.watchName()).isEqualTo("Russia and Ukraine");
      assertThat(read.eventIds()).isEqualTo(matches.first().stream().map(EventSummary::id).toList());
      assertThat(read.detail().get("events").asInt()).isEqualTo(2);
      assertThat(watches.lastAlertId()).isEqualTo(read.id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void dailyCountsAndADaysEventsFollowTheFilter(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      conflict(store, "d1", "RUS", "UKR", "2024-03-01", -10, "Avdiivka");
      conflict(store, "d2", "RUS", "UKR", "2024-03-01", -8, "Bakhmut");
      conflict(store, "d3", "UKR", "RUS", "2024-03-02", -6, "Belgorod");
      conflict(store, "d4", "RUS", "POL", "2024-03-02", -10, "Rzeszow");
      WatchStore watches = store.watches();
      WatchFilter pair = new WatchFilter("RUS", "UKR", null, "19", null, 4, null, null);
      assertThat(watches.dailyCounts(pair, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")))
          .containsExactly(new DayCount("2024-03-01", 2, -9.0, 82.0), new DayCount("2024-03-02", 1, -6.0, 36.0));
      assertThat(watches.dailyCounts(new WatchFilter(null, null, null, null, null, null, "UKR", null),
          LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"))).extracting(DayCount::events).containsExactly(1);
      assertThat(watches.dailyCounts(new WatchFilter(null, null, null, null, null, null, "bakh", null),
          LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"))).extracting(DayCount::day).containsExactly("2024-03-01");
      assertThat(watches.eventsOn(pair, LocalDate.parse("2024-03-01"), 10)).hasSize(2);
      assertThat(watches.dailyCounts(new WatchFilter("RUS", null, null, "04", null, null, null, null),
          LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void aWatchWithAMinimumConfidenceCountsOnlyTheEventsThatSure(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      for (String[] e : new String[][] {{"d1", "0.2", "Avdiivka"}, {"d2", "0.8", "Bakhmut"}}) {
        store.add(Records.document(e[0], "outlet.example", "2024-03-01")
            .country("a1", "Russia", "RUS").country("a2", "Ukraine", "UKR")
            .event("e1", "190", 4, -10, "a1", "a2", "2024-03-01", e[2], "RUS", "Russian forces struck " + e[2] + ".",
                Double.parseDouble(e[1]))
            .build());
      }
      WatchStore watches = store.watches();
      WatchFilter all = new WatchFilter("RUS", "UKR", null, null, null, null, null, null);
      WatchFilter sure = new WatchFilter("RUS", "UKR", null, null, null, null, null, null, 0.5);
      LocalDate from = LocalDate.parse("2024-03-01");
      LocalDate to = LocalDate.parse("2024-03-31");
      assertThat(watches.dailyCounts(all, from, to)).extracting(DayCount::events).containsExactly(2);
      assertThat(watches.dailyCounts(sure, from, to)).extracting(DayCount::events).containsExactly(1);
      assertThat(watches.eventsOn(sure, from, 10)).hasSize(1);
      assertThat(sure.describe()).contains("confidence >= 0.5");
      assertThatThrownBy(() -> new WatchFilter(null, null, null, null, null, null, null, null, 1.5))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void aShiftIsAlertedOncePerDayAndMetricAndRemovingAWatchRemovesItsAlerts(String name, Supplier<String> location) {
    try (Store store = Store.open(location.get())) {
      WatchStore watches = store.watches();
      long id = watches.add("surge", WatchFilter.everything(), WatchRule.shift(28, 3, 5));
      WatchStore.NewAlert shift = new WatchStore.NewAlert("shift", "2024-03-02", "count", "20 events",
          JsonNodeFactory.instance.objectNode(), List.of(), "shift:" + id + ":2024-03-02:count");
      assertThat(watches.record(id, 0, 5, List.of(shift))).get().asList().hasSize(1);
      assertThat(watches.record(id, 5, 9, List.of(shift))).get().asList().isEmpty();
      assertThat(watches.alerts(id, 0, 10, 0).total()).isEqualTo(1);

      long alertId = watches.lastAlertId();
      Instant since = Instant.parse("2000-01-01T00:00:00Z");
      assertThat(watches.undelivered(since, 3, 10)).extracting(Alert::id).containsExactly(alertId);
      watches.markDelivery(alertId, "HTTP 500 from http://hook");
      assertThat(watches.alert(alertId).orElseThrow().deliveryError()).isEqualTo("HTTP 500 from http://hook");
      watches.markDelivery(alertId, null);
      assertThat(watches.undelivered(since, 3, 10)).isEmpty();
      assertThat(watches.alert(alertId).orElseThrow().delivered()).isNotNull();

      assertThat(watches.remove(id)).isTrue();
      assertThat(watches.remove(id)).isFalse();
      assertThat(watches.alerts(null, 0, 10, 0).total()).isZero();
      assertThat(watches.list()).isEmpty();
    }
  }

  @Test
  void filtersAndRulesReadFromJsonRefuseUnknownFieldsOnlyWhenStrict() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = DocumentJson.mapper();
    WatchFilter filter = WatchFilter.fromJson(json.readTree("{\"actor\":\"RUS\",\"counterpart\":\"UKR\",\"quadClass\":4}"), true);
    assertThat(filter.describe()).isEqualTo("RUS ↔ UKR, QuadClass 4");
    assertThat(WatchFilter.fromJson(json.readTree(json.writeValueAsString(filter)), true)).isEqualTo(filter);
    assertThatThrownBy(() -> WatchFilter.fromJson(json.readTree("{\"actor\":\"RUS\",\"tone\":0.5}"), true))
        .hasMessageContaining("unknown filter field").hasMessageContaining("tone");
    assertThat(WatchFilter.fromJson(json.readTree("{\"actor\":\"RUS\",\"tone\":0.5}"), false).actor()).isEqualTo("RUS");
    assertThat(WatchFilter.fromJson(json.readTree("{\"actor\":\"RUS\",\"minConfidence\":0.5}"), true).minConfidence())
        .isEqualTo(0.5);
    assertThatThrownBy(() -> WatchFilter.fromJson(json.readTree("{\"minConfidence\":\"high\"}"), true))
        .hasMessageContaining("minConfidence");
    assertThatThrownBy(() -> new WatchFilter(null, "UKR", null, null, null, null, null, null)).hasMessageContaining("pair");

    WatchRule rule = WatchRule.fromJson(json.readTree("{\"type\":\"shift\"}"), true);
    assertThat(rule).isEqualTo(WatchRule.shift(28, 3.0, 5));
    assertThat(WatchRule.fromJson(json.readTree("\"any\""), true)).isEqualTo(WatchRule.any());
    assertThatThrownBy(() -> WatchRule.fromJson(json.readTree("{\"type\":\"spike\"}"), true)).hasMessageContaining("'any'");
    assertThatThrownBy(() -> WatchRule.fromJson(json.readTree("{\"type\":\"shift\",\"window\":3}"), true))
        .hasMessageContaining("unknown rule field window");
  }
}
