package org.dyad.store;

import java.util.List;

/** An event with every report (mention) of it, first reported first. */
public record EventDetail(EventSummary event, List<EventMention> mentions) {

  public EventDetail {
    mentions = List.copyOf(mentions);
  }
}
