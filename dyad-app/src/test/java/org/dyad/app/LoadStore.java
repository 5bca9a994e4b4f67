package org.dyad.app;

import org.dyad.store.Store;

/** Fills a store with synthetic documents through the Store API until it holds a number of events. */
final class LoadStore {

  static final int EVENTS_PER_DOCUMENT = 50;

  private LoadStore() {}

  /** Adds synthetic documents (continuing after those already there) until {@code events} events are stored. */
  static long fill(Store store, long events, java.io.PrintStream log) {
    long documents = store.stats().documents();
    long start = System.nanoTime();
    while (store.stats().events() < events) {
      for (int i = 0; i < 200; i++) {
        store.add(SyntheticRecords.document(documents++, EVENTS_PER_DOCUMENT));
      }
      if (log != null && documents % 2000 == 0) {
        log.printf("load store: %d documents, %d events, %.0f s%n", documents, store.stats().events(),
            (System.nanoTime() - start) / 1e9);
      }
    }
    return documents;
  }

  /**
   * Multiplies a SQLite store by batch SQL on the store's own schema: {@code copies} copies of every
   * document with its actor links, events, event reports, quotes and search rows (ids shifted, the
   * document id suffixed with {@code -k}; the copied record JSON keeps the original id). Actors are
   * shared, so per-actor counts are those of the originals. For the 1M-event load run only.
   */
  static void replicate(String sqliteFile, int copies) throws java.sql.SQLException {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
        java.sql.Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      long maxEvent = single(sql, "SELECT MAX(id) FROM events");
      long maxMention = single(sql, "SELECT MAX(id) FROM event_mentions");
      long maxQuote = single(sql, "SELECT MAX(id) FROM quotes");
      sql.executeUpdate("CREATE TEMP TABLE original_documents AS SELECT id FROM documents");
      for (int k = 1; k <= copies; k++) {
        String suffix = "'-" + k + "'";
        copy(connection, sql, "documents", java.util.Map.of("id", "id || " + suffix, "source", "source || " + suffix,
            "source_key", "source_key || " + suffix), "WHERE id IN (SELECT id FROM original_documents)");
        copy(connection, sql, "document_actors", java.util.Map.of("document_id", "document_id || " + suffix),
            "WHERE document_id IN (SELECT id FROM original_documents)");
        copy(connection, sql, "events", java.util.Map.of("id", "id + " + k * maxEvent,
            "first_document_id", "first_document_id || " + suffix), "WHERE id <= " + maxEvent);
        copy(connection, sql, "event_mentions", java.util.Map.of("id", "id + " + k * maxMention,
            "event_id", "event_id + " + k * maxEvent, "document_id", "document_id || " + suffix), "WHERE id <= " + maxMention);
        sql.executeUpdate("INSERT INTO mention_search (rowid, evidence) SELECT rowid + " + k * maxMention
            + ", evidence FROM mention_search WHERE rowid <= " + maxMention);
        copy(connection, sql, "quotes", java.util.Map.of("id", "id + " + k * maxQuote,
            "document_id", "document_id || " + suffix), "WHERE id <= " + maxQuote);
        sql.executeUpdate("INSERT INTO quote_search (rowid, text) SELECT rowid + " + k * maxQuote
            + ", text FROM quote_search WHERE rowid <= " + maxQuote);
        connection.commit();
        System.err.println("load store: copy " + k + " of " + copies + " done");
      }
      // the totals the store keeps on write (schema version 3), recounted over the copies
      sql.executeUpdate("DELETE FROM actor_pairs");
      sql.executeUpdate("INSERT INTO actor_pairs (source_actor_id, target_actor_id, quad_class, event_count, mention_count, "
          + "goldstein_sum) SELECT source_actor_id, target_actor_id, COALESCE(quad_class, 0), COUNT(*), SUM(mention_count), "
          + "COALESCE(SUM(goldstein), 0) FROM events WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL "
          + "AND source_actor_id <> target_actor_id GROUP BY source_actor_id, target_actor_id, COALESCE(quad_class, 0)");
      sql.executeUpdate("UPDATE actors SET event_count = (SELECT COUNT(*) FROM events e WHERE e.source_actor_id = actors.id "
          + "OR e.target_actor_id = actors.id)");
      sql.executeUpdate("ANALYZE");
      connection.commit();
    }
  }

  private static long single(java.sql.Statement sql, String query) throws java.sql.SQLException {
    try (java.sql.ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void copy(java.sql.Connection connection, java.sql.Statement sql, String table,
      java.util.Map<String, String> changed, String where) throws java.sql.SQLException {
    java.util.List<String> columns = new java.util.ArrayList<>();
    try (java.sql.ResultSet rows = sql.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rows.next()) {
        columns.add(rows.getString("name"));
      }
    }
    java.util.List<String> values = columns.stream().map(column -> changed.getOrDefault(column, column)).toList();
    sql.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
        + String.join(", ", values) + " FROM " + table + " " + where);
  }

  /**
   * {@code java -cp … org.dyad.app.LoadStore DB EVENTS [COPIES]}: builds the store the load test
   * reads through the Store API, then multiplies it by batch SQL when COPIES is given.
   */
  public static void main(String[] args) throws java.sql.SQLException {
    try (Store store = Store.open(args[0])) {
      fill(store, Long.parseLong(args[1]), System.err);
      System.err.println("load store: " + store.stats());
    }
    if (args.length > 2) {
      replicate(args[0], Integer.parseInt(args[2]));
      try (Store store = Store.open(args[0])) {
        System.err.println("load store: " + store.stats());
      }
    }
  }
}
