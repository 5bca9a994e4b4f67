package org.dyad.app;

import java.util.Locale;
import org.dyad.pipeline.geo.GeoGazetteer;
import org.dyad.pipeline.geo.GeoPlace;
import org.dyad.store.EventFilter;

/**
 * The place filters of {@code query}, {@code export} and the REST API: near a point, in a
 * first-order division, at a place. Throws {@link IllegalArgumentException} with a message for the
 * user on a bad value.
 */
public final class PlaceQuery {

  private PlaceQuery() {}

  /**
   * @param near "LAT,LON" or null
   * @param km the radius around {@code near} in kilometres (default 50 when {@code near} is given)
   * @param adm1 a division as GeoNames keys it ("US.TX", "UA.07") or its name ("Texas", "Kharkiv Oblast")
   * @param place a place name or GeoNames id
   * @return the filter, or null when nothing is given
   */
  public static EventFilter.Where parse(String near, Double km, String adm1, String place) {
    Double lat = null;
    Double lon = null;
    if (near != null && !near.isBlank()) {
      String[] parts = near.split(",");
      if (parts.length != 2) {
        throw new IllegalArgumentException("near takes LAT,LON in decimal degrees (49.99,36.23), not '" + near + "'");
      }
      try {
        lat = Double.parseDouble(parts[0].strip());
        lon = Double.parseDouble(parts[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("near takes LAT,LON in decimal degrees (49.99,36.23), not '" + near + "'");
      }
      if (km == null) {
        km = 50.0;
      }
    } else if (km != null) {
      throw new IllegalArgumentException("km is the radius around a point: give near LAT,LON too");
    }
    String division = adm1 == null || adm1.isBlank() ? null : adm1Code(adm1.strip());
    return new EventFilter.Where(lat, lon, lat == null ? null : km, division, place);
  }

  /** "US.TX" as given (country in capitals), or the code of the most populous division of that name. */
  static String adm1Code(String adm1) {
    if (adm1.matches("[A-Za-z]{2}\\.[A-Za-z0-9]{1,20}")) {
      return adm1.substring(0, 2).toUpperCase(Locale.ROOT) + adm1.substring(2);
    }
    GeoGazetteer gazetteer = GeoGazetteer.shared();
    GeoPlace best = null;
    for (GeoGazetteer.Candidate c : gazetteer.lookup(adm1)) {
      GeoPlace p = c.place();
      if (p.isAdm1() && (best == null || p.population() > best.population())) {
        best = p;
      }
    }
    if (best == null || gazetteer.iso2(best.country()) == null) {
      throw new IllegalArgumentException("no first-order division named '" + adm1 + "' (give a name such as Texas, "
          + "or a GeoNames code such as US.TX)");
    }
    return gazetteer.iso2(best.country()) + "." + best.adm1();
  }
}
