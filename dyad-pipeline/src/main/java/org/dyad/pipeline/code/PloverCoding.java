package org.dyad.pipeline.code;

/**
 * The PLOVER 2.0 reading of a CAMEO code: event type, and mode and context when the code implies
 * them (null otherwise).
 */
public record PloverCoding(String type, String mode, String context) {}
