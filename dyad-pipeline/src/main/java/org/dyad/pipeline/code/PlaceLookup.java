package org.dyad.pipeline.code;

import org.dyad.model.Location;

/** Finds a place by the name a text gives it (a gazetteer), for event locations and place targets. */
@FunctionalInterface
public interface PlaceLookup {

  /** Knows no place. */
  PlaceLookup NONE = name -> null;

  /** Dyad's own gazetteer (capitals and major cities). */
  static PlaceLookup gazetteer() {
    org.dyad.pipeline.knowledge.Gazetteer gazetteer = org.dyad.pipeline.knowledge.Gazetteer.shared();
    return name -> gazetteer.lookup(name)
        .map(place -> new Location(place.name(), place.country(), place.lat(), place.lon()))
        .orElse(null);
  }

  /** The place with this name or alias, with its ISO alpha-3 country and coordinates, or null. */
  Location find(String name);
}
