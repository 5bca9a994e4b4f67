package org.dyad.model;

/** A quotation: kind direct, partial or indirect; {@code speaker} is an actor id or null. */
public record Quote(String id, String kind, String text, String speaker, String cue, int start, int end) {}
