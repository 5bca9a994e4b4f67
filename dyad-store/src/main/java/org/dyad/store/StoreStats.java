package org.dyad.store;

/** Counts of what the store holds. */
public record StoreStats(
    long documents, long actors, long events, long mentions, long quotes, long amounts, long failures) {}
