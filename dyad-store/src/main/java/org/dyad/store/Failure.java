package org.dyad.store;

/** A document that could not be processed: where it came from, why, how often it was tried and when last. */
public record Failure(String source, String error, int attempts, String lastAttempt) {}
