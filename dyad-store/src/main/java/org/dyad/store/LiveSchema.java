package org.dyad.store;

import java.util.List;

/**
 * The tables of following feeds and watching events, one self-contained schema version (to
 * renumber, change {@link #VERSION}, {@link Store#SCHEMA_VERSION} and nothing else):
 *
 * <ul>
 *   <li>{@code feeds}: per followed feed its validators (ETag, Last-Modified), health counters and
 *       next due time ({@code next_due}, fixed-width ISO-8601 so that text order is time order);
 *   <li>{@code feed_items}: per feed the items seen (key: guid, id, link or hash); a pending item
 *       keeps its content until its document is stored, so a restart resumes without refetching;
 *   <li>{@code watches}: a saved filter (JSON), a rule (JSON) and the last event id looked at;
 *   <li>{@code alerts} and {@code alert_events}: what fired, the numbers behind it and its events;
 *       {@code dedupe_key} makes a day's shift alert once.
 * </ul>
 */
final class LiveSchema {

  static final int VERSION = 6;

  private LiveSchema() {}

  static List<String> steps(Dialect dialect) {
    String id = dialect.idColumn();
    return List.of(
        "CREATE TABLE feeds (url TEXT PRIMARY KEY, title TEXT, listed_in TEXT, added_at TEXT NOT NULL, "
            + "active INTEGER NOT NULL DEFAULT 1, etag TEXT, last_modified TEXT, last_fetch TEXT, last_success TEXT, "
            + "last_status TEXT, last_error TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0, "
            + "fetches BIGINT NOT NULL DEFAULT 0, not_modified BIGINT NOT NULL DEFAULT 0, failures BIGINT NOT NULL DEFAULT 0, "
            + "items_seen BIGINT NOT NULL DEFAULT 0, documents BIGINT NOT NULL DEFAULT 0, next_due TEXT NOT NULL)",
        "CREATE INDEX feeds_due ON feeds (active, next_due)",
        "CREATE TABLE feed_items (feed_url TEXT NOT NULL, item_key TEXT NOT NULL, link TEXT, title TEXT, published TEXT, "
            + "content TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, error TEXT, document_id TEXT, "
            + "first_seen TEXT NOT NULL, retrieved TEXT, PRIMARY KEY (feed_url, item_key))",
        "CREATE INDEX feed_items_pending ON feed_items (first_seen) WHERE state = 'pending'",
        "CREATE INDEX feed_items_link ON feed_items (link)",
        "CREATE TABLE watches (id " + id + ", name TEXT NOT NULL, filter_json TEXT NOT NULL, rule_json TEXT NOT NULL, "
            + "created_at TEXT NOT NULL, last_event_id BIGINT NOT NULL DEFAULT 0)",
        "CREATE TABLE alerts (id " + id + ", watch_id BIGINT NOT NULL, watch_name TEXT NOT NULL, created_at TEXT NOT NULL, "
            + "kind TEXT NOT NULL, day TEXT, metric TEXT, message TEXT NOT NULL, detail_json TEXT NOT NULL, dedupe_key TEXT UNIQUE, "
            + "delivered_at TEXT, delivery_attempts INTEGER NOT NULL DEFAULT 0, delivery_error TEXT)",
        "CREATE INDEX alerts_watch ON alerts (watch_id, id)",
        "CREATE TABLE alert_events (alert_id BIGINT NOT NULL, event_id BIGINT NOT NULL, ordinal INTEGER NOT NULL, "
            + "PRIMARY KEY (alert_id, event_id))");
  }
}
