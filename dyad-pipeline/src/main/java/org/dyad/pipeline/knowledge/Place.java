package org.dyad.pipeline.knowledge;

import java.util.List;

/**
 * A place of the gazetteer.
 *
 * @param country ISO 3166-1 alpha-3 of the country it lies in, or null for a region across countries
 * @param feature "capital", "city" or "region"
 */
public record Place(String name, String country, double lat, double lon, String feature, List<String> aliases) {

  public Place {
    aliases = List.copyOf(aliases);
  }

  public boolean isCapital() {
    return "capital".equals(feature);
  }
}
