package org.dyad.model;

/** A place an event happens: its name, ISO alpha-3 country and coordinates (null when unknown). */
public record Location(String name, String country, Double lat, Double lon) {}
