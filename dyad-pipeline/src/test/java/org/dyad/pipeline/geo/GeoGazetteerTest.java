package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.pipeline.geo.GeoGazetteer.Candidate;
import org.dyad.pipeline.geo.GeoGazetteer.NameKind;
import org.junit.jupiter.api.Test;

class GeoGazetteerTest {

  private final GeoGazetteer gazetteer = GeoGazetteer.shared();

  private GeoPlace only(String name, String featureCode, String country) {
    return gazetteer.lookup(name).stream().map(Candidate::place)
        .filter(p -> p.featureCode().equals(featureCode) && country.equals(p.country()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + featureCode + " " + name + " in " + country));
  }

  @Test
  void holdsCitiesDivisionsAndCountriesWithGeoNamesIdsAndPopulations() {
    assertThat(gazetteer.size()).isBetween(140_000, 262_000);
    GeoPlace kyiv = only("Kyiv", "PPLC", "UKR");
    assertThat(kyiv.geonameId()).isEqualTo(703448);
    assertThat(kyiv.population()).isGreaterThan(2_000_000);
    assertThat(kyiv.distanceKm(50.45, 30.52)).isLessThan(10);
    GeoPlace texas = only("Texas", "ADM1", "USA");
    assertThat(texas.geonameId()).isEqualTo(4736286);
    assertThat(texas.precision()).isEqualTo("adm1");
    GeoPlace russia = gazetteer.country("RUS");
    assertThat(russia.geonameId()).isEqualTo(2017370);
    assertThat(russia.precision()).isEqualTo("country");
    assertThat(gazetteer.fips("UKR")).isEqualTo("UP");
    assertThat(gazetteer.iso2("UKR")).isEqualTo("UA");
    assertThat(gazetteer.byId(703448).name()).isEqualTo("Kyiv");
  }

  @Test
  void aDivisionTheKnowledgeBasePlacesLiesAtThatPointNotAtItsTownsMiddle() {
    // Ontario's towns crowd its south: the middle of their bounding box lies near Lake Superior's
    // shore (47.5 N); the knowledge base's point is the middle of the province (50 N, 85 W)
    GeoPlace ontario = only("Ontario", "ADM1", "CAN");
    assertThat(ontario.geonameId()).isEqualTo(6093943);
    assertThat(ontario.distanceKm(50.0, -85.0)).isLessThan(5);
    // and it stays the division: its id, code and population are GeoNames'
    assertThat(ontario.population()).isGreaterThan(10_000_000);
    assertThat(only("Jiangsu", "ADM1", "CHN").distanceKm(33.0, 119.5)).isLessThan(5);
  }

  @Test
  void findsPlacesByTheirAlternateNamesAndSpellings() {
    assertThat(only("Kiev", "PPLC", "UKR").name()).isEqualTo("Kyiv");
    assertThat(only("Bombay", "PPLA", "IND").name()).isEqualTo("Mumbai");
    assertThat(only("St. Louis", "PPLA2", "USA").name()).isEqualTo("St. Louis");
    assertThat(only("Saint Louis", "PPLA2", "USA").name()).isEqualTo("St. Louis");
    assertThat(only("Ft. Worth", "PPLA2", "USA").name()).isEqualTo("Fort Worth");
  }

  @Test
  void knowsCountriesByNamesAliasesAndDemonyms() {
    List<Candidate> russian = gazetteer.lookup("Russian");
    assertThat(russian).extracting(Candidate::nameKind).contains(NameKind.ADJECTIVE);
    assertThat(russian).extracting(c -> c.place().country()).contains("RUS");
    assertThat(gazetteer.lookup("U.S.")).extracting(c -> c.place().country()).contains("USA");
    assertThat(gazetteer.lookup("Georgia")).extracting(c -> c.place().featureCode() + " " + c.place().country())
        .contains("PCLI GEO", "ADM1 USA");
    assertThat(gazetteer.lookup("Europe")).extracting(c -> c.place().featureCode()).containsExactly("CONT");
  }

  @Test
  void arabicPlaceNamesAreAlsoFoundWithoutTheirArticle() {
    assertThat(GeoGazetteer.withoutArabicArticle("Ar Raqqah")).isEqualTo("Raqqah");
    assertThat(GeoGazetteer.withoutArabicArticle("Al-Bab")).isEqualTo("Bab");
    assertThat(GeoGazetteer.withoutArabicArticle("Alexandria")).isNull();
    assertThat(gazetteer.lookup("Qamishli")).extracting(c -> c.place().country()).contains("SYR");
    // only in the countries whose names GeoNames writes with the Arabic article: no "Alto" for El Alto
    assertThat(gazetteer.lookup("Alto")).extracting(c -> c.place().name()).doesNotContain("El Alto");
  }

  @Test
  void codesNameTheirPlaceOnlyInCapitals() {
    assertThat(gazetteer.lookup("BC")).extracting(c -> c.place().name()).contains("British Columbia");
    assertThat(gazetteer.lookup("Bc")).extracting(c -> c.place().name()).doesNotContain("British Columbia");
    assertThat(gazetteer.lookup("Up")).extracting(c -> c.place().name()).doesNotContain("Uttar Pradesh");
  }

  @Test
  void keysIgnoreCaseAccentsPunctuationAndSpelledOutAbbreviations() {
    assertThat(GeoGazetteer.key("Sana’a")).isEqualTo(GeoGazetteer.key("Sanaa"));
    assertThat(GeoGazetteer.key("São Paulo")).isEqualTo("sao paulo");
    assertThat(GeoGazetteer.key("St. John's")).isEqualTo("saint johns");
    assertThat(GeoGazetteer.key("the Hague")).isEqualTo("hague");
    assertThat(GeoGazetteer.key("Sharm el-Sheikh")).isEqualTo("sharm el sheikh");
  }

  @Test
  void loadsWithinItsBudgets() {
    // the load is measured by dyad bench; here only that it happened once and is not absurd
    assertThat(GeoGazetteer.sharedLoaded()).isTrue();
    assertThat(gazetteer.loadMillis()).isLessThan(60_000);
    assertThat(gazetteer.nameCount()).isGreaterThan(300_000);
  }
}
