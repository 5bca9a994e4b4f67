package org.dyad.model;

/** A temporal expression and its normalised value (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY), or null. */
public record TimeExpression(String text, String value, int start, int end) {}
