package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches, their alerts, and the queries that evaluate them. A watch looks at events by their
 * store id, which grows as events are stored: each evaluation reads the events after the watch's
 * {@link Watch#lastEventId()} and moves it on in the same transaction that stores its alerts, so
 * two processes evaluating one watch never alert twice.
 */
public interface WatchStore {

  /** An alert carries at most this many of the events that caused it (the count is in its detail). */
  int MAX_ALERT_EVENTS = 50;

  /**
   * Adds a watch. It looks at events stored from now on (not at the store's history).
   *
   * @return its id
   */
  long add(String name, WatchFilter filter, WatchRule rule);

  /** Every watch, oldest first. */
  List<Watch> list();

  Optional<Watch> watch(long id);

  /** Removes a watch and its alerts; false when there was none. */
  boolean remove(long id);

  /** The id of the last event stored (0 when none). */
  long lastEventId();

  /** The earliest publication day of a stored document: how far back the store's history reaches. */
  Optional<LocalDate> historyStart();

  /**
   * The events a filter matches among those stored after {@code afterEventId} up to
   * {@code upToEventId}: how many per day (undated ones under "undated") and the first of them.
   */
  record Matches(Map<String, Integer> perDay, int total, List<EventSummary> first) {}

  Matches matches(WatchFilter filter, long afterEventId, long upToEventId, int limit);

  /** Matching events per day, for the days in [from, to] that have any. */
  List<DayCount> dailyCounts(WatchFilter filter, LocalDate from, LocalDate to);

  /** Matching events of one day, most reported first. */
  List<EventSummary> eventsOn(WatchFilter filter, LocalDate day, int limit);

  /**
   * An alert to store.
   *
   * @param dedupeKey alerts with the same key are stored once (a shift of one day and metric), or null
   */
  record NewAlert(String kind, String day, String metric, String message, JsonNode detail, List<Long> eventIds,
      String dedupeKey) {}

  /**
   * Moves a watch's cursor from {@code expectedLastEventId} to {@code newLastEventId} and stores its
   * alerts, in one transaction.
   *
   * @return the alerts stored (those whose dedupe key was new), or empty when the cursor had moved
   *     (another process evaluated the watch) or the watch is gone; nothing is stored then
   */
  Optional<List<Alert>> record(long watchId, long expectedLastEventId, long newLastEventId, List<NewAlert> alerts);

  /** Alerts, newest first, of one watch or all (null), with ids above {@code afterId}. */
  Page<Alert> alerts(Long watchId, long afterId, int limit, int offset);

  Optional<Alert> alert(long id);

  /** The id of the last alert (0 when none). */
  long lastAlertId();

  /**
   * Alerts no webhook has received yet, created at or after {@code createdSince} (a webhook
   * configured today is not sent last year's alerts), tried fewer than {@code maxAttempts} times,
   * oldest first.
   */
  List<Alert> undelivered(java.time.Instant createdSince, int maxAttempts, int limit);

  /** Records a webhook delivery: {@code error} null when it was received. */
  void markDelivery(long alertId, String error);
}
