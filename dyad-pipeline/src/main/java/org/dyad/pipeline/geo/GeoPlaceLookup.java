package org.dyad.pipeline.geo;

import org.dyad.model.Location;
import org.dyad.pipeline.code.PlaceLookup;
import org.dyad.pipeline.geo.GeoGazetteer.Candidate;
import org.dyad.pipeline.geo.GeoGazetteer.NameKind;

/**
 * The event coder's {@link PlaceLookup} over the GeoNames gazetteer, for when the coder switches
 * from {@code knowledge/places.tsv}: a name is a place when it is a country, a first-order
 * division, or a populated place of at least {@code minimumPopulation} people by its own name or an
 * alternate one (the coder reads places out of context, so small towns, whose names are often
 * words or surnames, stay out). The largest such reading wins; countries and divisions go by their
 * own names only. Thread-safe.
 *
 * <p>Switch: {@code new EventCoder(GeoPlaceLookup.standard())}, or make {@code PlaceLookup.gazetteer()}
 * return it.
 */
public final class GeoPlaceLookup implements PlaceLookup {

  /** The coder's threshold: about the size of the smallest capitals places.tsv holds. */
  public static final long STANDARD_MINIMUM_POPULATION = 100_000;

  private final GeoGazetteer gazetteer;
  private final EventPlaces places;
  private final long minimumPopulation;

  public GeoPlaceLookup(GeoGazetteer gazetteer, EventPlaces places, long minimumPopulation) {
    this.gazetteer = gazetteer;
    this.places = places;
    this.minimumPopulation = minimumPopulation;
  }

  /** Over the shared gazetteer, places of 100,000 people or more. */
  public static GeoPlaceLookup standard() {
    return new GeoPlaceLookup(GeoGazetteer.shared(), EventPlaces.shared(), STANDARD_MINIMUM_POPULATION);
  }

  @Override
  public Location find(String name) {
    GeoPlace best = null;
    for (Candidate c : gazetteer.lookup(name)) {
      GeoPlace p = c.place();
      boolean ownName = c.nameKind() == NameKind.PRIMARY || c.nameKind() == NameKind.CODE;
      boolean eligible = (p.isCountry() || p.isAdm1()) && ownName
          || p.isCity() && c.nameKind() != NameKind.ADJECTIVE && p.population() >= minimumPopulation;
      if (!eligible) {
        continue;
      }
      if (best == null || p.isCountry() && !best.isCountry() || best.isCountry() == p.isCountry()
          && weight(p) > weight(best)) {
        best = p;
      }
    }
    return best == null ? null : places.location(best);
  }

  private static double weight(GeoPlace p) {
    return p.isAdm1() ? p.population() / 10.0 : p.population();
  }
}
