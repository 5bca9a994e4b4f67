package org.dyad.pipeline.code;

import org.dyad.model.Location;

/** Finds a place by the name a text gives it (a gazetteer), for event locations and place targets. */
@FunctionalInterface
public interface PlaceLookup {

  /** Knows no place. */
  PlaceLookup NONE = name -> null;

  /** The place with this name or alias, with its ISO alpha-3 country and coordinates, or null. */
  Location find(String name);
}
