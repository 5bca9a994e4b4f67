package org.dyad.model;

import java.util.List;

/** One input document and everything Dyad found in it: the {@code dyad.document/1} record. */
public record DocumentRecord(
    String schema,
    DocumentInfo document,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    List<Amount> amounts,
    List<TimeExpression> times,
    List<LocationMention> locations) {

  public static final String SCHEMA = "dyad.document/1";

  public DocumentRecord {
    schema = schema == null ? SCHEMA : schema;
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    amounts = List.copyOf(amounts);
    times = List.copyOf(times);
    locations = locations == null ? List.of() : List.copyOf(locations);
  }

  /** A record without toponyms ({@code locations} empty). */
  public DocumentRecord(String schema, DocumentInfo document, List<Actor> actors, List<Event> events,
      List<Quote> quotes, List<Amount> amounts, List<TimeExpression> times) {
    this(schema, document, actors, events, quotes, amounts, times, List.of());
  }

  /**
   * This record with only the events whose confidence is at least {@code minimum} (event ids
   * unchanged, so an event keeps its id whatever the threshold); the record itself when none is
   * below it.
   */
  public DocumentRecord withMinConfidence(double minimum) {
    if (events.stream().allMatch(e -> e.confidence() >= minimum)) {
      return this;
    }
    return new DocumentRecord(schema, document, actors, events.stream().filter(e -> e.confidence() >= minimum).toList(),
        quotes, amounts, times, locations);
  }

  /** The actor with this id, or null. */
  public Actor actor(String id) {
    if (id == null) {
      return null;
    }
    for (Actor actor : actors) {
      if (actor.id().equals(id)) {
        return actor;
      }
    }
    return null;
  }
}
