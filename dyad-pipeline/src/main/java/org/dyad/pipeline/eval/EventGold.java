package org.dyad.pipeline.eval;

import java.util.List;

/**
 * One gold record of an event gold set: a text and the events coded in it.
 *
 * @param date the story date (ISO), or null
 * @param events the gold events; empty when the record codes no event
 * @param unscored gold events of the record that are not scored (coded without a source or a
 *     target): a coded event that agrees with one is neither right nor wrong
 */
public record EventGold(String id, String text, String date, List<GoldEvent> events, List<GoldEvent> unscored) {

  public EventGold {
    events = List.copyOf(events);
    unscored = List.copyOf(unscored);
  }

  /** A record all of whose gold events are scored. */
  public EventGold(String id, String text, String date, List<GoldEvent> events) {
    this(id, text, date, events, List.of());
  }

  /**
   * One gold event.
   *
   * @param type the event type compared: a PLOVER type (plover-gsr) or a two-digit CAMEO root (petrarch2-gsr)
   * @param sources acceptable source codes (any one matches)
   * @param targets acceptable target codes; empty when the gold event has no target
   */
  public record GoldEvent(String type, List<String> sources, List<String> targets) {

    public GoldEvent {
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
    }
  }
}
