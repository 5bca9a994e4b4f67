package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which events a watch looks at: a saved filter, stored as a JSON object so that fields can be
 * added later (a minimum confidence, say) without a schema change. Every field is optional; a
 * filter without any matches every event.
 *
 * @param actor an actor, as for {@link EventFilter#actor()} ("RUS", "RUSGOV", "Putin", "#12")
 * @param counterpart with {@code actor}, a pair: events between the two, either direction
 * @param country either actor's country (ISO alpha-3)
 * @param cameo a CAMEO code or root ("19", "042")
 * @param plover a PLOVER type ("ASSAULT")
 * @param quadClass 1 to 4
 * @param place where the event happened: its location's country (ISO alpha-3) or part of its name
 * @param text words its evidence sentence contains (full-text search)
 * @param minConfidence only events at least this sure (0 to 1; see {@code Confidence}): a watch
 *     that alerts on what the coder is unsure of alerts on noise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchFilter(
    String actor, String counterpart, String country, String cameo, String plover, Integer quadClass, String place,
    String text, Double minConfidence) {

  static final Set<String> FIELDS = Set.of("actor", "counterpart", "country", "cameo", "plover", "quadClass", "place", "text",
      "minConfidence");

  /** A filter keeping events of any confidence. */
  public WatchFilter(String actor, String counterpart, String country, String cameo, String plover, Integer quadClass,
      String place, String text) {
    this(actor, counterpart, country, cameo, plover, quadClass, place, text, null);
  }

  public WatchFilter {
    actor = blankToNull(actor);
    counterpart = blankToNull(counterpart);
    country = blankToNull(country);
    cameo = blankToNull(cameo);
    plover = blankToNull(plover);
    place = blankToNull(place);
    text = blankToNull(text);
    if (counterpart != null && actor == null) {
      throw new IllegalArgumentException("a counterpart needs an actor: a pair is two actors");
    }
    if (minConfidence != null && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
      throw new IllegalArgumentException("a minimum confidence is 0 to 1, was " + minConfidence);
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("QuadClass is 1 to 4, was " + quadClass);
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("a CAMEO code or root has 2 to 4 digits (19, 042), not " + cameo);
    }
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
    }
    if (plover != null) {
      plover = plover.toUpperCase(Locale.ROOT);
    }
  }

  /** Every event. */
  public static WatchFilter everything() {
    return new WatchFilter(null, null, null, null, null, null, null, null);
  }

  /**
   * Reads a filter object.
   *
   * @param strict refuse unknown fields (input from a user); when false they are ignored (a filter
   *     stored by a Dyad that knows more fields)
   */
  public static WatchFilter fromJson(JsonNode node, boolean strict) {
    if (node == null || node.isNull()) {
      return everything();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("a watch filter is a JSON object, e.g. {\"actor\": \"RUS\", \"counterpart\": \"UKR\"}");
    }
    if (strict) {
      List<String> unknown = new ArrayList<>();
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          unknown.add(name);
        }
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("unknown filter field(s) " + unknown + "; known: " + new java.util.TreeSet<>(FIELDS));
      }
    }
    Integer quad = null;
    JsonNode q = node.get("quadClass");
    if (q != null && !q.isNull()) {
      if (!q.canConvertToInt() || (q.isTextual() && !q.asText().matches("\\d+"))) {
        throw new IllegalArgumentException("quadClass must be a whole number 1 to 4");
      }
      quad = q.isTextual() ? Integer.parseInt(q.asText()) : q.asInt();
    }
    Double minConfidence = null;
    JsonNode c = node.get("minConfidence");
    if (c != null && !c.isNull()) {
      if (!c.isNumber()) {
        throw new IllegalArgumentException("minConfidence must be a number 0 to 1");
      }
      minConfidence = c.asDouble();
    }
    return new WatchFilter(text(node, "actor"), text(node, "counterpart"), text(node, "country"), text(node, "cameo"),
        text(node, "plover"), quad, text(node, "place"), text(node, "text"), minConfidence);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }

  /** The event filter these fields map to (the pair and the place are conditions of their own). */
  EventFilter eventFilter() {
    EventFilter filter = EventFilter.all().withCountry(country).withCameo(cameo).withPlover(plover).withQuadClass(quadClass)
        .withText(text).withMinConfidence(minConfidence);
    return counterpart == null ? filter.withActor(actor) : filter;
  }

  /** A short description: "RUS ↔ UKR, CAMEO 19, place KYIV". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (actor != null) {
      parts.add(counterpart == null ? "actor " + actor : actor + " ↔ " + counterpart);
    }
    if (country != null) {
      parts.add("country " + country);
    }
    if (cameo != null) {
      parts.add("CAMEO " + cameo);
    }
    if (plover != null) {
      parts.add("PLOVER " + plover);
    }
    if (quadClass != null) {
      parts.add("QuadClass " + quadClass);
    }
    if (place != null) {
      parts.add("place " + place);
    }
    if (text != null) {
      parts.add("text \"" + text + "\"");
    }
    if (minConfidence != null) {
      parts.add("confidence >= " + minConfidence);
    }
    return parts.isEmpty() ? "every event" : String.join(", ", parts);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
