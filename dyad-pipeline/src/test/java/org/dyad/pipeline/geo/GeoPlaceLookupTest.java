package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Location;
import org.junit.jupiter.api.Test;

class GeoPlaceLookupTest {

  private final GeoPlaceLookup lookup = GeoPlaceLookup.standard();

  @Test
  void findsCapitalsCitiesDivisionsAndCountriesWithTheirGeoNamesReading() {
    Location moscow = lookup.find("Moscow");
    assertThat(moscow.country()).isEqualTo("RUS");
    assertThat(moscow.geonameId()).isEqualTo(524901);
    assertThat(moscow.precision()).isEqualTo("city");
    assertThat(lookup.find("Kiev").name()).isEqualTo("Kyiv");
    assertThat(lookup.find("Doha").country()).isEqualTo("QAT");
    assertThat(lookup.find("Kharkiv").country()).isEqualTo("UKR");
    assertThat(lookup.find("Russia").precision()).isEqualTo("country");
  }

  @Test
  void leavesOutSmallPlacesWhoseNamesAreWords() {
    assertThat(lookup.find("Commerce")).isNull();
    assertThat(lookup.find("Congress")).isNull();
  }
}
