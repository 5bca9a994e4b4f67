package org.dyad.store;

/** A stored actor in brief: its store-wide id, canonical name, code, country and kind. */
public record ActorRef(long id, String name, String code, String country, String kind) {}
