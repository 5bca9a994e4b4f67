package org.dyad.pipeline.geo;

/**
 * One entry of the gazetteer: a populated place, a first-order administrative division, a country,
 * a continent or a region.
 *
 * @param geonameId the GeoNames id, or 0 when the entry has none (a region the project names)
 * @param featureClass GeoNames feature class: P (populated place), A (country, division), L (continent, region), H (water),
 *     S (a landmark: a seat of government, a palace)
 * @param featureCode GeoNames feature code (PPLC, PPLA, PPL, ADM1, PCLI, CONT, RGN, ...)
 * @param country ISO 3166-1 alpha-3 of the country it lies in, or null (continents, regions across countries)
 * @param adm1 the GeoNames code of its first-order division ("TX"), or null
 * @param adm1Name the name of that division ("Texas"), or null
 * @param population its population (for a division or country: the sum over its places), 0 when unknown
 */
public record GeoPlace(
    int geonameId,
    String name,
    String featureClass,
    String featureCode,
    String country,
    String adm1,
    String adm1Name,
    double lat,
    double lon,
    long population) {

  /**
   * How precisely this place locates something: city (a populated place, a landmark in one, or a second-order
   * division such as a county), adm1 (a first-order division, or a region within one country),
   * country, or region (a continent, sea or region across countries).
   */
  public String precision() {
    if (isCountry()) {
      return "country";
    }
    if ("ADM1".equals(featureCode)) {
      return "adm1";
    }
    if ("P".equals(featureClass) || "S".equals(featureClass) || "ADM2".equals(featureCode)) {
      return "city";
    }
    return country == null ? "region" : "adm1";
  }

  /** A first- or second-order administrative division. */
  public boolean isDivision() {
    return "ADM1".equals(featureCode) || "ADM2".equals(featureCode);
  }

  public boolean isCountry() {
    return featureCode != null && featureCode.startsWith("PCL");
  }

  public boolean isCity() {
    return "P".equals(featureClass);
  }

  public boolean isAdm1() {
    return "ADM1".equals(featureCode);
  }

  /** Great-circle distance in kilometres (haversine, mean Earth radius). */
  public double distanceKm(double otherLat, double otherLon) {
    return distanceKm(lat, lon, otherLat, otherLon);
  }

  public double distanceKm(GeoPlace other) {
    return distanceKm(lat, lon, other.lat, other.lon);
  }

  /** Great-circle distance in kilometres between two points (haversine, mean Earth radius 6,371 km). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
