package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.shared();

  @Test
  void holdsAtLeastThreeHundredPlaces() {
    assertThat(gazetteer.places()).hasSizeGreaterThanOrEqualTo(300);
  }

  @Test
  void findsAPlaceByNameWithCountryAndCoordinates() {
    Place moscow = gazetteer.lookup("Moscow").orElseThrow();
    assertThat(moscow.country()).isEqualTo("RUS");
    assertThat(moscow.lat()).isCloseTo(55.75, within(0.5));
    assertThat(moscow.lon()).isCloseTo(37.62, within(0.5));
    assertThat(moscow.isCapital()).isTrue();
    assertThat(gazetteer.lookup("Doha").orElseThrow().country()).isEqualTo("QAT");
  }

  @Test
  void findsAliasesIgnoringCaseAndAccents() {
    assertThat(gazetteer.lookup("Kiev").orElseThrow().name()).isEqualTo("Kyiv");
    assertThat(gazetteer.lookup("ROME").orElseThrow().country()).isEqualTo("ITA");
    assertThat(gazetteer.lookup("Bogotá").orElseThrow().name()).isEqualTo("Bogota");
    assertThat(gazetteer.lookup("the Gaza Strip").orElseThrow().country()).isEqualTo("PSE");
  }

  @Test
  void findsNothingForUnknownOrBlankNames() {
    assertThat(gazetteer.lookup("Atlantis")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
    assertThat(gazetteer.lookup(null)).isEmpty();
  }

  @Test
  void coordinatesAreOnTheGlobe() {
    for (Place p : gazetteer.places()) {
      assertThat(p.lat()).as(p.name()).isBetween(-90.0, 90.0);
      assertThat(p.lon()).as(p.name()).isBetween(-180.0, 180.0);
      if (!p.feature().equals("region")) {
        assertThat(p.country()).as(p.name()).matches("[A-Z]{3}");
      }
    }
  }

  @Test
  void knowsEachCountrysCapital() {
    assertThat(gazetteer.capitalOf("AFG").orElseThrow().name()).isEqualTo("Kabul");
    assertThat(gazetteer.capitalOf("ZZZ")).isEmpty();
  }

  @Test
  void loadsOnce() {
    assertThat(Gazetteer.shared()).isSameAs(gazetteer);
  }

  @Test
  void placesPalestinianTerritoriesAndOtherDisputedRegionsInACountry() {
    assertThat(gazetteer.lookup("Gaza").orElseThrow().country()).isEqualTo("PSE");
    assertThat(gazetteer.lookup("Gaza Strip").orElseThrow().country()).isEqualTo("PSE");
    assertThat(gazetteer.lookup("West Bank").orElseThrow().country()).isEqualTo("PSE");
    assertThat(gazetteer.lookup("Crimea").orElseThrow().country()).isEqualTo("UKR");
    assertThat(gazetteer.lookup("Golan Heights").orElseThrow().country()).isEqualTo("SYR");
  }

  @Test
  void listsEveryPlaceOfAnAmbiguousNameWithTheDefaultFirst() {
    assertThat(Gazetteer.shared().lookupAll("Tripoli")).extracting(Place::country).containsExactly("LBY", "LBN");
    assertThat(Gazetteer.shared().lookup("Tripoli")).get().extracting(Place::country).isEqualTo("LBY");
    assertThat(Gazetteer.shared().lookupAll("Atlantis")).isEmpty();
  }

  @Test
  void knowsEveryUsState() {
    for (String state : java.util.List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
        "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York State",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State",
        "West Virginia", "Wisconsin", "Wyoming")) {
      assertThat(Gazetteer.shared().lookup(state)).as(state).get().extracting(Place::country).isEqualTo("USA");
    }
  }
}
