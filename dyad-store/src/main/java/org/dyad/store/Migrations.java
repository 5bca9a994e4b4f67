package org.dyad.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema changes. Version N is applied by {@code steps(N)} in one transaction and
 * recorded in {@code schema_version}; a database whose version is above {@link Store#SCHEMA_VERSION}
 * was written by a newer Dyad and is refused with a clear message rather than misread.
 */
final class Migrations {

  private static final long POSTGRES_LOCK = 0x44796164L;

  private Migrations() {}

  /**
   * Brings the schema to {@link Store#SCHEMA_VERSION} in one transaction. Concurrent openers wait:
   * PostgreSQL on an advisory lock, SQLite on the write lock its immediate transaction takes.
   */
  static void migrate(Connection connection, Dialect dialect, String location) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    if (dialect == Dialect.POSTGRES) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + POSTGRES_LOCK + ")");
      }
    }
    try {
      connection.setAutoCommit(false);
      if (dialect == Dialect.SQLITE) {
        try (Statement statement = connection.createStatement()) {
          // a write inside the immediate transaction: holds the write lock until commit
          statement.execute("PRAGMA user_version = " + Store.SCHEMA_VERSION);
        }
      }
      int version = currentVersion(connection, location);
      if (version > Store.SCHEMA_VERSION) {
        throw new StoreException(location + ": this database was written by a newer Dyad (schema version " + version
            + "; this Dyad reads up to " + Store.SCHEMA_VERSION + "). Upgrade Dyad, or give another --db.");
      }
      for (int next = version + 1; next <= Store.SCHEMA_VERSION; next++) {
        try (Statement statement = connection.createStatement()) {
          if (next == 1) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, dyad TEXT NOT NULL)");
          }
          for (String sql : steps(next, dialect)) {
            statement.execute(sql);
          }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO schema_version (version, applied_at, dyad) VALUES (?, ?, ?)")) {
          insert.setInt(1, next);
          insert.setString(2, Instant.now().toString());
          insert.setString(3, "dyad 0.1.0");
          insert.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
      if (dialect == Dialect.POSTGRES) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SELECT pg_advisory_unlock(" + POSTGRES_LOCK + ")");
        }
      }
      connection.setAutoCommit(autoCommit);
    }
  }

  /** 0 for an empty database; refuses a database that holds other tables but no Dyad schema. */
  static int currentVersion(Connection connection, String location) throws SQLException {
    List<String> tables = tables(connection);
    if (!tables.contains("schema_version")) {
      if (tables.contains("documents") || tables.contains("events")) {
        throw new StoreException(location + ": holds tables but no Dyad schema_version; not a Dyad database (or one from an unknown version)");
      }
      return 0;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet rows = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String schema = rows.getString("TABLE_SCHEM");
        if (schema == null || schema.equals("public") || schema.equals("main")) {
          names.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** Fills {@code actor_pairs} from the events (migration 3; also after bulk copies of events). */
  static final String FILL_ACTOR_PAIRS = "INSERT INTO actor_pairs (source_actor_id, target_actor_id, quad_class, event_count, "
      + "mention_count, goldstein_sum) SELECT source_actor_id, target_actor_id, COALESCE(quad_class, 0), COUNT(*), "
      + "SUM(mention_count), COALESCE(SUM(goldstein), 0) FROM events WHERE source_actor_id IS NOT NULL "
      + "AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id "
      + "GROUP BY source_actor_id, target_actor_id, COALESCE(quad_class, 0)";

  /** Sets every actor's {@code event_count} from the events (migration 3; also after bulk copies of events). */
  static final String FILL_ACTOR_EVENT_COUNTS = "UPDATE actors SET event_count = "
      + "(SELECT COUNT(*) FROM events e WHERE e.source_actor_id = actors.id OR e.target_actor_id = actors.id)";

  static List<String> steps(int version, Dialect dialect) {
    if (version == LiveSchema.VERSION) {
      return LiveSchema.steps(dialect);
    }
    if (version == 5) {
      // Where: the coordinates, division, GeoNames id and precision of each event's place, so that
      // events can be listed near a point, in a division or at a place, put on a map, and matched
      // across outlets at the right precision. Existing events take them from their first report.
      List<String> sql = new ArrayList<>(List.of(
          "ALTER TABLE events ADD COLUMN location_lat DOUBLE PRECISION",
          "ALTER TABLE events ADD COLUMN location_lon DOUBLE PRECISION",
          "ALTER TABLE events ADD COLUMN location_adm1 TEXT",
          "ALTER TABLE events ADD COLUMN location_geoname_id BIGINT",
          "ALTER TABLE events ADD COLUMN location_precision TEXT"));
      if (dialect == Dialect.POSTGRES) {
        sql.add("UPDATE events SET location_lat = (event_json::json->'location'->>'lat')::double precision, "
            + "location_lon = (event_json::json->'location'->>'lon')::double precision, "
            + "location_adm1 = event_json::json->'location'->>'adm1', "
            + "location_geoname_id = (event_json::json->'location'->>'geonameId')::bigint, "
            + "location_precision = event_json::json->'location'->>'precision' "
            + "WHERE event_json::json->'location' IS NOT NULL AND json_typeof(event_json::json->'location') = 'object'");
      } else {
        sql.add("UPDATE events SET location_lat = json_extract(event_json, '$.location.lat'), "
            + "location_lon = json_extract(event_json, '$.location.lon'), "
            + "location_adm1 = json_extract(event_json, '$.location.adm1'), "
            + "location_geoname_id = json_extract(event_json, '$.location.geonameId'), "
            + "location_precision = json_extract(event_json, '$.location.precision') "
            + "WHERE json_type(event_json, '$.location') = 'object'");
      }
      sql.add("CREATE INDEX events_location ON events (location_lat, location_lon)");
      sql.add("CREATE INDEX events_adm1 ON events (location_adm1)");
      return sql;
    }
    if (version == 4) {
      // Event confidence, so that lists, dyads, the network and exports can keep only the events a
      // user trusts (--min-confidence): an event is as sure as its surest report.
      String reported = dialect == Dialect.POSTGRES
          ? "(m.event_json::json->>'confidence')::double precision"
          : "json_extract(m.event_json, '$.confidence')";
      return List.of(
          "ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION",
          "UPDATE events SET confidence = (SELECT MAX(" + reported + ") FROM event_mentions m WHERE m.event_id = events.id)");
    }
    if (version == 3) {
      // Reads at a million events: totals kept on write instead of counted per request (an
      // actor's events; events and reports per actor pair and QuadClass, for the network), and
      // indexes for the filters of the event list (actor with dates, CAMEO with QuadClass).
      return List.of(
          "ALTER TABLE actors ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0",
          FILL_ACTOR_EVENT_COUNTS,
          "CREATE TABLE actor_pairs (source_actor_id BIGINT NOT NULL, target_actor_id BIGINT NOT NULL, quad_class INTEGER NOT NULL, "
              + "event_count INTEGER NOT NULL, mention_count INTEGER NOT NULL, goldstein_sum DOUBLE PRECISION NOT NULL, "
              + "PRIMARY KEY (source_actor_id, target_actor_id, quad_class))",
          FILL_ACTOR_PAIRS,
          "CREATE INDEX events_source_day ON events (source_actor_id, event_day)",
          "CREATE INDEX events_target_day ON events (target_actor_id, event_day)",
          "DROP INDEX events_source",
          "DROP INDEX events_target",
          "CREATE INDEX events_cameo ON events (cameo, quad_class, event_day)",
          // dyads read these columns of an actor pair's events and their reports' sources, from the indexes alone
          "CREATE INDEX events_dyad ON events (source_actor_id, target_actor_id, event_day, quad_class, goldstein, mention_count)",
          "DROP INDEX events_network",
          "CREATE INDEX event_mentions_sources ON event_mentions (event_id, source_key)",
          "DROP INDEX event_mentions_event",
          "CREATE INDEX quotes_day ON quotes (published_day)",
          // a new report is compared with the events of its actor pair whose time can match
          "CREATE INDEX events_pair_end ON events (pair_key, date_end)",
          "DROP INDEX events_pair");
    }
    if (version == 2) {
      // the actor network and dyads aggregate over every event: an index they can read alone
      // (replaced by events_dyad in version 3)
      return List.of("CREATE INDEX events_network ON events (source_actor_id, target_actor_id, quad_class, mention_count, goldstein)");
    }
    if (version != 1) {
      throw new IllegalArgumentException("no migration to schema version " + version);
    }
    String id = dialect.idColumn();
    List<String> sql = new ArrayList<>(List.of(
        "CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, published TEXT, "
            + "published_day TEXT, outlet TEXT, source_key TEXT NOT NULL, language TEXT, ingested_at TEXT NOT NULL, "
            + "actor_count INTEGER NOT NULL, event_count INTEGER NOT NULL, quote_count INTEGER NOT NULL, record_json TEXT NOT NULL)",
        "CREATE INDEX documents_ingested ON documents (ingested_at)",
        "CREATE TABLE actors (id " + id + ", actor_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT, country TEXT, "
            + "sector TEXT, code TEXT, first_seen TEXT, last_seen TEXT, document_count INTEGER NOT NULL, mention_count INTEGER NOT NULL)",
        "CREATE INDEX actors_country ON actors (country)",
        "CREATE INDEX actors_code ON actors (code)",
        "CREATE TABLE actor_aliases (actor_id BIGINT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (actor_id, alias))",
        "CREATE TABLE actor_roles (actor_id BIGINT NOT NULL, role TEXT NOT NULL, first_seen TEXT, last_seen TEXT, "
            + "document_count INTEGER NOT NULL, PRIMARY KEY (actor_id, role))",
        "CREATE TABLE document_actors (document_id TEXT NOT NULL, local_id TEXT NOT NULL, actor_id BIGINT NOT NULL, "
            + "PRIMARY KEY (document_id, local_id))",
        "CREATE INDEX document_actors_actor ON document_actors (actor_id)",
        "CREATE TABLE events (id " + id + ", pair_key TEXT NOT NULL, source_actor_id BIGINT, target_actor_id BIGINT, "
            + "cameo TEXT, cameo_root TEXT, plover TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION, negated INTEGER NOT NULL, "
            + "date_start TEXT, date_end TEXT, event_day TEXT, location_name TEXT, location_country TEXT, "
            + "first_seen TEXT, first_document_id TEXT NOT NULL, event_json TEXT NOT NULL, "
            + "mention_count INTEGER NOT NULL, article_count INTEGER NOT NULL, source_count INTEGER NOT NULL)",
        "CREATE INDEX events_pair ON events (pair_key)",
        "CREATE INDEX events_source ON events (source_actor_id)",
        "CREATE INDEX events_target ON events (target_actor_id)",
        "CREATE INDEX events_day ON events (event_day)",
        "CREATE TABLE event_mentions (id " + id + ", event_id BIGINT NOT NULL, document_id TEXT NOT NULL, local_id TEXT NOT NULL, "
            + "source_key TEXT NOT NULL, evidence TEXT, similarity DOUBLE PRECISION NOT NULL, event_json TEXT NOT NULL, "
            + "UNIQUE (document_id, local_id))",
        "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
        "CREATE TABLE quotes (id " + id + ", document_id TEXT NOT NULL, local_id TEXT NOT NULL, kind TEXT, text TEXT, "
            + "speaker_actor_id BIGINT, cue TEXT, start_offset INTEGER, end_offset INTEGER, published_day TEXT, "
            + "UNIQUE (document_id, local_id))",
        "CREATE INDEX quotes_speaker ON quotes (speaker_actor_id)",
        "CREATE TABLE amounts (document_id TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT, amount DOUBLE PRECISION, "
            + "unit TEXT, start_offset INTEGER, end_offset INTEGER, PRIMARY KEY (document_id, ordinal))",
        "CREATE TABLE failures (source TEXT PRIMARY KEY, error TEXT NOT NULL, attempts INTEGER NOT NULL, last_attempt TEXT NOT NULL)"));
    sql.addAll(List.of(dialect.searchSetup()));
    return sql;
  }
}
