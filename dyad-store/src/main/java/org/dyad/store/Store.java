package org.dyad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.DocumentRecord;

/**
 * Documents, actors across documents, events merged across reports, quotes and amounts.
 *
 * <p>Writes: {@link #add} stores one document in one transaction (all of it or nothing); a
 * document whose id is already stored is skipped, so adding is idempotent and a run killed at
 * any moment can simply be repeated. Several processes may write one PostgreSQL store (and one
 * SQLite file) at once. Reads never see a half-written document.
 *
 * <p>Implementations are thread-safe: writes are serialised on one connection, reads run concurrently on a small pool of read-only connections.
 */
public interface Store extends AutoCloseable {

  /** The current schema version this build writes. */
  int SCHEMA_VERSION = 6;

  /**
   * Opens (creating and migrating when needed) the store at a location: a {@code jdbc:postgresql://…}
   * URL, a {@code jdbc:sqlite:…} URL, or a file path for SQLite (its folder is created).
   *
   * @throws StoreException when it cannot be opened, is not a Dyad database, or was written by a newer Dyad
   */
  static Store open(String location) {
    return JdbcStore.open(location);
  }

  static Store open(Path sqliteFile) {
    return JdbcStore.open(sqliteFile.toString());
  }

  /** Stores a document record, its actors, events (merged with reports of the same event), quotes and amounts. */
  AddResult add(DocumentRecord record);

  /** Records that a source could not be processed (a later success for the same source clears it). */
  void recordFailure(String source, String error);

  boolean containsDocument(String documentId);

  StoreStats stats();

  /** Where the store lives, for messages ("dyad-data/dyad.db", the JDBC URL without password). */
  String location();

  // ---- reading

  Page<DocumentSummary> documents(int limit, int offset);

  /** The document record exactly as stored (one line of JSON). */
  Optional<String> documentJson(String documentId);

  Optional<DocumentRecord> document(String documentId);

  /** Every stored document record with an event matching the filter (all documents when the filter is {@link EventFilter#all()}), ignoring limit and offset. */
  void forEachDocumentJson(EventFilter filter, Consumer<String> action);

  /** Actors whose name or an alias contains {@code name} (null: all), optionally of one kind and country; most documents first. */
  Page<ActorSummary> actors(String name, String kind, String country, int limit, int offset);

  Optional<ActorProfile> actor(long actorId);

  /** Events matching the filter, most recent day first. */
  Page<EventSummary> events(EventFilter filter);

  /**
   * Events between two actors, one on each side in either direction, matching the filter; most
   * recent day first. Actors are given as for {@link EventFilter#actor()}.
   */
  Page<EventSummary> eventsBetween(String actorA, String actorB, EventFilter filter);

  /** Every event matching the filter, ignoring limit and offset (for export). */
  void forEachEvent(EventFilter filter, Consumer<EventSummary> action);

  /**
   * The placed events of a filter as map points, most reported first (at most {@code limit}; the
   * filter's own limit and offset are ignored).
   */
  List<EventPoint> eventPoints(EventFilter filter, int limit);

  Optional<EventDetail> event(long eventId);

  /** Quotes matching the filter's actor (the speaker), country, text, dates and document. */
  Page<QuoteSummary> quotes(EventFilter filter);

  /**
   * Events between two actors per period: counts per QuadClass, mean Goldstein and sources.
   * Actors are given as for {@link EventFilter#actor()}; {@code directed} false counts both directions.
   */
  List<DyadPeriod> dyad(String actorA, String actorB, Period by, boolean directed, EventFilter filter);

  /** Edges of the actor network: events per directed actor pair, optionally of one QuadClass, most events first. */
  List<NetworkEdge> network(Integer quadClass, EventFilter filter, int limit);

  List<Failure> failures(int limit);

  /** The feeds a follower follows, their health and their items (see {@code dyad follow}). */
  FeedStore feeds();

  /** Watches (saved filters with a rule), their alerts, and the queries that evaluate them. */
  WatchStore watches();

  @Override
  void close();
}
