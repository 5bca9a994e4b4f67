package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.LocationMention;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;

/** Toponyms and event places through the whole pipeline (CoreNLP loads once per test JVM). */
class EventPlacesIT {

  private static final Pipeline PIPELINE = new Pipeline().withMinConfidence(0);

  private static DocumentRecord process(String text) throws Exception {
    return PIPELINE.process(new RawDocument("test.txt", null, text.getBytes(StandardCharsets.UTF_8), "text/plain",
        StandardCharsets.UTF_8, LocalDate.parse("2022-05-02")));
  }

  @Test
  void everyToponymOfTheDocumentIsListedWithItsGeoNamesReading() throws Exception {
    DocumentRecord record = process("Ukraine says Russia shelled Kharkiv again.\n\n"
        + "Russian artillery shelled villages near Kharkiv on Sunday, the regional governor said. "
        + "Officials in Kiev condemned the attack.");
    assertThat(record.locations()).extracting(LocationMention::name).contains("Kharkiv", "Kyiv", "Russia", "Ukraine");
    LocationMention kiev = record.locations().stream().filter(l -> l.span().text().equals("Kiev")).findFirst().orElseThrow();
    assertThat(kiev.geonameId()).isEqualTo(703448);
    assertThat(kiev.country()).isEqualTo("UKR");
    assertThat(kiev.precision()).isEqualTo("city");
    assertThat(kiev.lat()).isBetween(50.0, 51.0);
    assertThat(kiev.resolvedBy()).isNotBlank();
  }

  @Test
  void anEventTakesThePlaceOfItsOwnClause() throws Exception {
    DocumentRecord record = process("Russian forces shelled villages near Kharkiv on Sunday, Ukraine's military said.");
    Event shelling = record.events().stream().filter(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18"))
        .findFirst().orElseThrow(() -> new AssertionError("no attack coded: " + record.events()));
    assertThat(shelling.location()).isNotNull();
    assertThat(shelling.location().name()).isEqualTo("Kharkiv");
    assertThat(shelling.location().precision()).isEqualTo("city");
    assertThat(shelling.location().geonameId()).isEqualTo(706483);
  }

  @Test
  void aCountryNamedAsWhoActsDoesNotPlaceAnEventButOneAfterInDoes() throws Exception {
    DocumentRecord record = process("Germany strongly criticised violations of international law by China on Monday.\n\n"
        + "Germany criticised France in Ukraine on Tuesday.");
    Event byChina = record.events().stream().filter(e -> e.sentence() == 0).findFirst()
        .orElseThrow(() -> new AssertionError("no event coded: " + record.events()));
    assertThat(byChina.location()).isNull();
    Event inUkraine = record.events().stream().filter(e -> e.sentence() == 1).findFirst()
        .orElseThrow(() -> new AssertionError("no event coded: " + record.events()));
    assertThat(inUkraine.location()).isNotNull();
    assertThat(inUkraine.location().country()).isEqualTo("UKR");
  }

  @Test
  void aCountryActorCarriesItsPlaceAndEventsCarryTheirActorsPlaces() throws Exception {
    DocumentRecord record = process("Russia accused Ukraine of shelling Donetsk on Monday.");
    assertThat(record.actors()).filteredOn(a -> "RUS".equals(a.country()) && "country".equals(a.kind()))
        .allSatisfy(a -> assertThat(a.place().precision()).isEqualTo("country"));
    assertThat(record.events()).anySatisfy(e -> assertThat(e.sourcePlace()).isNotNull());
  }

  @Test
  void aToponymInAnAppositionDescribingTheSourceDoesNotPlaceTheEvent() throws Exception {
    DocumentRecord record = process("The Houthis, militants in Yemen backed by Iran, have fired missiles at commercial ships.");
    Event fired = record.events().stream().filter(e -> e.trigger().text().equals("fired")).findFirst()
        .orElseThrow(() -> new AssertionError("no event coded: " + record.events()));
    assertThat(fired.location()).as("who the Houthis are, not where they fired").isNull();
  }

  @Test
  void aPhysicalActTakesThePlaceItsTargetsNameHoldsAVerbalOneDoesNot() throws Exception {
    DocumentRecord record = process("Russian troops attacked the Kharkiv Tractor Plant on Monday.");
    Event attack = record.events().stream().filter(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18"))
        .findFirst().orElseThrow(() -> new AssertionError("no attack coded: " + record.events()));
    assertThat(attack.location()).isNotNull();
    assertThat(attack.location().name()).isEqualTo("Kharkiv");
  }

  @Test
  void aDispatchPlacesWhatIsSaidThereAtItsDatelineWhenTheStoryIsAboutThatCountry() throws Exception {
    DocumentRecord record = process("HANOI, Vietnam (AP) — The U.S. defense secretary met Vietnamese officials on Wednesday.\n\n"
        + "Vietnam has long disputed China's claims. Vietnam and the Philippines want talks.\n\n"
        + "\"The United States firmly opposes intimidation by any claimant,\" the secretary said.");
    Event opposes = record.events().stream().filter(e -> e.trigger().text().equals("opposes")).findFirst()
        .orElseThrow(() -> new AssertionError("no event coded: " + record.events()));
    assertThat(opposes.location()).isNotNull();
    assertThat(opposes.location().country()).isEqualTo("VNM");
    assertThat(opposes.location().name()).containsIgnoringCase("Ha");
  }

  @Test
  void aDatelineAbroadFromWhatTheStoryIsAboutDoesNotPlaceAForeignActorsStatement() throws Exception {
    DocumentRecord record = process("LONDON (Reuters) — Vietnam has long disputed China's claims in the sea. "
        + "Vietnam and the Philippines want talks with Vietnam's neighbours.\n\n"
        + "\"The United States firmly opposes intimidation by any claimant,\" the secretary said.");
    assertThat(record.events()).filteredOn(e -> e.trigger().text().equals("opposes"))
        .allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aPhysicalActOnATargetWhoseNameBeginsWithAPlaceTakesThatPlace() throws Exception {
    DocumentRecord record = process("Chinese police besieged the Hong Kong Polytechnic University on Monday.");
    Event siege = record.events().stream().filter(e -> e.cameo().startsWith("19")).findFirst()
        .orElseThrow(() -> new AssertionError("no siege coded: " + record.events()));
    assertThat(siege.location()).isNotNull();
    assertThat(siege.location().country()).isEqualTo("HKG");
  }

  @Test
  void aToponymOfAnotherInfinitiveIsAnAimNotWhereTheActHappened() throws Exception {
    DocumentRecord record = process("On Friday, 300 Indians were deported by Mexican immigration authorities for illegally "
        + "entering the country to sneak into the United States.\n\n"
        + "The Mexican authorities deported 300 Indians in Tijuana on Friday.");
    assertThat(record.events()).filteredOn(e -> e.sentence() == 0 && e.trigger().text().equals("deported"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.location()).as("the aim, not where").isNull());
    assertThat(record.events()).filteredOn(e -> e.sentence() == 1 && e.trigger().text().equals("deported"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.location().name()).isEqualTo("Tijuana"));
  }

  @Test
  void theReferenceArticlesMoscowAndDohaEventsCarryThoseCitiesWithCoordinates() throws Exception {
    java.nio.file.Path article = java.nio.file.Path.of(System.getProperty("dyad.shared", "../shared"), "examples/moscow-format.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(article), "the reference article is absent");
    DocumentRecord record = PIPELINE.process(org.dyad.pipeline.source.Sources.read(article.toString(), LocalDate.parse("2021-10-15")));
    for (String city : new String[] {"Moscow", "Doha"}) {
      assertThat(record.events()).as(city).anySatisfy(e -> {
        assertThat(e.location()).isNotNull();
        assertThat(e.location().name()).isEqualTo(city);
        assertThat(e.location().lat()).isNotNull();
        assertThat(e.location().lon()).isNotNull();
        assertThat(e.location().precision()).isEqualTo("city");
        assertThat(e.location().geonameId()).isPositive();
      });
    }
  }
}
