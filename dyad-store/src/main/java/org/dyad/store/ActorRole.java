package org.dyad.store;

/** A role an actor was given ("foreign minister"), with the first and last day a document gave it. */
public record ActorRole(String role, String firstSeen, String lastSeen, int documents) {}
