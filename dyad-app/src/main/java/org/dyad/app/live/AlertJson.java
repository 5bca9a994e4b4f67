package org.dyad.app.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.Alert;
import org.dyad.store.DocumentJson;
import org.dyad.store.EventDetail;
import org.dyad.store.EventSummary;
import org.dyad.store.Store;

/**
 * An alert as it leaves Dyad (JSON Lines on stdout, the webhook's body, GET /api/alerts): its
 * fields and the events that caused it, each with its evidence sentence, actors, day and reports.
 */
public final class AlertJson {

  private AlertJson() {}

  public static Map<String, Object> of(Alert alert, Store store) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", alert.id());
    json.put("watchId", alert.watchId());
    json.put("watch", alert.watchName());
    json.put("created", alert.created());
    json.put("kind", alert.kind());
    json.put("day", alert.day());
    json.put("metric", alert.metric());
    json.put("message", alert.message());
    json.put("detail", alert.detail());
    List<EventSummary> events = new ArrayList<>();
    for (long id : alert.eventIds()) {
      store.event(id).map(EventDetail::event).ifPresent(events::add);
    }
    json.put("events", events);
    json.put("delivered", alert.delivered());
    json.put("deliveryError", alert.deliveryError());
    return json;
  }

  /** One line of JSON. */
  public static String line(Alert alert, Store store) {
    try {
      return DocumentJson.mapper().writeValueAsString(of(alert, store));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert could not be written as JSON", e);
    }
  }
}
