package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * When a watch fires.
 *
 * <ul>
 *   <li>{@code any}: on every new event its filter matches (one alert per evaluation, carrying them).
 *   <li>{@code shift}: when a day's count of matching events, or their mean Goldstein score, leaves
 *       the band of its own recent history: beyond {@code threshold} robust standard deviations
 *       (1.4826 × the median absolute deviation, with floors) of the previous {@code windowDays}
 *       days, on a day with at least {@code minCount} events. Counts fire upwards only (a surge);
 *       Goldstein either way. The exact rule is {@code org.dyad.app.live.ShiftRule}'s.
 * </ul>
 *
 * @param type "any" or "shift"
 * @param windowDays days of history a day is compared with (shift)
 * @param threshold robust standard deviations (shift)
 * @param minCount the fewest events a day needs to fire (shift)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WatchRule(String type, Integer windowDays, Double threshold, Integer minCount) {

  public static final String ANY = "any";
  public static final String SHIFT = "shift";
  public static final int DEFAULT_WINDOW_DAYS = 28;
  public static final double DEFAULT_THRESHOLD = 3.0;
  public static final int DEFAULT_MIN_COUNT = 5;
  /** The least spread assumed for a day's mean Goldstein score, so a quiet history does not fire on any change. */
  public static final double GOLDSTEIN_FLOOR = 1.0;

  static final Set<String> FIELDS = Set.of("type", "windowDays", "threshold", "minCount");

  public WatchRule {
    type = type == null ? null : type.strip().toLowerCase(Locale.ROOT);
    if (ANY.equals(type)) {
      windowDays = null;
      threshold = null;
      minCount = null;
    } else if (SHIFT.equals(type)) {
      windowDays = windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
      threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
      minCount = minCount == null ? DEFAULT_MIN_COUNT : minCount;
      if (windowDays < 7 || windowDays > 365) {
        throw new IllegalArgumentException("windowDays is 7 to 365, was " + windowDays);
      }
      if (!(threshold >= 1 && threshold <= 20)) {
        throw new IllegalArgumentException("threshold is 1 to 20 robust standard deviations, was " + threshold);
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount is at least 1, was " + minCount);
      }
    } else {
      throw new IllegalArgumentException("a watch rule is 'any' (every new event) or 'shift', not " + type);
    }
  }

  public static WatchRule any() {
    return new WatchRule(ANY, null, null, null);
  }

  public static WatchRule shift(int windowDays, double threshold, int minCount) {
    return new WatchRule(SHIFT, windowDays, threshold, minCount);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isShift() {
    return SHIFT.equals(type);
  }

  /** Reads a rule object; {@code strict} refuses unknown fields. */
  public static WatchRule fromJson(JsonNode node, boolean strict) {
    if (node == null || node.isNull()) {
      return any();
    }
    if (node.isTextual()) {
      return new WatchRule(node.asText(), null, null, null);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("a watch rule is \"any\", \"shift\" or an object such as {\"type\": \"shift\", \"windowDays\": 28}");
    }
    if (strict) {
      for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FIELDS.contains(name)) {
          throw new IllegalArgumentException("unknown rule field " + name + "; known: " + new java.util.TreeSet<>(FIELDS));
        }
      }
    }
    JsonNode type = node.get("type");
    return new WatchRule(type == null || type.isNull() ? ANY : type.asText(), integer(node, "windowDays"),
        node.hasNonNull("threshold") ? number(node.get("threshold"), "threshold") : null, integer(node, "minCount"));
  }

  private static Integer integer(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.canConvertToExactIntegral() && !(value.isTextual() && value.asText().matches("\\d{1,9}"))) {
      throw new IllegalArgumentException(field + " must be a whole number");
    }
    return value.isTextual() ? Integer.parseInt(value.asText()) : value.asInt();
  }

  private static double number(JsonNode value, String field) {
    if (value.isNumber()) {
      return value.asDouble();
    }
    try {
      return Double.parseDouble(value.asText());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a number");
    }
  }

  /** "any new event" or "shift: beyond 3.0 robust SD of the last 28 days, days with ≥ 5 events". */
  public String describe() {
    return isShift()
        ? "shift: a day's count or mean Goldstein beyond " + threshold + " robust SD of the previous " + windowDays
            + " days (days with at least " + minCount + " events)"
        : "any new event";
  }
}
