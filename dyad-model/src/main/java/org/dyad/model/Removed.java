package org.dyad.model;

/** A block of page junk taken out of the text, with why: promo, navigation, caption, credit, boilerplate. */
public record Removed(String text, String reason) {}
