package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A watch fired.
 *
 * @param id its id (increasing: a client asks for alerts after the last id it saw)
 * @param watchId the watch
 * @param watchName the watch's name when it fired
 * @param created when (ISO-8601)
 * @param kind "events" (new events, rule any) or "shift"
 * @param day the day that shifted (YYYY-MM-DD), or null
 * @param metric "count" or "goldstein" for a shift, or null
 * @param message one line for a person
 * @param detail the numbers behind it (a shift's value, median, spread, band; the count of new events)
 * @param eventIds the events that caused it (at most {@link WatchStore#MAX_ALERT_EVENTS})
 * @param delivered when a webhook received it, or null
 * @param deliveryError why the last webhook delivery failed, or null
 */
public record Alert(
    long id, long watchId, String watchName, String created, String kind, String day, String metric, String message,
    JsonNode detail, List<Long> eventIds, String delivered, String deliveryError) {

  public Alert {
    eventIds = List.copyOf(eventIds);
  }
}
