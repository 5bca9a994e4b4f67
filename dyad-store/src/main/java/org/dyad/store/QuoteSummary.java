package org.dyad.store;

import org.dyad.model.Quote;

/** A stored quote with its speaker resolved across documents (null when unattributed). */
public record QuoteSummary(long id, Quote quote, ActorRef speaker, String documentId, String title, String published) {}
