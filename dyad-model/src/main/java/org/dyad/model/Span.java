package org.dyad.model;

/** A stretch of {@code document.text}: character offsets, end exclusive, and the text itself. */
public record Span(int start, int end, String text) {}
