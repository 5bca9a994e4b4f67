package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Quote;
import org.sqlite.SQLiteConfig;

/**
 * The store on JDBC, SQLite or PostgreSQL: one writer connection (writes are serialised on it) and
 * a small pool of read-only connections, so reads run concurrently with each other and with a
 * write (SQLite in WAL mode lets readers see the last committed state while a writer works).
 */
final class JdbcStore implements Store {

  private static final long POSTGRES_WRITE_LOCK = 0x44796165L;
  private static final int MAX_EVIDENCE_COMPARED = 12;
  /** Read-only connections: {@code -Ddyad.store.readers=N} (0: every read on the writer connection). */
  static final int READERS = Math.max(0, Integer.getInteger("dyad.store.readers", 4));

  private final Connection connection;
  private final Dialect dialect;
  private final String location;
  /** Idle read-only connections; null when reads share the writer connection. */
  private final java.util.concurrent.BlockingQueue<Connection> readers;
  private final List<Connection> allReaders;
  private volatile boolean closed;
  /** The follower's feeds and the watches with their alerts (schema version 6, {@link LiveSchema}). */
  private final JdbcLive live;

  private JdbcStore(Connection connection, Dialect dialect, String location, List<Connection> readers) {
    this.connection = connection;
    this.dialect = dialect;
    this.location = location;
    this.allReaders = List.copyOf(readers);
    this.readers = readers.isEmpty() ? null : new java.util.concurrent.ArrayBlockingQueue<>(readers.size(), false, readers);
    this.live = new JdbcLive(this);
  }

  static JdbcStore open(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreException("no database given");
    }
    if (location.startsWith("jdbc:postgresql:")) {
      return openPostgres(location);
    }
    if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
      throw new StoreException(shown(location) + ": unsupported database; give a file path (SQLite) or jdbc:postgresql://host/db");
    }
    return openSqlite(location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location);
  }

  private static JdbcStore openSqlite(String file) {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new StoreException(file + ": is a folder; --db takes a database file such as dyad-data/dyad.db");
    }
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(60_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Connection connection = null;
    List<Connection> readers = new ArrayList<>();
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      // autocommit between writes: a connection out of autocommit holds SQLite's write lock (the
      // driver begins the next immediate transaction at once), so no other process could write
      Migrations.migrate(connection, Dialect.SQLITE, file);
      for (int i = 0; i < READERS; i++) {
        readers.add(sqliteReader(file));
      }
      return new JdbcStore(connection, Dialect.SQLITE, file, readers);
    } catch (SQLException e) {
      closeQuietly(connection);
      readers.forEach(JdbcStore::closeQuietly);
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("NOTADB") || message.contains("not a database")) {
        throw new StoreException(file + ": not a SQLite database", e);
      }
      throw new StoreException(file + ": cannot open the database: " + message, e);
    } catch (StoreException e) {
      closeQuietly(connection);
      readers.forEach(JdbcStore::closeQuietly);
      throw e;
    }
  }

  /**
   * A read-only connection to a SQLite file the writer has opened (and so migrated and put in WAL
   * mode): its deferred transactions take no lock until they read, and a read sees the last
   * commit, never a write in progress.
   */
  private static Connection sqliteReader(String file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(60_000);
    config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    config.setCacheSize(-16_000);
    Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    try {
      reader.setAutoCommit(false);
      return reader;
    } catch (SQLException e) {
      closeQuietly(reader);
      throw e;
    }
  }

  private static JdbcStore openPostgres(String url) {
    Connection connection = null;
    List<Connection> readers = new ArrayList<>();
    try {
      connection = DriverManager.getConnection(url);
      Migrations.migrate(connection, Dialect.POSTGRES, shown(url));
      for (int i = 0; i < READERS; i++) {
        Connection reader = DriverManager.getConnection(url);
        readers.add(reader);
        reader.setReadOnly(true);
        reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        reader.setAutoCommit(false);
      }
      return new JdbcStore(connection, Dialect.POSTGRES, shown(url), readers);
    } catch (SQLException e) {
      closeQuietly(connection);
      readers.forEach(JdbcStore::closeQuietly);
      throw new StoreException(shown(url) + ": cannot open the database: " + e.getMessage(), e);
    } catch (StoreException e) {
      closeQuietly(connection);
      readers.forEach(JdbcStore::closeQuietly);
      throw e;
    }
  }

  /** The URL without a password parameter. */
  private static String shown(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public FeedStore feeds() {
    return live;
  }

  @Override
  public WatchStore watches() {
    return live;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Work on the writer connection inside one transaction. */
  @FunctionalInterface
  interface Transaction<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction on the writer connection (serialised with every
   * other write of this store), committing when it returns and rolling back when it throws.
   */
  synchronized <T> T write(String what, Transaction<T> work) {
    if (closed) {
      throw new StoreException(location + ": the store is closed");
    }
    try {
      connection.setAutoCommit(false);
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      if (e instanceof SQLException) {
        throw new StoreException(location + ": could not " + what + ": " + e.getMessage(), e);
      }
      throw (RuntimeException) e;
    } finally {
      endTransaction();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    allReaders.forEach(JdbcStore::closeQuietly);
    try {
      if (dialect == Dialect.SQLITE) {
        try (Statement statement = connection.createStatement()) {
          if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
          }
          statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException ignored) {
          // a checkpoint is an optimisation; the WAL is read on next open
        }
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException(location + ": could not close the database: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- writing

  @Override
  public synchronized AddResult add(DocumentRecord record) {
    DocumentInfo info = record.document();
    if (info == null || info.id() == null) {
      throw new IllegalArgumentException("a document record needs document.id");
    }
    try {
      // one transaction per document (SQLite: an immediate one, waiting for another writer's to end)
      connection.setAutoCommit(false);
      AddResult result = addInTransaction(record);
      if (result.added()) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      if (e instanceof SQLException) {
        throw new StoreException(location + ": could not store document " + info.id() + ": " + e.getMessage(), e);
      }
      throw (RuntimeException) e;
    } finally {
      endTransaction();
    }
  }

  /** Back to autocommit after a write, which releases SQLite's write lock for other processes. */
  private void endTransaction() {
    try {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // a broken connection: the next call reports it
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the transaction is gone either way
    }
  }

  private AddResult addInTransaction(DocumentRecord record) throws SQLException {
    if (dialect == Dialect.POSTGRES) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_xact_lock(" + POSTGRES_WRITE_LOCK + ")");
      }
    }
    DocumentInfo info = record.document();
    LocalDate published = day(info.published());
    String now = Instant.now().toString();
    String seen = published != null ? published.toString() : LocalDate.now(ZoneOffset.UTC).toString();
    String sourceKey = sourceKey(info);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO documents (id, source, url, title, published, published_day, outlet, source_key, language, ingested_at, "
            + "actor_count, event_count, quote_count, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO NOTHING")) {
      int i = 1;
      insert.setString(i++, info.id());
      insert.setString(i++, info.source());
      insert.setString(i++, info.url());
      insert.setString(i++, info.title());
      insert.setString(i++, info.published());
      insert.setString(i++, published == null ? null : published.toString());
      insert.setString(i++, info.outlet());
      insert.setString(i++, sourceKey);
      insert.setString(i++, info.language());
      insert.setString(i++, now);
      insert.setInt(i++, record.actors().size());
      insert.setInt(i++, record.events().size());
      insert.setInt(i++, record.quotes().size());
      insert.setString(i, DocumentJson.toLine(record));
      if (insert.executeUpdate() == 0) {
        return AddResult.skipped();
      }
    }
    Map<String, Long> actorIds = storeActors(record, seen);
    int newEvents = 0;
    int merged = 0;
    for (Event event : record.events()) {
      if (storeEvent(record, event, actorIds, published, seen, sourceKey)) {
        merged++;
      } else {
        newEvents++;
      }
    }
    storeQuotes(record, actorIds, published);
    storeAmounts(record);
    if (info.source() != null) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM failures WHERE source = ?")) {
        delete.setString(1, info.source());
        delete.executeUpdate();
      }
    }
    return new AddResult(true, record.events().size(), newEvents, merged);
  }

  /** The outlet, else the URL's host, else "unknown": what counts as one source. */
  static String sourceKey(DocumentInfo info) {
    if (info.outlet() != null && !info.outlet().isBlank()) {
      return info.outlet().strip().toLowerCase(Locale.ROOT);
    }
    if (info.url() != null) {
      try {
        String host = URI.create(info.url().strip()).getHost();
        if (host != null) {
          return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
      } catch (IllegalArgumentException ignored) {
        // not a URL: fall through
      }
    }
    return "unknown";
  }

  static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private Map<String, Long> storeActors(DocumentRecord record, String seen) throws SQLException {
    Map<String, Long> localToGlobal = new HashMap<>();
    Map<String, Long> keyToGlobal = new HashMap<>();
    Map<String, Integer> mentionsPerKey = new HashMap<>();
    for (Actor actor : record.actors()) {
      mentionsPerKey.merge(ActorIdentity.key(actor), Math.max(1, actor.mentions().size()), Integer::sum);
    }
    try (PreparedStatement upsert = connection.prepareStatement(
            "INSERT INTO actors (actor_key, name, kind, country, sector, code, first_seen, last_seen, document_count, mention_count) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (actor_key) DO UPDATE SET "
                + "document_count = actors.document_count + 1, mention_count = actors.mention_count + excluded.mention_count, "
                + "sector = COALESCE(actors.sector, excluded.sector), code = COALESCE(actors.code, excluded.code), "
                + "first_seen = CASE WHEN actors.first_seen IS NULL OR excluded.first_seen < actors.first_seen THEN excluded.first_seen ELSE actors.first_seen END, "
                + "last_seen = CASE WHEN actors.last_seen IS NULL OR excluded.last_seen > actors.last_seen THEN excluded.last_seen ELSE actors.last_seen END "
                + "RETURNING id");
        PreparedStatement alias = connection.prepareStatement(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement role = connection.prepareStatement(
            "INSERT INTO actor_roles (actor_id, role, first_seen, last_seen, document_count) VALUES (?, ?, ?, ?, 1) "
                + "ON CONFLICT (actor_id, role) DO UPDATE SET document_count = actor_roles.document_count + 1, "
                + "first_seen = CASE WHEN excluded.first_seen < actor_roles.first_seen THEN excluded.first_seen ELSE actor_roles.first_seen END, "
                + "last_seen = CASE WHEN excluded.last_seen > actor_roles.last_seen THEN excluded.last_seen ELSE actor_roles.last_seen END");
        PreparedStatement link = connection.prepareStatement(
            "INSERT INTO document_actors (document_id, local_id, actor_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      Map<String, Set<String>> rolesPerActor = new HashMap<>();
      for (Actor actor : record.actors()) {
        String key = ActorIdentity.key(actor);
        Long id = keyToGlobal.get(key);
        if (id == null) {
          int i = 1;
          upsert.setString(i++, key);
          upsert.setString(i++, actor.name() == null ? "" : actor.name());
          upsert.setString(i++, actor.kind());
          upsert.setString(i++, actor.country());
          upsert.setString(i++, actor.sector());
          upsert.setString(i++, actor.code());
          upsert.setString(i++, seen);
          upsert.setString(i++, seen);
          upsert.setInt(i, mentionsPerKey.get(key));
          try (ResultSet rows = upsert.executeQuery()) {
            rows.next();
            id = rows.getLong(1);
          }
          keyToGlobal.put(key, id);
        }
        localToGlobal.put(actor.id(), id);
        link.setString(1, record.document().id());
        link.setString(2, actor.id());
        link.setLong(3, id);
        link.executeUpdate();
        List<String> names = new ArrayList<>();
        if (actor.name() != null) {
          names.add(actor.name());
        }
        names.addAll(actor.aliases());
        for (String name : names) {
          if (name != null && !name.isBlank()) {
            alias.setLong(1, id);
            alias.setString(2, name.strip());
            alias.executeUpdate();
          }
        }
        if (actor.role() != null && !actor.role().isBlank()
            && rolesPerActor.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(actor.role().strip())) {
          role.setLong(1, id);
          role.setString(2, actor.role().strip());
          role.setString(3, seen);
          role.setString(4, seen);
          role.executeUpdate();
        }
      }
    }
    return localToGlobal;
  }

  /** Sets the five place columns (lat, lon, adm1, GeoNames id, precision) from parameter {@code first} on. */
  private static void setPlace(PreparedStatement statement, int first, Location location) throws SQLException {
    boolean known = location != null;
    setDouble(statement, first, known ? location.lat() : null);
    setDouble(statement, first + 1, known ? location.lon() : null);
    statement.setString(first + 2, known ? location.adm1() : null);
    setLong(statement, first + 3, known && location.geonameId() != null ? Long.valueOf(location.geonameId()) : null);
    statement.setString(first + 4, known ? location.precision() : null);
  }

  private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, java.sql.Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static Double doubleOrNull(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }

  /** Stores one event mention; true when it was merged into an event already stored. */
  private boolean storeEvent(DocumentRecord record, Event event, Map<String, Long> actorIds, LocalDate published,
      String seen, String sourceKey) throws SQLException {
    Long source = event.source() == null ? null : actorIds.get(event.source());
    Long target = event.target() == null ? null : actorIds.get(event.target());
    String root = event.cameo() == null || event.cameo().length() < 2 ? event.cameo() : event.cameo().substring(0, 2);
    String evidence = event.evidence() == null ? null : event.evidence().text();
    EventMatcher.TimeRange range = EventMatcher.range(event.date(), published);
    EventMatcher.Report incoming = EventMatcher.report(event.cameo(), range, event.location(), evidence);
    String eventJson = json(event);

    List<String> pairKeys = new ArrayList<>();
    pairKeys.add(pairKey(source, target, root, event.negated()));
    if (EventMatcher.symmetric(root) && !java.util.Objects.equals(source, target)) {
      pairKeys.add(pairKey(target, source, root, event.negated()));
    }
    long bestEvent = -1;
    double bestSimilarity = -1;
    EventMatcher.TimeRange bestRange = null;
    for (String pairKey : pairKeys) {
      // Only events whose time can match (EventMatcher: ranges overlapping with a day of slack, or
      // no range): a busy actor pair has thousands of events, and each candidate costs two queries.
      String columns = "SELECT id, cameo, date_start, date_end, location_name, location_country, location_lat, location_lon, "
          + "location_adm1, location_geoname_id, location_precision FROM events WHERE pair_key = ?";
      String sql = range == null ? columns : columns + " AND date_end IS NULL UNION ALL " + columns
          + " AND date_end >= ? AND date_start <= ? ORDER BY 1";
      try (PreparedStatement candidates = connection.prepareStatement(sql)) {
        candidates.setString(1, pairKey);
        if (range != null) {
          candidates.setString(2, pairKey);
          candidates.setString(3, range.start().minusDays(1).toString());
          candidates.setString(4, range.end().plusDays(1).toString());
        }
        List<Candidate> found = new ArrayList<>();
        try (ResultSet rows = candidates.executeQuery()) {
          while (rows.next()) {
            EventMatcher.TimeRange storedRange = rows.getString(3) == null ? null
                : new EventMatcher.TimeRange(LocalDate.parse(rows.getString(3)), LocalDate.parse(rows.getString(4)));
            String place = rows.getString(5) == null ? null : ActorIdentity.normalizedName(rows.getString(5));
            EventMatcher.Place where = new EventMatcher.Place(doubleOrNull(rows, 7), doubleOrNull(rows, 8), rows.getString(9),
                rows.getObject(10) == null ? null : rows.getLong(10), rows.getString(11));
            found.add(new Candidate(rows.getLong(1),
                new EventMatcher.Report(rows.getString(2), storedRange, rows.getString(6), place, where, Set.of())));
          }
        }
        for (Candidate candidate : found) {
          double similarity = EventMatcher.match(candidate.report(), evidenceWords(candidate.eventId()), incoming,
              reportedIn(candidate.eventId(), record.document().id()));
          if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            bestEvent = candidate.eventId();
            bestRange = candidate.report().range();
          }
        }
      }
    }
    boolean merged = bestEvent >= 0;
    long eventId;
    if (merged) {
      eventId = bestEvent;
      EventMatcher.TimeRange narrowed = bestRange == null ? range : bestRange.narrower(range);
      EventMatcher.TimeRange own = EventMatcher.parse(event.date());
      // a report giving the event's own date, more precise than what was known, places the event
      String day = own != null && own.equals(narrowed) ? own.start().toString() : null;
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE events SET event_day = COALESCE(?, event_day), date_start = ?, date_end = ?, "
              + "first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen THEN ? ELSE first_seen END, "
              + "location_name = COALESCE(location_name, ?), location_country = COALESCE(location_country, ?), "
              + "location_lat = COALESCE(location_lat, ?), location_lon = COALESCE(location_lon, ?), "
              + "location_adm1 = COALESCE(location_adm1, ?), location_geoname_id = COALESCE(location_geoname_id, ?), "
              + "location_precision = COALESCE(location_precision, ?), "
              // an event is as sure as its surest report
              + "confidence = CASE WHEN confidence IS NULL OR confidence < ? THEN ? ELSE confidence END WHERE id = ?")) {
        update.setString(1, day);
        update.setString(2, narrowed == null ? null : narrowed.start().toString());
        update.setString(3, narrowed == null ? null : narrowed.end().toString());
        update.setString(4, seen);
        update.setString(5, seen);
        update.setString(6, event.location() == null ? null : event.location().name());
        update.setString(7, event.location() == null ? null : event.location().country());
        setPlace(update, 8, event.location());
        update.setDouble(13, event.confidence());
        update.setDouble(14, event.confidence());
        update.setLong(15, eventId);
        update.executeUpdate();
      }
    } else {
      EventMatcher.TimeRange own = EventMatcher.parse(event.date());
      String eventDay = own != null ? own.start().toString() : (published == null ? null : published.toString());
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO events (pair_key, source_actor_id, target_actor_id, cameo, cameo_root, plover, quad_class, goldstein, negated, "
              + "date_start, date_end, event_day, location_name, location_country, first_seen, first_document_id, event_json, "
              + "mention_count, article_count, source_count, confidence, location_lat, location_lon, location_adm1, "
              + "location_geoname_id, location_precision) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?) "
              + "RETURNING id")) {
        int i = 1;
        insert.setString(i++, pairKeys.get(0));
        setLong(insert, i++, source);
        setLong(insert, i++, target);
        insert.setString(i++, event.cameo());
        insert.setString(i++, root);
        insert.setString(i++, event.plover());
        insert.setInt(i++, event.quadClass());
        insert.setDouble(i++, event.goldstein());
        insert.setInt(i++, event.negated() ? 1 : 0);
        insert.setString(i++, range == null ? null : range.start().toString());
        insert.setString(i++, range == null ? null : range.end().toString());
        insert.setString(i++, eventDay);
        insert.setString(i++, event.location() == null ? null : event.location().name());
        insert.setString(i++, event.location() == null ? null : event.location().country());
        insert.setString(i++, seen);
        insert.setString(i++, record.document().id());
        insert.setString(i++, eventJson);
        insert.setDouble(i++, event.confidence());
        setPlace(insert, i, event.location());
        try (ResultSet rows = insert.executeQuery()) {
          rows.next();
          eventId = rows.getLong(1);
        }
      }
    }
    long mentionId;
    try (PreparedStatement mention = connection.prepareStatement(
        "INSERT INTO event_mentions (event_id, document_id, local_id, source_key, evidence, similarity, event_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      mention.setLong(1, eventId);
      mention.setString(2, record.document().id());
      mention.setString(3, event.id());
      mention.setString(4, sourceKey);
      mention.setString(5, evidence);
      mention.setDouble(6, merged ? bestSimilarity : 1.0);
      mention.setString(7, eventJson);
      try (ResultSet rows = mention.executeQuery()) {
        rows.next();
        mentionId = rows.getLong(1);
      }
    }
    if (dialect.indexesSearchText() && evidence != null) {
      try (PreparedStatement search = connection.prepareStatement("INSERT INTO mention_search (rowid, evidence) VALUES (?, ?)")) {
        search.setLong(1, mentionId);
        search.setString(2, evidence);
        search.executeUpdate();
      }
    }
    try (PreparedStatement counts = connection.prepareStatement(
        "UPDATE events SET mention_count = (SELECT COUNT(*) FROM event_mentions WHERE event_id = ?), "
            + "article_count = (SELECT COUNT(DISTINCT document_id) FROM event_mentions WHERE event_id = ?), "
            + "source_count = (SELECT COUNT(DISTINCT source_key) FROM event_mentions WHERE event_id = ?) WHERE id = ?")) {
      for (int i = 1; i <= 4; i++) {
        counts.setLong(i, eventId);
      }
      counts.executeUpdate();
    }
    countReport(eventId, merged, source, target, event);
    return merged;
  }

  /**
   * Keeps the totals read by the actor list and the network: a new event adds one to its actors'
   * {@code event_count}; every report adds one report (and a new event one event and its
   * Goldstein score) to its actor pair's row in {@code actor_pairs}.
   */
  private void countReport(long eventId, boolean merged, Long source, Long target, Event event) throws SQLException {
    Long pairSource = source;
    Long pairTarget = target;
    int quadClass = event.quadClass();
    if (merged) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT source_actor_id, target_actor_id, COALESCE(quad_class, 0) FROM events WHERE id = ?")) {
        select.setLong(1, eventId);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          pairSource = rows.getLong(1);
          pairSource = rows.wasNull() ? null : pairSource;
          pairTarget = rows.getLong(2);
          pairTarget = rows.wasNull() ? null : pairTarget;
          quadClass = rows.getInt(3);
        }
      }
    } else if (source != null || target != null) {
      try (PreparedStatement actors = connection.prepareStatement("UPDATE actors SET event_count = event_count + 1 WHERE id = ? OR id = ?")) {
        setLong(actors, 1, source);
        setLong(actors, 2, target);
        actors.executeUpdate();
      }
    }
    if (pairSource == null || pairTarget == null || pairSource.equals(pairTarget)) {
      return;
    }
    try (PreparedStatement pair = connection.prepareStatement(
        "INSERT INTO actor_pairs (source_actor_id, target_actor_id, quad_class, event_count, mention_count, goldstein_sum) "
            + "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (source_actor_id, target_actor_id, quad_class) DO UPDATE SET "
            + "event_count = actor_pairs.event_count + excluded.event_count, mention_count = actor_pairs.mention_count + 1, "
            + "goldstein_sum = actor_pairs.goldstein_sum + excluded.goldstein_sum")) {
      pair.setLong(1, pairSource);
      pair.setLong(2, pairTarget);
      pair.setInt(3, quadClass);
      pair.setInt(4, merged ? 0 : 1);
      pair.setDouble(5, merged ? 0 : event.goldstein());
      pair.executeUpdate();
    }
  }

  /** A stored event that may be the one a new report describes. */
  private record Candidate(long eventId, EventMatcher.Report report) {}

  private static String pairKey(Long source, Long target, String root, boolean negated) {
    return (source == null ? "-" : source) + ">" + (target == null ? "-" : target) + "|" + root + (negated ? "|not" : "");
  }

  private boolean reportedIn(long eventId, String documentId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM event_mentions WHERE event_id = ? AND document_id = ?")) {
      select.setLong(1, eventId);
      select.setString(2, documentId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private List<Set<String>> evidenceWords(long eventId) throws SQLException {
    List<Set<String>> evidence = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT evidence FROM event_mentions WHERE event_id = ? ORDER BY id LIMIT " + MAX_EVIDENCE_COMPARED)) {
      select.setLong(1, eventId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          evidence.add(EventMatcher.words(rows.getString(1)));
        }
      }
    }
    return evidence;
  }

  private void storeQuotes(DocumentRecord record, Map<String, Long> actorIds, LocalDate published) throws SQLException {
    for (Quote quote : record.quotes()) {
      long quoteId;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO quotes (document_id, local_id, kind, text, speaker_actor_id, cue, start_offset, end_offset, published_day) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
        int i = 1;
        insert.setString(i++, record.document().id());
        insert.setString(i++, quote.id());
        insert.setString(i++, quote.kind());
        insert.setString(i++, quote.text());
        setLong(insert, i++, quote.speaker() == null ? null : actorIds.get(quote.speaker()));
        insert.setString(i++, quote.cue());
        insert.setInt(i++, quote.start());
        insert.setInt(i++, quote.end());
        insert.setString(i, published == null ? null : published.toString());
        try (ResultSet rows = insert.executeQuery()) {
          rows.next();
          quoteId = rows.getLong(1);
        }
      }
      if (dialect.indexesSearchText() && quote.text() != null) {
        try (PreparedStatement search = connection.prepareStatement("INSERT INTO quote_search (rowid, text) VALUES (?, ?)")) {
          search.setLong(1, quoteId);
          search.setString(2, quote.text());
          search.executeUpdate();
        }
      }
    }
  }

  private void storeAmounts(DocumentRecord record) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO amounts (document_id, ordinal, text, amount, unit, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (Amount amount : record.amounts()) {
        insert.setString(1, record.document().id());
        insert.setInt(2, ordinal++);
        insert.setString(3, amount.text());
        if (amount.value() == null) {
          insert.setNull(4, Types.DOUBLE);
        } else {
          insert.setDouble(4, amount.value().doubleValue());
        }
        insert.setString(5, amount.unit());
        insert.setInt(6, amount.start());
        insert.setInt(7, amount.end());
        insert.executeUpdate();
      }
    }
  }

  @Override
  public synchronized void recordFailure(String source, String error) {
    String now = Instant.now().toString();
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO failures (source, error, attempts, last_attempt) VALUES (?, ?, 1, ?) "
            + "ON CONFLICT (source) DO UPDATE SET error = excluded.error, attempts = failures.attempts + 1, last_attempt = excluded.last_attempt")) {
      upsert.setString(1, source == null ? "(unknown)" : source);
      upsert.setString(2, error == null ? "(no message)" : error);
      upsert.setString(3, now);
      upsert.executeUpdate(); // one statement in autocommit: its own transaction
    } catch (SQLException e) {
      throw new StoreException(location + ": could not record a failure: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- reading

  @Override
  public boolean containsDocument(String documentId) {
    return read(() -> {
      return query("SELECT 1 FROM documents WHERE id = ?", List.of(documentId), rows -> rows.next());
    });
  }

  @Override
  public StoreStats stats() {
    return read(() -> {
      // failures change without a document: a new one takes a new last row (they are deleted only by an add)
      String stamp = stamp() + (dialect == Dialect.SQLITE
          ? "/" + query("SELECT MAX(rowid) FROM failures", List.of(), rows -> rows.next() ? rows.getString(1) : "") : "");
      return cached("stats", stamp, () -> query("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM actors), "
          + "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM quotes), "
          + "(SELECT COUNT(*) FROM amounts), (SELECT COUNT(*) FROM failures)", List.of(), rows -> {
            rows.next();
            return new StoreStats(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                rows.getLong(6), rows.getLong(7));
          }));
    });
  }

  @Override
  public Page<DocumentSummary> documents(int limit, int offset) {
    return read(() -> {
      long total = count(new Sql("SELECT COUNT(*) FROM documents"));
      List<DocumentSummary> items = query(
          "SELECT id, source, url, title, published, outlet, ingested_at, actor_count, event_count, quote_count FROM documents "
              + "ORDER BY ingested_at DESC, id LIMIT ? OFFSET ?", List.of(limit, offset), rows -> {
            List<DocumentSummary> list = new ArrayList<>();
            while (rows.next()) {
              list.add(new DocumentSummary(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                  rows.getString(5), rows.getString(6), rows.getString(7), rows.getInt(8), rows.getInt(9), rows.getInt(10)));
            }
            return list;
          });
      return new Page<>(items, total, limit, offset);
    });
  }

  @Override
  public Optional<String> documentJson(String documentId) {
    return read(() -> {
      return query("SELECT record_json FROM documents WHERE id = ?", List.of(documentId),
          rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty());
    });
  }

  @Override
  public Optional<DocumentRecord> document(String documentId) {
    return documentJson(documentId).map(DocumentJson::read);
  }

  @Override
  public void forEachDocumentJson(EventFilter filter, Consumer<String> action) {
    read(() -> {
      Sql sql = new Sql("SELECT d.record_json FROM documents d");
      if (constrains(filter)) {
        Sql events = eventIds(filter);
        sql.append(" WHERE d.id IN (SELECT m.document_id FROM event_mentions m WHERE m.event_id IN (").append(events).append("))");
      }
      sql.append(" ORDER BY d.ingested_at, d.id");
      query(sql.text(), sql.parameters(), rows -> {
        while (rows.next()) {
          action.accept(rows.getString(1));
        }
        return null;
      });
      return null;
    });
  }

  private static boolean constrains(EventFilter filter) {
    return filter.actor() != null || filter.country() != null || filter.cameo() != null || filter.plover() != null
        || filter.quadClass() != null || filter.from() != null || filter.to() != null || filter.text() != null
        || filter.documentId() != null || filter.minConfidence() != null || filter.where() != null;
  }

  @Override
  public Page<ActorSummary> actors(String name, String kind, String country, int limit, int offset) {
    return read(() -> {
      Sql where = new Sql(" WHERE 1 = 1");
      if (name != null && !name.isBlank()) {
        String like = "%" + name.strip().toLowerCase(Locale.ROOT) + "%";
        where.append(" AND (LOWER(a.name) LIKE ? OR a.id IN (SELECT actor_id FROM actor_aliases WHERE LOWER(alias) LIKE ?))", like, like);
      }
      if (kind != null && !kind.isBlank()) {
        where.append(" AND a.kind = ?", kind.strip().toLowerCase(Locale.ROOT));
      }
      if (country != null && !country.isBlank()) {
        where.append(" AND a.country = ?", country.strip().toUpperCase(Locale.ROOT));
      }
      Sql count = new Sql("SELECT COUNT(*) FROM actors a").append(where);
      long total = count(count);
      Sql select = new Sql(ACTOR_COLUMNS + " FROM actors a").append(where)
          .append(" ORDER BY a.document_count DESC, a.mention_count DESC, a.id LIMIT ? OFFSET ?", limit, offset);
      List<ActorSummary> items = query(select.text(), select.parameters(), JdbcStore::actorRows);
      return new Page<>(items, total, limit, offset);
    });
  }

  private static final String ACTOR_COLUMNS = "SELECT a.id, a.name, a.kind, a.country, a.sector, a.code, a.document_count, "
      + "a.mention_count, a.event_count, "
      + "a.first_seen, a.last_seen";

  private static List<ActorSummary> actorRows(ResultSet rows) throws SQLException {
    List<ActorSummary> list = new ArrayList<>();
    while (rows.next()) {
      list.add(new ActorSummary(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
          rows.getString(6), rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getString(10), rows.getString(11)));
    }
    return list;
  }

  @Override
  public Optional<ActorProfile> actor(long actorId) {
    return read(() -> {
      List<ActorSummary> found = query(ACTOR_COLUMNS + " FROM actors a WHERE a.id = ?", List.of(actorId), JdbcStore::actorRows);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      List<String> aliases = query("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", List.of(actorId), rows -> {
        List<String> list = new ArrayList<>();
        while (rows.next()) {
          list.add(rows.getString(1));
        }
        return list;
      });
      List<ActorRole> roles = query("SELECT role, first_seen, last_seen, document_count FROM actor_roles WHERE actor_id = ? "
          + "ORDER BY first_seen, role", List.of(actorId), rows -> {
            List<ActorRole> list = new ArrayList<>();
            while (rows.next()) {
              list.add(new ActorRole(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
            }
            return list;
          });
      List<NetworkEdge> partners = networkQuery(null, EventFilter.all(), actorId, 20);
      return Optional.of(new ActorProfile(found.get(0), aliases, roles, partners));
    });
  }

  static final String EVENT_COLUMNS = "SELECT e.id, e.event_json, e.event_day, e.first_seen, e.mention_count, "
      + "e.article_count, e.source_count, e.first_document_id, "
      + "sa.id, sa.name, sa.code, sa.country, sa.kind, ta.id, ta.name, ta.code, ta.country, ta.kind, "
      + "(SELECT COALESCE(d.url, d.source) FROM documents d WHERE d.id = e.first_document_id)";
  static final String EVENT_FROM = " FROM events e LEFT JOIN actors sa ON sa.id = e.source_actor_id "
      + "LEFT JOIN actors ta ON ta.id = e.target_actor_id";

  @Override
  public List<EventPoint> eventPoints(EventFilter filter, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return read(() -> {
      Sql select = new Sql("SELECT e.id, e.location_lat, e.location_lon, e.location_name, e.location_precision, e.cameo, "
          + "e.quad_class, e.event_day, sa.name, ta.name, e.mention_count" + EVENT_FROM)
          .append(eventConditions(filter))
          .append(" AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL ORDER BY e.mention_count DESC, e.id DESC LIMIT ?", limit);
      return query(select.text(), select.parameters(), rows -> {
        List<EventPoint> points = new ArrayList<>();
        while (rows.next()) {
          points.add(new EventPoint(rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getString(4), rows.getString(5),
              rows.getString(6), rows.getInt(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getInt(11)));
        }
        return points;
      });
    });
  }

  @Override
  public Page<EventSummary> events(EventFilter filter) {
    return read(() -> eventPage(eventConditions(filter), countEvents(filter), constrains(filter), filter));
  }

  @Override
  public Page<EventSummary> eventsBetween(String actorA, String actorB, EventFilter filter) {
    return read(() -> {
      Sql a = actorIds(actorA);
      Sql b = actorIds(actorB);
      Sql where = eventConditions(filter).append(" AND ((e.source_actor_id IN (").append(a).append(") AND e.target_actor_id IN (")
          .append(b).append(")) OR (e.source_actor_id IN (").append(b).append(") AND e.target_actor_id IN (").append(a).append(")))");
      return eventPage(where, count(new Sql("SELECT COUNT(*)" + EVENT_FROM).append(where)), true, filter);
    });
  }

  /** One page of the events matching {@code where}, most recent day first, with the number of matches. */
  private Page<EventSummary> eventPage(Sql where, long total, boolean constrained, EventFilter filter) {
    List<EventSummary> items = new ArrayList<>();
    if (filter.offset() >= total) {
      return new Page<>(items, total, filter.limit(), filter.offset());
    }
    String from = constrained && scanByDay(filter, total) ? EVENT_FROM.replace("events e ", "events e INDEXED BY events_day ") : EVENT_FROM;
    Sql select = new Sql(EVENT_COLUMNS + from).append(where)
        .append(" ORDER BY e.event_day DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?", filter.limit(), filter.offset());
    query(select.text(), select.parameters(), rows -> {
      while (rows.next()) {
        items.add(eventRow(rows));
      }
      return null;
    });
    return new Page<>(items, total, filter.limit(), filter.offset());
  }

  /**
   * True when a page of a filtered event list is found sooner by walking the events newest day
   * first until the page is full than by collecting every match through the filter's indexes and
   * sorting them: when matches are common, (offset + limit) * events / matches rows are read the
   * first way and all matches the second. SQLite's planner cannot tell (it has no estimate of how
   * many events an actor or a CAMEO prefix has) and sorted 100,000 matches for 50 rows;
   * PostgreSQL's statistics can, so it plans by itself.
   */
  private boolean scanByDay(EventFilter filter, long total) {
    if (dialect != Dialect.SQLITE || total == 0) {
      return false;
    }
    long events = query("SELECT COALESCE(MAX(id), 0) FROM events", List.of(), rows -> rows.next() ? rows.getLong(1) : 0L);
    double wanted = (double) filter.offset() + filter.limit();
    return wanted * events / total < total;
  }

  @Override
  public void forEachEvent(EventFilter filter, Consumer<EventSummary> action) {
    read(() -> {
      Sql select = new Sql(EVENT_COLUMNS + EVENT_FROM).append(eventConditions(filter)).append(" ORDER BY e.id");
      query(select.text(), select.parameters(), rows -> {
        while (rows.next()) {
          action.accept(eventRow(rows));
        }
        return null;
      });
      return null;
    });
  }

  static EventSummary eventRow(ResultSet rows) throws SQLException {
    return new EventSummary(rows.getLong(1), event(rows.getString(2)), actorRef(rows, 9), actorRef(rows, 14),
        rows.getString(3), rows.getString(4), rows.getInt(5), rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getString(19));
  }

  private static ActorRef actorRef(ResultSet rows, int column) throws SQLException {
    long id = rows.getLong(column);
    if (rows.wasNull()) {
      return null;
    }
    return new ActorRef(id, rows.getString(column + 1), rows.getString(column + 2), rows.getString(column + 3), rows.getString(column + 4));
  }

  @Override
  public Optional<EventDetail> event(long eventId) {
    return read(() -> {
      Sql select = new Sql(EVENT_COLUMNS + EVENT_FROM + " WHERE e.id = ?", eventId);
      Optional<EventSummary> summary = query(select.text(), select.parameters(),
          rows -> rows.next() ? Optional.of(eventRow(rows)) : Optional.empty());
      if (summary.isEmpty()) {
        return Optional.empty();
      }
      List<EventMention> mentions = query("SELECT m.document_id, d.title, d.url, d.outlet, d.published, m.event_json, m.similarity "
          + "FROM event_mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ? ORDER BY m.id", List.of(eventId), rows -> {
            List<EventMention> list = new ArrayList<>();
            while (rows.next()) {
              list.add(new EventMention(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                  event(rows.getString(6)), rows.getDouble(7)));
            }
            return list;
          });
      return Optional.of(new EventDetail(summary.get(), mentions));
    });
  }

  @Override
  public Page<QuoteSummary> quotes(EventFilter filter) {
    return read(() -> {
      Sql where = new Sql(" WHERE 1 = 1");
      if (filter.actor() != null) {
        where.append(" AND q.speaker_actor_id IN (").append(actorIds(filter.actor())).append(")");
      }
      if (filter.country() != null) {
        where.append(" AND sa.country = ?", filter.country().toUpperCase(Locale.ROOT));
      }
      if (filter.text() != null) {
        where.append(" AND " + dialect.quoteMatches("q"), dialect.searchParameter(filter.text()));
      }
      if (filter.from() != null) {
        where.append(" AND q.published_day >= ?", filter.from().toString());
      }
      if (filter.to() != null) {
        where.append(" AND q.published_day <= ?", filter.to().toString());
      }
      if (filter.documentId() != null) {
        where.append(" AND q.document_id = ?", filter.documentId());
      }
      String from = " FROM quotes q JOIN documents d ON d.id = q.document_id LEFT JOIN actors sa ON sa.id = q.speaker_actor_id";
      Sql count = new Sql("SELECT COUNT(*)" + from).append(where);
      long total = count(count);
      Sql select = new Sql("SELECT q.id, q.local_id, q.kind, q.text, q.cue, q.start_offset, q.end_offset, q.document_id, d.title, d.published, "
          + "sa.id, sa.name, sa.code, sa.country, sa.kind, (SELECT local_id FROM document_actors da WHERE da.document_id = q.document_id "
          + "AND da.actor_id = q.speaker_actor_id ORDER BY local_id LIMIT 1)" + from)
          .append(where).append(" ORDER BY q.published_day DESC NULLS LAST, q.id DESC LIMIT ? OFFSET ?", filter.limit(), filter.offset());
      List<QuoteSummary> items = query(select.text(), select.parameters(), rows -> {
        List<QuoteSummary> list = new ArrayList<>();
        while (rows.next()) {
          Quote quote = new Quote(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(16), rows.getString(5),
              rows.getInt(6), rows.getInt(7));
          list.add(new QuoteSummary(rows.getLong(1), quote, actorRef(rows, 11), rows.getString(8), rows.getString(9), rows.getString(10)));
        }
        return list;
      });
      return new Page<>(items, total, filter.limit(), filter.offset());
    });
  }

  @Override
  public List<DyadPeriod> dyad(String actorA, String actorB, Period by, boolean directed, EventFilter filter) {
    return read(() -> {
      // Counted in SQL per period (month and year labels are prefixes of the day; weeks are made of
      // days here), one query per direction, each answered from the events_dyad and
      // event_mentions_sources indexes: reading every event of a busy pair through JDBC took
      // most of a second at a million events. The second direction leaves out events the first
      // already counted (both actors on both sides).
      String label = switch (by) {
        case MONTH -> "substr(e.event_day, 1, 7)";
        case YEAR -> "substr(e.event_day, 1, 4)";
        default -> "e.event_day";
      };
      Sql counts = new Sql("SELECT c.label, c.quad, SUM(c.events), SUM(c.goldstein), SUM(c.mentions) FROM (")
          .append(dyadCounts(label, actorA, actorB, filter, false));
      Sql sources = new Sql("SELECT DISTINCT s.label, s.source_key FROM (").append(dyadSources(label, actorA, actorB, filter, false));
      if (!directed) {
        counts.append(" UNION ALL ").append(dyadCounts(label, actorB, actorA, filter, true));
        sources.append(" UNION ALL ").append(dyadSources(label, actorB, actorA, filter, true));
      }
      counts.append(") c GROUP BY c.label, c.quad");
      sources.append(") s");
      Map<String, long[]> rowsPerPeriod = new TreeMap<>();
      Map<String, double[]> goldstein = new HashMap<>();
      Map<String, Set<String>> sourcesPerPeriod = new HashMap<>();
      query(counts.text(), counts.parameters(), rows -> {
        while (rows.next()) {
          String period = periodLabel(rows.getString(1), by);
          long[] row = rowsPerPeriod.computeIfAbsent(period, p -> new long[6]);
          int quad = rows.getInt(2);
          long events = rows.getLong(3);
          if (quad >= 1 && quad <= 4) {
            row[quad - 1] += events;
          }
          row[4] += events;
          row[5] += rows.getLong(5);
          goldstein.computeIfAbsent(period, p -> new double[1])[0] += rows.getDouble(4);
        }
        return null;
      });
      query(sources.text(), sources.parameters(), rows -> {
        while (rows.next()) {
          sourcesPerPeriod.computeIfAbsent(periodLabel(rows.getString(1), by), p -> new java.util.HashSet<>()).add(rows.getString(2));
        }
        return null;
      });
      List<DyadPeriod> periods = new ArrayList<>();
      DyadPeriod undated = null;
      for (Map.Entry<String, long[]> entry : rowsPerPeriod.entrySet()) {
        long[] row = entry.getValue();
        Double mean = row[4] == 0 ? null : Math.round(goldstein.get(entry.getKey())[0] / row[4] * 100) / 100.0;
        DyadPeriod period = new DyadPeriod(entry.getKey(), (int) row[0], (int) row[1], (int) row[2], (int) row[3], (int) row[4],
            (int) row[5], mean, sourcesPerPeriod.getOrDefault(entry.getKey(), Set.of()).size());
        if (entry.getKey().equals("undated")) {
          undated = period;
        } else {
          periods.add(period);
        }
      }
      if (undated != null) {
        periods.add(undated);
      }
      return periods;
    });
  }

  /** A period label from the label SQL gave: the day for days and weeks, the prefix for months and years. */
  private static String periodLabel(String label, Period by) {
    if (label == null) {
      return "undated";
    }
    return by == Period.DAY || by == Period.WEEK ? by.label(LocalDate.parse(label)) : label;
  }

  /** Events from {@code source} to {@code target} counted per period label and QuadClass. */
  private Sql dyadCounts(String label, String source, String target, EventFilter filter, boolean second) {
    return new Sql("SELECT " + label + " AS label, e.quad_class AS quad, COUNT(*) AS events, SUM(e.goldstein) AS goldstein, "
        + "SUM(e.mention_count) AS mentions" + EVENT_FROM).append(dyadConditions(source, target, filter, second))
        .append(" GROUP BY " + label + ", e.quad_class");
  }

  /** The outlets reporting events from {@code source} to {@code target}, per period label. */
  private Sql dyadSources(String label, String source, String target, EventFilter filter, boolean second) {
    return new Sql("SELECT DISTINCT " + label + " AS label, m.source_key AS source_key" + EVENT_FROM
        + " JOIN event_mentions m ON m.event_id = e.id").append(dyadConditions(source, target, filter, second));
  }

  /** Events from {@code source} to {@code target}; for the second direction, not those the first has. */
  private Sql dyadConditions(String source, String target, EventFilter filter, boolean second) {
    Sql where = eventConditions(filter)
        .append(" AND e.source_actor_id IN (").append(actorIds(source)).append(") AND e.target_actor_id IN (")
        .append(actorIds(target)).append(")");
    if (second) {
      where.append(" AND NOT (e.source_actor_id IN (").append(actorIds(target)).append(") AND e.target_actor_id IN (")
          .append(actorIds(source)).append("))");
    }
    return where;
  }

  @Override
  public List<NetworkEdge> network(Integer quadClass, EventFilter filter, int limit) {
    return read(() -> {
      return networkQuery(quadClass, filter, null, limit);
    });
  }

  /** The network's edges, optionally only those of one actor; from the totals per actor pair when no filter narrows the events. */
  private List<NetworkEdge> networkQuery(Integer quadClass, EventFilter filter, Long actorId, int limit) {
    Sql pairs = constrains(filter) ? pairsFromEvents(quadClass, filter, actorId) : pairsFromTotals(quadClass, actorId);
    return edges(pairs, limit);
  }

  /** Per actor pair from {@code actor_pairs}, the totals kept on write: a few rows per pair instead of every event. */
  private static Sql pairsFromTotals(Integer quadClass, Long actorId) {
    Sql pairs = new Sql("SELECT t.source_actor_id AS pair_source, t.target_actor_id AS pair_target, SUM(t.event_count) AS pair_events, "
        + "SUM(t.mention_count) AS pair_mentions, SUM(t.goldstein_sum) / SUM(t.event_count) AS pair_goldstein "
        + "FROM actor_pairs t WHERE t.event_count > 0");
    if (actorId != null) {
      pairs.append(" AND (t.source_actor_id = ? OR t.target_actor_id = ?)", actorId, actorId);
    }
    if (quadClass != null) {
      pairs.append(" AND t.quad_class = ?", quadClass);
    }
    return pairs.append(" GROUP BY t.source_actor_id, t.target_actor_id");
  }

  /** The network counted over every event, as when a filter narrows them: to check the totals kept on write. */
  List<NetworkEdge> networkCountedOverEvents(Integer quadClass, Long actorId, int limit) {
    return read(() -> edges(pairsFromEvents(quadClass, EventFilter.all(), actorId), limit));
  }

  /** Per actor pair counted over the events the filter keeps. */
  private Sql pairsFromEvents(Integer quadClass, EventFilter filter, Long actorId) {
    // Events are counted per actor id pair first (an index scan with events_network), then the
    // few pairs are joined to their actors: grouping a million events by the actors' columns
    // took seconds.
    Sql pairs = new Sql("SELECT e.source_actor_id AS pair_source, e.target_actor_id AS pair_target, COUNT(*) AS pair_events, "
        + "SUM(e.mention_count) AS pair_mentions, AVG(e.goldstein) AS pair_goldstein" + EVENT_FROM).append(eventConditions(filter))
        .append(" AND e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL AND e.source_actor_id <> e.target_actor_id");
    if (actorId != null) {
      pairs.append(" AND (e.source_actor_id = ? OR e.target_actor_id = ?)", actorId, actorId);
    }
    if (quadClass != null) {
      pairs.append(" AND e.quad_class = ?", quadClass);
    }
    return pairs.append(" GROUP BY e.source_actor_id, e.target_actor_id");
  }

  private List<NetworkEdge> edges(Sql pairs, int limit) {
    Sql select = new Sql("SELECT sa.id, sa.name, sa.code, sa.country, sa.kind, ta.id, ta.name, ta.code, ta.country, ta.kind, "
        + "p.pair_events, p.pair_mentions, p.pair_goldstein FROM (").append(pairs)
        .append(") p JOIN actors sa ON sa.id = p.pair_source JOIN actors ta ON ta.id = p.pair_target "
            + "ORDER BY p.pair_events DESC, p.pair_mentions DESC, sa.id, ta.id LIMIT ?", limit);
    return query(select.text(), select.parameters(), rows -> {
      List<NetworkEdge> edges = new ArrayList<>();
      while (rows.next()) {
        edges.add(new NetworkEdge(actorRef(rows, 1), actorRef(rows, 6), rows.getInt(11), rows.getInt(12),
            Math.round(rows.getDouble(13) * 100) / 100.0));
      }
      return edges;
    });
  }

  @Override
  public List<Failure> failures(int limit) {
    return read(() -> {
      return query("SELECT source, error, attempts, last_attempt FROM failures ORDER BY last_attempt DESC LIMIT ?", List.of(limit), rows -> {
        List<Failure> list = new ArrayList<>();
        while (rows.next()) {
          list.add(new Failure(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
        }
        return list;
      });
    });
  }

  // ---------------------------------------------------------------- SQL helpers

  private Sql eventIds(EventFilter filter) {
    return new Sql("SELECT e.id" + EVENT_FROM).append(eventConditions(filter));
  }

  /** " WHERE …" over events e, actors sa (source) and ta (target). */
  Sql eventConditions(EventFilter filter) {
    return eventConditions(filter, Side.EITHER);
  }

  /** Which side of an event the filter's actor (or country) must be on. */
  private enum Side { EITHER, SOURCE, TARGET, BOTH }

  /** The filter's conditions, its actor or country on the given side (its own "either side" when EITHER). */
  private Sql eventConditions(EventFilter filter, Side side) {
    Sql where = new Sql(" WHERE 1 = 1");
    if (filter.actor() != null) {
      onSide(where, side, actorIds(filter.actor()));
    }
    if (filter.country() != null) {
      // by actor id, so that the events' actor indexes answer it (not a join to every event's actors)
      onSide(where, side, new Sql("SELECT ca.id FROM actors ca WHERE ca.country = ?", filter.country().toUpperCase(Locale.ROOT)));
    }
    if (filter.cameo() != null) {
      String cameo = filter.cameo();
      if (dialect == Dialect.SQLITE && !cameo.isEmpty()) {
        // a range the events_cameo index answers (SQLite does not use an index for LIKE by default)
        String next = cameo.substring(0, cameo.length() - 1) + (char) (cameo.charAt(cameo.length() - 1) + 1);
        where.append(" AND e.cameo >= ? AND e.cameo < ?", cameo, next);
      }
      where.append(" AND e.cameo LIKE ?", cameo + "%");
    }
    if (filter.plover() != null) {
      where.append(" AND e.plover = ?", filter.plover().toUpperCase(Locale.ROOT));
    }
    if (filter.quadClass() != null) {
      where.append(" AND e.quad_class = ?", filter.quadClass());
    }
    if (filter.from() != null) {
      where.append(" AND e.event_day >= ?", filter.from().toString());
    }
    if (filter.to() != null) {
      where.append(" AND e.event_day <= ?", filter.to().toString());
    }
    if (filter.text() != null) {
      where.append(" AND e.id IN (SELECT tm.event_id FROM event_mentions tm WHERE " + dialect.mentionMatches("tm") + ")",
          dialect.searchParameter(filter.text()));
    }
    if (filter.documentId() != null) {
      where.append(" AND e.id IN (SELECT dm.event_id FROM event_mentions dm WHERE dm.document_id = ?)", filter.documentId());
    }
    if (filter.minConfidence() != null) {
      where.append(" AND e.confidence >= ?", filter.minConfidence());
    }
    EventFilter.Where place = filter.where();
    if (place != null) {
      if (place.lat() != null) {
        // a box the events_location index answers, then the equirectangular distance (arithmetic
        // only, so SQLite and PostgreSQL compute the same)
        double kmPerDegree = 111.195;
        double cos = Math.max(0.01, Math.cos(Math.toRadians(place.lat())));
        double dLat = place.km() / kmPerDegree;
        double dLon = Math.min(180, place.km() / (kmPerDegree * cos));
        where.append(" AND e.location_lat BETWEEN ? AND ? AND e.location_lon BETWEEN ? AND ?",
            place.lat() - dLat, place.lat() + dLat, place.lon() - dLon, place.lon() + dLon);
        where.append(" AND ((e.location_lat - ?) * ?) * ((e.location_lat - ?) * ?) + ((e.location_lon - ?) * ?) * ((e.location_lon - ?) * ?) <= ?",
            place.lat(), kmPerDegree, place.lat(), kmPerDegree, place.lon(), kmPerDegree * cos, place.lon(), kmPerDegree * cos,
            place.km() * place.km());
      }
      if (place.adm1() != null) {
        where.append(" AND e.location_adm1 = ?", place.adm1());
      }
      if (place.place() != null) {
        if (place.place().matches("\\d{1,12}")) {
          where.append(" AND e.location_geoname_id = ?", Long.parseLong(place.place()));
        } else {
          where.append(" AND LOWER(e.location_name) = ?", place.place().toLowerCase(Locale.ROOT));
        }
      }
    }
    return where;
  }

  private static void onSide(Sql where, Side side, Sql ids) {
    switch (side) {
      case SOURCE -> where.append(" AND e.source_actor_id IN (").append(ids).append(")");
      case TARGET -> where.append(" AND e.target_actor_id IN (").append(ids).append(")");
      case BOTH -> where.append(" AND e.source_actor_id IN (").append(ids).append(") AND e.target_actor_id IN (").append(ids).append(")");
      default -> where.append(" AND (e.source_actor_id IN (").append(ids).append(") OR e.target_actor_id IN (").append(ids).append("))");
    }
  }

  /**
   * The number of events a filter matches. With an actor or a country (on either side), counted
   * as those with it as source, plus those with it as target, minus those with it on both sides:
   * three counts the actor-side indexes answer alone, about 3 times faster at a million events
   * than collecting the row ids of either side.
   */
  private long countEvents(EventFilter filter) {
    if ((filter.actor() == null) == (filter.country() == null)) {
      return count(new Sql("SELECT COUNT(*)" + EVENT_FROM).append(eventConditions(filter)));
    }
    return count(new Sql("SELECT (SELECT COUNT(*) FROM events e").append(eventConditions(filter, Side.SOURCE))
        .append(") + (SELECT COUNT(*) FROM events e").append(eventConditions(filter, Side.TARGET))
        .append(") - (SELECT COUNT(*) FROM events e").append(eventConditions(filter, Side.BOTH)).append(")"));
  }

  /**
   * Ids of actors named by a user: "#12" is the actor with id 12; an upper-case code ("RUS",
   * "RUSGOV", "IGOEU") matches the country or a code prefix; anything else a part of the name or an alias.
   */
  static Sql actorIds(String spec) {
    String value = spec.strip();
    if (value.matches("#\\d{1,18}")) {
      return new Sql("SELECT ?", Long.parseLong(value.substring(1)));
    }
    if (value.matches("[A-Z]{3,}")) {
      return new Sql("SELECT a.id FROM actors a WHERE a.country = ? OR a.code LIKE ?", value, value + "%");
    }
    String like = "%" + value.toLowerCase(Locale.ROOT) + "%";
    return new Sql("SELECT a.id FROM actors a WHERE LOWER(a.name) LIKE ? OR a.id IN "
        + "(SELECT actor_id FROM actor_aliases WHERE LOWER(alias) LIKE ?)", like, like);
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Totals of pages by their SQL and parameters (and the store's statistics), each with the store's {@link #stamp} when counted. */
  private final Map<String, Cached> totals = new java.util.LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
      return size() > 512;
    }
  };

  private record Cached(String stamp, Object value) {}

  /**
   * The number of rows a page query matches: counted once, then taken from {@link #totals} until
   * the store changes. Counting a filter over a million events takes tens of milliseconds or more,
   * and every page of a list asks for the same total.
   */
  private long count(Sql count) {
    return cached(count.text() + '\u0000' + count.parameters(), stamp(), () -> query(count.text(), count.parameters(), rows -> {
      rows.next();
      return rows.getLong(1);
    }));
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, String stamp, java.util.function.Supplier<T> compute) {
    synchronized (totals) {
      Cached cached = totals.get(key);
      if (cached != null && cached.stamp().equals(stamp)) {
        return (T) cached.value();
      }
    }
    T value = compute.get();
    synchronized (totals) {
      totals.put(key, new Cached(stamp, value));
    }
    return value;
  }

  /**
   * Changes whenever a write is committed by any process, read in the same transaction as the
   * counts: SQLite, the last document row (every write that changes a count adds a document, and
   * documents are never deleted); PostgreSQL, the transaction snapshot (conservative: it changes
   * with any commit on the server).
   */
  private String stamp() {
    String sql = dialect == Dialect.SQLITE ? "SELECT MAX(rowid) FROM documents" : "SELECT txid_current_snapshot()::text";
    return query(sql, List.of(), rows -> rows.next() ? String.valueOf(rows.getString(1)) : "");
  }

  /** The read connection of the current {@link #read}, null when reads share the writer connection. */
  private final ThreadLocal<Connection> reading = new ThreadLocal<>();

  /**
   * Runs the queries of one read method on an idle read-only connection, in one read transaction
   * (so a count and its page see the same commits); on the writer connection, serialised with
   * writes, when there is no read pool.
   */
  <T> T read(java.util.function.Supplier<T> work) {
    if (readers == null) {
      synchronized (this) {
        return work.get();
      }
    }
    if (reading.get() != null) {
      return work.get();
    }
    Connection reader = borrow();
    reading.set(reader);
    boolean done = false;
    try {
      T result = work.get();
      reader.commit();
      done = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException(location + ": query failed: " + e.getMessage(), e);
    } finally {
      reading.remove();
      if (!done) {
        rollbackQuietly(reader);
      }
      readers.offer(reader);
    }
  }

  private Connection borrow() {
    if (closed) {
      throw new StoreException(location + ": the store is closed");
    }
    try {
      Connection reader = readers.poll(120, java.util.concurrent.TimeUnit.SECONDS);
      if (reader == null) {
        throw new StoreException(location + ": every read connection stayed busy for 120 s");
      }
      return reader;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(location + ": interrupted while waiting for a read connection", e);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the transaction is gone either way
    }
  }

  <T> T query(String sql, List<?> parameters, RowReader<T> reader) {
    Connection borrowed = reading.get();
    Connection on = borrowed != null ? borrowed : connection;
    try (PreparedStatement statement = on.prepareStatement(sql)) {
      statement.setFetchSize(500);
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      } finally {
        if (borrowed == null && !connection.getAutoCommit()) {
          connection.commit();
        }
      }
    } catch (SQLException e) {
      rollbackQuietly(on);
      throw new StoreException(location + ": query failed: " + e.getMessage(), e);
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static String json(Event event) {
    try {
      return DocumentJson.mapper().writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event could not be written as JSON", e);
    }
  }

  private static Event event(String json) {
    try {
      return DocumentJson.mapper().readValue(json, Event.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored event is not readable JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** SQL text with its parameters, built in order. */
  static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Sql(String text, Object... parameters) {
      append(text, parameters);
    }

    Sql append(String more, Object... values) {
      text.append(more);
      parameters.addAll(List.of(values));
      return this;
    }

    Sql append(Sql other) {
      text.append(other.text);
      parameters.addAll(other.parameters);
      return this;
    }

    String text() {
      return text.toString();
    }

    List<Object> parameters() {
      return parameters;
    }
  }
}
