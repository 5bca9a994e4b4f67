package org.dyad.model;

/**
 * A place: its name, ISO alpha-3 country and coordinates (null when unknown), and, when Dyad's
 * gazetteer resolved it, its GeoNames id, first-order division and precision.
 *
 * @param geonameId the GeoNames id, or null (a place the gazetteer does not hold, or no id)
 * @param adm1 the first-order division as GeoNames keys it, ISO alpha-2 country and admin1 code
 *     ("US.TX", "UA.07"), or null
 * @param precision how precisely the place locates: city (a populated place or a county),
 *     adm1 (a province, state or region of one country) or country; null when unknown
 */
public record Location(String name, String country, Double lat, Double lon, Integer geonameId, String adm1,
    String precision) {

  /** A place known by its name, country and coordinates only. */
  public Location(String name, String country, Double lat, Double lon) {
    this(name, country, lat, lon, null, null, null);
  }
}
