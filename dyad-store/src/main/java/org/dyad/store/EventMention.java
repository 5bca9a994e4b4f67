package org.dyad.store;

import org.dyad.model.Event;

/** One report of an event: the document it came from and the record event as coded there. */
public record EventMention(
    String documentId, String title, String url, String outlet, String published, Event event, double similarity) {}
