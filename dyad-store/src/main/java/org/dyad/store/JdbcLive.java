package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link FeedStore} and {@link WatchStore} on the tables of {@link LiveSchema}, through a {@link JdbcStore}'s connections. */
final class JdbcLive implements FeedStore, WatchStore {

  /** Items a feed no longer lists are forgotten this long after they were first seen. */
  static final Duration ITEM_MEMORY = Duration.ofDays(180);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final JdbcStore store;

  JdbcLive(JdbcStore store) {
    this.store = store;
  }

  /** Fixed width, so that text order is time order. */
  static String time(Instant instant) {
    return instant == null ? null : TIME.format(instant);
  }

  static Instant instant(String time) {
    return time == null ? null : Instant.parse(time);
  }

  // ---------------------------------------------------------------- feeds

  @Override
  public int follow(List<Listed> feeds, Instant now) {
    return store.write("record the followed feeds", connection -> {
      Set<String> known = new HashSet<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT url FROM feeds");
          ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          known.add(rows.getString(1));
        }
      }
      Set<String> listed = new HashSet<>();
      int added = 0;
      try (PreparedStatement upsert = connection.prepareStatement(
          "INSERT INTO feeds (url, title, listed_in, added_at, active, next_due) VALUES (?, ?, ?, ?, 1, ?) "
              + "ON CONFLICT (url) DO UPDATE SET active = 1, listed_in = excluded.listed_in, "
              + "title = COALESCE(excluded.title, feeds.title)")) {
        for (Listed feed : feeds) {
          if (!listed.add(feed.url())) {
            continue;
          }
          upsert.setString(1, feed.url());
          upsert.setString(2, feed.title());
          upsert.setString(3, feed.listedIn());
          upsert.setString(4, time(now));
          upsert.setString(5, time(now));
          upsert.executeUpdate();
          if (!known.contains(feed.url())) {
            added++;
          }
        }
      }
      try (PreparedStatement retire = connection.prepareStatement("UPDATE feeds SET active = 0 WHERE url = ?")) {
        for (String url : known) {
          if (!listed.contains(url)) {
            retire.setString(1, url);
            retire.executeUpdate();
          }
        }
      }
      return added;
    });
  }

  private static final String FEED_COLUMNS = "SELECT url, title, listed_in, added_at, active, etag, last_modified, last_fetch, "
      + "last_success, last_status, last_error, consecutive_failures, fetches, not_modified, failures, items_seen, documents, "
      + "next_due FROM feeds";

  private static List<FeedState> feedRows(ResultSet rows) throws SQLException {
    List<FeedState> feeds = new ArrayList<>();
    while (rows.next()) {
      feeds.add(new FeedState(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5) != 0,
          rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
          rows.getInt(12), rows.getLong(13), rows.getLong(14), rows.getLong(15), rows.getLong(16), rows.getLong(17),
          rows.getString(18)));
    }
    return feeds;
  }

  @Override
  public List<FeedState> followed() {
    return store.read(() -> store.query(FEED_COLUMNS + " ORDER BY active DESC, url", List.of(), JdbcLive::feedRows));
  }

  @Override
  public Optional<FeedState> feed(String url) {
    return store.read(() -> store.query(FEED_COLUMNS + " WHERE url = ?", List.of(url), JdbcLive::feedRows)).stream().findFirst();
  }

  @Override
  public List<FeedState> due(Instant now) {
    return store.read(() -> store.query(FEED_COLUMNS + " WHERE active = 1 AND next_due <= ? ORDER BY next_due, url",
        List.of(time(now)), JdbcLive::feedRows));
  }

  @Override
  public Optional<Instant> nextDue() {
    return store.read(() -> store.query("SELECT MIN(next_due) FROM feeds WHERE active = 1", List.of(),
        rows -> rows.next() ? Optional.ofNullable(instant(rows.getString(1))) : Optional.<Instant>empty()));
  }

  @Override
  public Optional<Instant> lastFetch() {
    return store.read(() -> store.query("SELECT MAX(last_fetch) FROM feeds", List.of(),
        rows -> rows.next() ? Optional.ofNullable(instant(rows.getString(1))) : Optional.<Instant>empty()));
  }

  @Override
  public int recordFetch(String url, FeedFetch fetch, List<FeedItemRecord> items) {
    return store.write("record a fetch of " + url, connection -> {
      boolean failed = fetch.status().equals(FeedFetch.FAILED);
      int added = 0;
      if (!failed) {
        added = recordItems(connection, url, fetch.at(), items);
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE feeds SET last_fetch = ?, fetches = fetches + 1, "
          + "last_status = ?, etag = " + (failed ? "etag" : "?") + ", last_modified = " + (failed ? "last_modified" : "?")
          + ", last_success = " + (failed ? "last_success" : "?") + ", last_error = ?, "
          + "consecutive_failures = " + (failed ? "consecutive_failures + 1" : "0") + ", "
          + "not_modified = not_modified + ?, failures = failures + ?, items_seen = items_seen + ?, "
          + "title = COALESCE(title, ?), next_due = ? WHERE url = ?")) {
        int i = 1;
        update.setString(i++, time(fetch.at()));
        update.setString(i++, fetch.status());
        if (!failed) {
          update.setString(i++, fetch.etag());
          update.setString(i++, fetch.lastModified());
          update.setString(i++, time(fetch.at()));
        }
        update.setString(i++, failed ? fetch.error() : null);
        update.setInt(i++, fetch.status().equals(FeedFetch.NOT_MODIFIED) ? 1 : 0);
        update.setInt(i++, failed ? 1 : 0);
        update.setInt(i++, added);
        update.setString(i++, fetch.title());
        update.setString(i++, time(fetch.nextDue()));
        update.setString(i, url);
        if (update.executeUpdate() == 0) {
          throw new IllegalArgumentException("no followed feed " + url);
        }
      }
      return added;
    });
  }

  /** Items not seen before become pending; items the feed dropped long ago are forgotten. */
  private static int recordItems(Connection connection, String url, Instant at, List<FeedItemRecord> items) throws SQLException {
    int added = 0;
    Set<String> current = new HashSet<>();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO feed_items (feed_url, item_key, link, title, published, content, state, first_seen, retrieved) "
            + "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (feed_url, item_key) DO NOTHING")) {
      for (FeedItemRecord item : items) {
        if (!current.add(item.key())) {
          continue;
        }
        insert.setString(1, url);
        insert.setString(2, item.key());
        insert.setString(3, item.link());
        insert.setString(4, item.title());
        insert.setString(5, item.published());
        insert.setString(6, item.content());
        insert.setString(7, time(at));
        insert.setString(8, time(at));
        added += insert.executeUpdate();
      }
    }
    List<String> old = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT item_key FROM feed_items WHERE feed_url = ? AND state <> 'pending' AND first_seen < ?")) {
      select.setString(1, url);
      select.setString(2, time(at.minus(ITEM_MEMORY)));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (!current.contains(rows.getString(1))) {
            old.add(rows.getString(1));
          }
        }
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM feed_items WHERE feed_url = ? AND item_key = ?")) {
      for (String key : old) {
        delete.setString(1, url);
        delete.setString(2, key);
        delete.executeUpdate();
      }
    }
    return added;
  }

  @Override
  public List<PendingItem> pending(int limit) {
    return store.read(() -> store.query("SELECT feed_url, item_key, link, title, published, content, attempts, retrieved "
        + "FROM feed_items WHERE state = 'pending' ORDER BY first_seen, feed_url, item_key LIMIT ?", List.of(limit), rows -> {
          List<PendingItem> items = new ArrayList<>();
          while (rows.next()) {
            items.add(new PendingItem(rows.getString(1), new FeedItemRecord(rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6)), rows.getInt(7), rows.getString(8)));
          }
          return items;
        }));
  }

  @Override
  public void finishItem(String feedUrl, String key, ItemOutcome outcome, String documentId, String error) {
    store.write("record an item of " + feedUrl, connection -> {
      String sql = switch (outcome) {
        case STORED -> "UPDATE feed_items SET state = 'stored', content = NULL, document_id = ?, error = ? "
            + "WHERE feed_url = ? AND item_key = ? AND state = 'pending'";
        case DUPLICATE -> "UPDATE feed_items SET state = 'duplicate', content = NULL, document_id = ?, error = ? "
            + "WHERE feed_url = ? AND item_key = ? AND state = 'pending'";
        case SKIPPED -> "UPDATE feed_items SET state = 'skipped', content = NULL, document_id = ?, error = ?, attempts = attempts + 1 "
            + "WHERE feed_url = ? AND item_key = ? AND state = 'pending'";
        case RETRY -> "UPDATE feed_items SET document_id = ?, error = ?, attempts = attempts + 1 "
            + "WHERE feed_url = ? AND item_key = ? AND state = 'pending'";
      };
      int changed;
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        update.setString(1, documentId);
        update.setString(2, error);
        update.setString(3, feedUrl);
        update.setString(4, key);
        changed = update.executeUpdate();
      }
      if (changed > 0 && outcome == ItemOutcome.STORED) {
        try (PreparedStatement count = connection.prepareStatement("UPDATE feeds SET documents = documents + 1 WHERE url = ?")) {
          count.setString(1, feedUrl);
          count.executeUpdate();
        }
      }
      return null;
    });
  }

  @Override
  public Optional<String> documentOfLink(String link) {
    if (link == null) {
      return Optional.empty();
    }
    return store.read(() -> store.query("SELECT document_id FROM feed_items WHERE link = ? AND document_id IS NOT NULL LIMIT 1",
        List.of(link), rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty()));
  }

  @Override
  public Optional<String> documentUrl(String documentId) {
    if (documentId == null) {
      return Optional.empty();
    }
    return store.read(() -> store.query("SELECT url FROM documents WHERE id = ?", List.of(documentId),
        rows -> rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty()));
  }

  // ---------------------------------------------------------------- watches

  private static String json(Object value) {
    try {
      return DocumentJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return DocumentJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public long add(String name, WatchFilter filter, WatchRule rule) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a watch needs a name");
    }
    return store.write("add a watch", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO watches (name, filter_json, rule_json, created_at, last_event_id) "
              + "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM events)) RETURNING id")) {
        insert.setString(1, name.strip());
        insert.setString(2, json(filter));
        insert.setString(3, json(rule));
        insert.setString(4, time(Instant.now()));
        try (ResultSet rows = insert.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  private static List<Watch> watchRows(ResultSet rows) throws SQLException {
    List<Watch> watches = new ArrayList<>();
    while (rows.next()) {
      watches.add(new Watch(rows.getLong(1), rows.getString(2), WatchFilter.fromJson(tree(rows.getString(3)), false),
          WatchRule.fromJson(tree(rows.getString(4)), false), rows.getString(5), rows.getLong(6)));
    }
    return watches;
  }

  private static final String WATCH_COLUMNS = "SELECT id, name, filter_json, rule_json, created_at, last_event_id FROM watches";

  @Override
  public List<Watch> list() {
    return store.read(() -> store.query(WATCH_COLUMNS + " ORDER BY id", List.of(), JdbcLive::watchRows));
  }

  @Override
  public Optional<Watch> watch(long id) {
    return store.read(() -> store.query(WATCH_COLUMNS + " WHERE id = ?", List.of(id), JdbcLive::watchRows)).stream().findFirst();
  }

  @Override
  public boolean remove(long id) {
    return store.write("remove watch " + id, connection -> {
      for (String sql : List.of("DELETE FROM alert_events WHERE alert_id IN (SELECT id FROM alerts WHERE watch_id = ?)",
          "DELETE FROM alerts WHERE watch_id = ?")) {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
          delete.setLong(1, id);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM watches WHERE id = ?")) {
        delete.setLong(1, id);
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public long lastEventId() {
    return store.read(() -> store.query("SELECT COALESCE(MAX(id), 0) FROM events", List.of(), rows -> rows.next() ? rows.getLong(1) : 0L));
  }

  @Override
  public Optional<LocalDate> historyStart() {
    return store.read(() -> store.query("SELECT MIN(published_day) FROM documents", List.of(),
        rows -> rows.next() && rows.getString(1) != null ? Optional.of(LocalDate.parse(rows.getString(1))) : Optional.<LocalDate>empty()));
  }

  /** The filter's conditions over events e: those of {@link EventFilter}, the pair in either direction, the place. */
  private JdbcStore.Sql conditions(WatchFilter filter) {
    JdbcStore.Sql where = store.eventConditions(filter.eventFilter());
    if (filter.counterpart() != null) {
      JdbcStore.Sql a = JdbcStore.actorIds(filter.actor());
      JdbcStore.Sql b = JdbcStore.actorIds(filter.counterpart());
      where.append(" AND ((e.source_actor_id IN (").append(a).append(") AND e.target_actor_id IN (").append(b)
          .append(")) OR (e.source_actor_id IN (").append(b).append(") AND e.target_actor_id IN (").append(a).append(")))");
    }
    if (filter.place() != null) {
      String place = filter.place();
      String like = "%" + place.toLowerCase(Locale.ROOT) + "%";
      if (place.matches("[A-Za-z]{3}")) {
        where.append(" AND (e.location_country = ? OR LOWER(e.location_name) LIKE ?)", place.toUpperCase(Locale.ROOT), like);
      } else {
        where.append(" AND LOWER(e.location_name) LIKE ?", like);
      }
    }
    return where;
  }

  @Override
  public Matches matches(WatchFilter filter, long afterEventId, long upToEventId, int limit) {
    return store.read(() -> {
      JdbcStore.Sql where = conditions(filter).append(" AND e.id > ? AND e.id <= ?", afterEventId, upToEventId);
      JdbcStore.Sql perDay = new JdbcStore.Sql("SELECT e.event_day, COUNT(*)" + JdbcStore.EVENT_FROM).append(where)
          .append(" GROUP BY e.event_day");
      Map<String, Integer> days = new LinkedHashMap<>();
      int total = store.query(perDay.text(), perDay.parameters(), rows -> {
        int sum = 0;
        while (rows.next()) {
          String day = rows.getString(1);
          days.put(day == null ? "undated" : day, rows.getInt(2));
          sum += rows.getInt(2);
        }
        return sum;
      });
      List<EventSummary> first = total == 0 ? List.of() : events(new JdbcStore.Sql(JdbcStore.EVENT_COLUMNS + JdbcStore.EVENT_FROM)
          .append(where).append(" ORDER BY e.id LIMIT ?", limit));
      return new Matches(days, total, first);
    });
  }

  private List<EventSummary> events(JdbcStore.Sql select) {
    return store.query(select.text(), select.parameters(), rows -> {
      List<EventSummary> events = new ArrayList<>();
      while (rows.next()) {
        events.add(JdbcStore.eventRow(rows));
      }
      return events;
    });
  }

  @Override
  public List<DayCount> dailyCounts(WatchFilter filter, LocalDate from, LocalDate to) {
    return store.read(() -> {
      JdbcStore.Sql select = new JdbcStore.Sql("SELECT e.event_day, COUNT(*), AVG(e.goldstein), AVG(e.goldstein * e.goldstein)" + JdbcStore.EVENT_FROM)
          .append(conditions(filter)).append(" AND e.event_day >= ? AND e.event_day <= ? GROUP BY e.event_day ORDER BY 1",
              from.toString(), to.toString());
      return store.query(select.text(), select.parameters(), rows -> {
        List<DayCount> days = new ArrayList<>();
        while (rows.next()) {
          days.add(new DayCount(rows.getString(1), rows.getInt(2), rows.getDouble(3), rows.getDouble(4)));
        }
        return days;
      });
    });
  }

  @Override
  public List<EventSummary> eventsOn(WatchFilter filter, LocalDate day, int limit) {
    return store.read(() -> events(new JdbcStore.Sql(JdbcStore.EVENT_COLUMNS + JdbcStore.EVENT_FROM).append(conditions(filter))
        .append(" AND e.event_day = ? ORDER BY e.mention_count DESC, e.id LIMIT ?", day.toString(), limit)));
  }

  @Override
  public Optional<List<Alert>> record(long watchId, long expectedLastEventId, long newLastEventId, List<NewAlert> alerts) {
    return store.write("record alerts of watch " + watchId, connection -> {
      try (PreparedStatement move = connection.prepareStatement(
          "UPDATE watches SET last_event_id = ? WHERE id = ? AND last_event_id = ?")) {
        move.setLong(1, newLastEventId);
        move.setLong(2, watchId);
        move.setLong(3, expectedLastEventId);
        if (move.executeUpdate() == 0) {
          return Optional.<List<Alert>>empty();
        }
      }
      String name;
      try (PreparedStatement select = connection.prepareStatement("SELECT name FROM watches WHERE id = ?")) {
        select.setLong(1, watchId);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          name = rows.getString(1);
        }
      }
      List<Alert> stored = new ArrayList<>();
      String now = time(Instant.now());
      try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO alerts (watch_id, watch_name, created_at, kind, day, metric, message, detail_json, dedupe_key) "
                  + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id");
          PreparedStatement link = connection.prepareStatement(
              "INSERT INTO alert_events (alert_id, event_id, ordinal) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
        for (NewAlert alert : alerts) {
          int i = 1;
          insert.setLong(i++, watchId);
          insert.setString(i++, name);
          insert.setString(i++, now);
          insert.setString(i++, alert.kind());
          insert.setString(i++, alert.day());
          insert.setString(i++, alert.metric());
          insert.setString(i++, alert.message());
          insert.setString(i++, json(alert.detail()));
          insert.setString(i, alert.dedupeKey());
          long id;
          try (ResultSet rows = insert.executeQuery()) {
            if (!rows.next()) {
              continue; // this shift was alerted before
            }
            id = rows.getLong(1);
          }
          List<Long> events = alert.eventIds().subList(0, Math.min(alert.eventIds().size(), MAX_ALERT_EVENTS));
          for (int ordinal = 0; ordinal < events.size(); ordinal++) {
            link.setLong(1, id);
            link.setLong(2, events.get(ordinal));
            link.setInt(3, ordinal);
            link.executeUpdate();
          }
          stored.add(new Alert(id, watchId, name, now, alert.kind(), alert.day(), alert.metric(), alert.message(),
              alert.detail(), events, null, null));
        }
      }
      return Optional.of(stored);
    });
  }

  private static final String ALERT_COLUMNS = "SELECT id, watch_id, watch_name, created_at, kind, day, metric, message, "
      + "detail_json, delivered_at, delivery_error FROM alerts";

  /** Alerts of the rows, with their events' ids (read in the same read transaction). */
  private List<Alert> alertRows(String sql, List<Object> parameters) {
    List<Object[]> raw = store.query(sql, parameters, rows -> {
      List<Object[]> list = new ArrayList<>();
      while (rows.next()) {
        list.add(new Object[] {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11)});
      }
      return list;
    });
    if (raw.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Long>> events = new LinkedHashMap<>();
    StringBuilder ids = new StringBuilder();
    List<Object> idParameters = new ArrayList<>();
    for (Object[] row : raw) {
      events.put((Long) row[0], new ArrayList<>());
      ids.append(ids.length() == 0 ? "?" : ", ?");
      idParameters.add(row[0]);
    }
    store.query("SELECT alert_id, event_id FROM alert_events WHERE alert_id IN (" + ids + ") ORDER BY alert_id, ordinal",
        idParameters, rows -> {
          while (rows.next()) {
            events.get(rows.getLong(1)).add(rows.getLong(2));
          }
          return null;
        });
    List<Alert> alerts = new ArrayList<>();
    for (Object[] row : raw) {
      alerts.add(new Alert((Long) row[0], (Long) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
          (String) row[6], (String) row[7], tree((String) row[8]), events.get((Long) row[0]), (String) row[9], (String) row[10]));
    }
    return alerts;
  }

  @Override
  public Page<Alert> alerts(Long watchId, long afterId, int limit, int offset) {
    return store.read(() -> {
      String where = " WHERE id > ?" + (watchId == null ? "" : " AND watch_id = ?");
      List<Object> parameters = new ArrayList<>(List.of(afterId));
      if (watchId != null) {
        parameters.add(watchId);
      }
      long total = store.query("SELECT COUNT(*) FROM alerts" + where, parameters, rows -> rows.next() ? rows.getLong(1) : 0L);
      List<Object> page = new ArrayList<>(parameters);
      page.add(limit);
      page.add(offset);
      return new Page<>(alertRows(ALERT_COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?", page), total, limit, offset);
    });
  }

  @Override
  public Optional<Alert> alert(long id) {
    return store.read(() -> alertRows(ALERT_COLUMNS + " WHERE id = ?", List.of(id))).stream().findFirst();
  }

  @Override
  public long lastAlertId() {
    return store.read(() -> store.query("SELECT COALESCE(MAX(id), 0) FROM alerts", List.of(), rows -> rows.next() ? rows.getLong(1) : 0L));
  }

  @Override
  public List<Alert> undelivered(Instant createdSince, int maxAttempts, int limit) {
    return store.read(() -> alertRows(ALERT_COLUMNS + " WHERE delivered_at IS NULL AND delivery_attempts < ? AND created_at >= ? "
        + "ORDER BY id LIMIT ?", List.of(maxAttempts, time(createdSince), limit)));
  }

  @Override
  public void markDelivery(long alertId, String error) {
    store.write("record a delivery of alert " + alertId, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE alerts SET delivery_attempts = delivery_attempts + 1, "
          + "delivered_at = ?, delivery_error = ? WHERE id = ?")) {
        update.setString(1, error == null ? time(Instant.now()) : null);
        update.setString(2, error);
        update.setLong(3, alertId);
        update.executeUpdate();
      }
      return null;
    });
  }
}
