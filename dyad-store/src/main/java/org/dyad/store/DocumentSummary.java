package org.dyad.store;

/** A stored document's metadata and what was found in it. */
public record DocumentSummary(
    String id, String source, String url, String title, String published, String outlet,
    String ingestedAt, int actors, int events, int quotes) {}
