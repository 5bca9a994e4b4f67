package org.dyad.app.live;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.Alert;
import org.dyad.store.DayCount;
import org.dyad.store.EventSummary;
import org.dyad.store.Store;
import org.dyad.store.Watch;
import org.dyad.store.WatchRule;
import org.dyad.store.WatchStore;

/**
 * Turns the events stored since a watch last looked into its alerts. For rule {@code any}: one
 * alert carrying the new events the filter matches. For rule {@code shift}: for each day those
 * events fall on, from {@value #RECENT_DAYS} days before today (the clock's, in UTC) to tomorrow,
 * the day's count and mean Goldstein against the previous days by {@link ShiftRule}; each day and
 * metric alerts once. A shift needs history: the store's documents must reach back half a window
 * before the day (a follower started on an empty store stays quiet for its first two weeks rather
 * than calling its first busy day a surge).
 *
 * <p>Thread-safe; several processes may evaluate one store (a watch's cursor moves by
 * compare-and-set, the loser stores nothing).
 */
public final class WatchEvaluator {

  /** Shifts are looked for on days this recent (an article about last year does not shift last year). */
  public static final int RECENT_DAYS = 7;

  private final Store store;
  private final Clock clock;

  public WatchEvaluator(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Evaluates every watch over the events stored since it last looked; returns the alerts stored. */
  public synchronized List<Alert> evaluate() {
    WatchStore watches = store.watches();
    List<Alert> fired = new ArrayList<>();
    long last = watches.lastEventId();
    for (Watch watch : watches.list()) {
      if (watch.lastEventId() >= last) {
        continue;
      }
      List<WatchStore.NewAlert> alerts = alerts(watch, last);
      watches.record(watch.id(), watch.lastEventId(), last, alerts).ifPresent(fired::addAll);
    }
    return fired;
  }

  private List<WatchStore.NewAlert> alerts(Watch watch, long upTo) {
    WatchStore watches = store.watches();
    WatchStore.Matches matches = watches.matches(watch.filter(), watch.lastEventId(), upTo, WatchStore.MAX_ALERT_EVENTS);
    if (matches.total() == 0) {
      return List.of();
    }
    if (!watch.rule().isShift()) {
      return List.of(newEvents(watch, matches));
    }
    List<WatchStore.NewAlert> alerts = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Optional<LocalDate> historyStart = watches.historyStart();
    for (String dayText : matches.perDay().keySet()) {
      if (dayText.equals("undated")) {
        continue;
      }
      LocalDate day = LocalDate.parse(dayText);
      if (day.isBefore(today.minusDays(RECENT_DAYS)) || day.isAfter(today.plusDays(1))) {
        continue;
      }
      int window = watch.rule().windowDays();
      if (historyStart.isEmpty() || historyStart.get().isAfter(day.minusDays(window / 2))) {
        continue;
      }
      alerts.addAll(shifts(watch, day));
    }
    return alerts;
  }

  private WatchStore.NewAlert newEvents(Watch watch, WatchStore.Matches matches) {
    EventSummary first = matches.first().get(0);
    String message = watch.name() + ": " + matches.total() + (matches.total() == 1 ? " new event: " : " new events, first: ")
        + describe(first);
    ObjectNode detail = JsonNodeFactory.instance.objectNode();
    detail.put("events", matches.total());
    ObjectNode perDay = detail.putObject("perDay");
    matches.perDay().forEach(perDay::put);
    detail.put("filter", watch.filter().describe());
    detail.put("rule", watch.rule().describe());
    return new WatchStore.NewAlert("events", null, null, message, detail,
        matches.first().stream().map(EventSummary::id).toList(), null);
  }

  private List<WatchStore.NewAlert> shifts(Watch watch, LocalDate day) {
    WatchRule rule = watch.rule();
    int window = rule.windowDays();
    WatchStore watches = store.watches();
    Map<LocalDate, DayCount> byDay = new HashMap<>();
    for (DayCount count : watches.dailyCounts(watch.filter(), day.minusDays(window), day)) {
      byDay.put(LocalDate.parse(count.day()), count);
    }
    DayCount today = byDay.get(day);
    if (today == null) {
      return List.of();
    }
    int[] counts = new int[window];
    List<Double> means = new ArrayList<>();
    double sum = 0;
    double squares = 0;
    int pastEvents = 0;
    for (int i = 0; i < window; i++) {
      DayCount past = byDay.get(day.minusDays(window - i));
      counts[i] = past == null ? 0 : past.events();
      if (past != null && past.events() > 0) {
        means.add(past.meanGoldstein());
        sum += past.meanGoldstein() * past.events();
        squares += past.meanSquareGoldstein() * past.events();
        pastEvents += past.events();
      }
    }
    double eventSd = pastEvents < 2 ? Double.NaN
        : Math.sqrt(Math.max(0, squares / pastEvents - (sum / pastEvents) * (sum / pastEvents)));
    ShiftRule.History history = new ShiftRule.History(counts, means.stream().mapToDouble(Double::doubleValue).toArray(), eventSd);
    List<ShiftRule.Shift> shifts = ShiftRule.evaluate(rule, history, today.events(), today.meanGoldstein());
    if (shifts.isEmpty()) {
      return List.of();
    }
    List<Long> events = watches.eventsOn(watch.filter(), day, WatchStore.MAX_ALERT_EVENTS).stream().map(EventSummary::id).toList();
    List<WatchStore.NewAlert> alerts = new ArrayList<>();
    for (ShiftRule.Shift shift : shifts) {
      ObjectNode detail = JsonNodeFactory.instance.objectNode();
      detail.put("metric", shift.metric());
      detail.put("value", round(shift.value()));
      detail.put("median", round(shift.median()));
      detail.put("spread", round(shift.spread()));
      detail.put("low", round(shift.low()));
      detail.put("high", round(shift.high()));
      detail.put("direction", shift.direction());
      detail.put("events", today.events());
      detail.put("meanGoldstein", round(today.meanGoldstein()));
      detail.put("windowDays", window);
      detail.put("threshold", rule.threshold());
      detail.put("minCount", rule.minCount());
      detail.put("filter", watch.filter().describe());
      String message = watch.name() + ": " + day + ": " + shift.describe();
      alerts.add(new WatchStore.NewAlert("shift", day.toString(), shift.metric(), message, detail, events,
          "shift:" + watch.id() + ":" + day + ":" + shift.metric()));
    }
    return alerts;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** "Russia → Ukraine: 190 Use conventional military force (2024-03-02)". */
  static String describe(EventSummary summary) {
    String source = summary.source() == null ? "?" : summary.source().name();
    String target = summary.target() == null ? "?" : summary.target().name();
    String name = summary.event().cameoName() == null ? "" : " " + summary.event().cameoName();
    return String.format(Locale.ROOT, "%s → %s: %s%s (%s)", source, target, summary.event().cameo(), name,
        summary.day() == null ? "undated" : summary.day());
  }
}
