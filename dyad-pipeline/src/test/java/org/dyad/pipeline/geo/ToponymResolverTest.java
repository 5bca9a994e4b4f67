package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymResolverTest {

  private final ToponymResolver resolver = ToponymResolver.shared();

  /** Resolves every listed name where it first stands in the text. */
  private List<ToponymResolver.Resolved> resolve(String text, String... names) {
    List<ToponymMention> mentions = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = text.indexOf(name, from);
      if (at < 0) {
        at = text.indexOf(name);
      }
      mentions.add(ToponymMention.of(at, at + name.length(), name));
      from = at + name.length();
    }
    return resolver.resolve(text, mentions);
  }

  private static String where(ToponymResolver.Resolved r) {
    return r.place() == null ? null : r.place().name() + " " + r.place().country();
  }

  @Test
  void readsTheLargestPlaceOfANameWithoutContext() {
    assertThat(where(resolve("Protesters gathered in Paris.", "Paris").get(0))).isEqualTo("Paris FRA");
  }

  @Test
  void aQualifierAfterACommaPicksThePlaceInIt() {
    List<ToponymResolver.Resolved> r = resolve("A tornado struck Paris, Texas, on Sunday.", "Paris", "Texas");
    assertThat(where(r.get(0))).isEqualTo("Paris USA");
    assertThat(r.get(0).how()).isEqualTo("qualifier");
  }

  @Test
  void theCountriesTheArticleNamesDecideAnAmbiguousName() {
    String text = "Clashes in Tripoli left five dead, Lebanese officials said, as the army deployed in northern Lebanon.";
    assertThat(where(resolve(text, "Tripoli", "Lebanese", "Lebanon").get(0))).isEqualTo("Tripoli LBN");
    String libya = "Militias fought in Tripoli overnight, Libya's government said.";
    assertThat(where(resolve(libya, "Tripoli", "Libya").get(0))).isEqualTo("Tripoli LBY");
  }

  @Test
  void georgiaIsTheStateAmongAmericanPlacesAndTheCountryAmongCaucasianOnes() {
    String state = "Voters in Georgia and Alabama went to the polls; Atlanta reported long queues, U.S. media said.";
    assertThat(resolve(state, "Georgia", "Alabama", "Atlanta", "U.S.").get(0).place().featureCode()).isEqualTo("ADM1");
    String country = "Georgia accused Russia of moving troops; Tbilisi called for talks.";
    assertThat(resolve(country, "Georgia", "Russia", "Tbilisi").get(0).place().featureCode()).isEqualTo("PCLI");
  }

  @Test
  void aPhraseAskingForAProvinceGetsTheDivision() {
    ToponymResolver.Resolved idlib = resolve("Air strikes hit Idlib province on Monday.", "Idlib").get(0);
    assertThat(idlib.place().precision()).isEqualTo("adm1");
    ToponymResolver.Resolved city = resolve("Air strikes hit the city of Idlib on Monday.", "Idlib").get(0);
    assertThat(city.place().precision()).isEqualTo("city");
  }

  @Test
  void aNameTheGazetteerLacksTakesThePlaceTheDocumentIsAbout() {
    List<ToponymResolver.Resolved> r = resolve(
        "Shelling hit Kharkiv overnight. Residents of Saltivka sheltered in the metro, Kharkiv officials said.",
        "Kharkiv", "Saltivka", "Kharkiv");
    assertThat(where(r.get(1))).isEqualTo("Kharkiv UKR");
    assertThat(r.get(1).how()).startsWith("place named nearby");
  }

  @Test
  void anAbbreviationIsThePlaceTheTextNamesWithThoseInitials() {
    List<ToponymResolver.Resolved> r = resolve(
        "Mining towns in SA have grown, South Africans say; Trinidad and Tobago's envoy and T&T officials agreed.",
        "SA", "South Africans", "Trinidad and Tobago", "T&T");
    assertThat(where(r.get(0))).isEqualTo("South Africa ZAF");
    assertThat(where(r.get(3))).isEqualTo("Trinidad and Tobago TTO");
  }

  @Test
  void mexicoIsTheCountryThoughAStateInsideItSharesTheName() {
    assertThat(resolve("Migrants crossed from Mexico; Mexico City officials said.", "Mexico", "Mexico City").get(0)
        .place().isCountry()).isTrue();
  }

  @Test
  void theFocusOfAStreetLiesInTheCountryTheDocumentIsAbout() {
    // Cairo is named as often as Liverpool, but Egypt is the country the text is about
    List<ToponymResolver.Resolved> r = resolve(
        "CAIRO - Boys train in Cairo for the Liverpool academy. Liverpool scouts watch. Egypt's youth league, "
            + "Egyptian coaches and Egypt's federation back it; the pitch lies on Mahmoud Nagrig Street.",
        "CAIRO", "Cairo", "Liverpool", "Liverpool", "Egypt", "Egyptian", "Egypt", "Mahmoud Nagrig Street");
    assertThat(where(r.get(7))).isEqualTo("Cairo EGY");
  }

  @Test
  void aTownAbroadWhoseCountryTheTextNamesNowhereElseYieldsToTheFocus() {
    List<ToponymResolver.Resolved> r = resolve(
        "CALAMBA CITY - The Calamba city government and Philippine sports officials opened a camp in Laguna.",
        "CALAMBA CITY", "Calamba", "Philippine", "Laguna");
    assertThat(where(r.get(3))).isEqualTo("Calamba PHL");
    assertThat(r.get(3).how()).contains("lone reading abroad");
  }

  @Test
  void aStateByItsOwnNameOutweighsAVillageOfThatNameNearOtherPlaces() {
    // the village of Florida, New York lies near the other places; the state is what a text means
    ToponymResolver.Resolved florida = resolve(
        "Retirees from Albany and New York moved to Florida last year.", "Albany", "New York", "Florida").get(2);
    assertThat(florida.place().featureCode()).isEqualTo("ADM1");
    assertThat(florida.place().adm1()).isEqualTo("FL");
  }

  @Test
  void aCapitalSharingAStatesNameStaysTheCapital() {
    ToponymResolver.Resolved washington = resolve(
        "Officials in Washington and Baltimore said the talks would resume.", "Washington", "Baltimore").get(0);
    assertThat(washington.place().featureCode()).isEqualTo("PPLC");
  }

  @Test
  void anAdjectiveOfACountryAndOfARegionInsideItNamesTheRegion() {
    ToponymResolver.Resolved basque = resolve("Basque nationalists won the regional vote.", "Basque").get(0);
    assertThat(basque.place().isCountry()).isFalse();
    assertThat(basque.place().country()).isEqualTo("ESP");
    assertThat(basque.place().name()).contains("Basque");
  }

  @Test
  void aCanadianProvinceAbbreviationQualifiesATown() {
    List<ToponymResolver.Resolved> r = resolve("A fire closed the mill in Brandon, Man., on Friday.", "Brandon", "Man.");
    assertThat(r.get(0).place().country()).isEqualTo("CAN");
    assertThat(r.get(0).how()).isEqualTo("qualifier");
    assertThat(r.get(1).place().featureCode()).isEqualTo("ADM1");
    assertThat(r.get(1).place().name()).isEqualTo("Manitoba");
  }

  @Test
  void theGulfIsTheGulfNearTheTextsOtherPlaces() {
    ToponymResolver.Resolved persian = resolve("Iran seized a tanker in the Gulf, Bahrain said.", "Iran", "Gulf", "Bahrain")
        .get(1);
    assertThat(persian.place().name()).isEqualTo("Persian Gulf");
    ToponymResolver.Resolved mexico = resolve("The storm moved over the Gulf toward Houston and New Orleans.", "Gulf",
        "Houston", "New Orleans").get(0);
    assertThat(mexico.place().name()).isEqualTo("Gulf of Mexico");
  }

  @Test
  void anIslandTheGeoNamesTableLacksIsTheIslandNotANamesakeOrTheState() {
    List<ToponymResolver.Resolved> r = resolve(
        "Surfers on Oahu and commuters on Long Island braced for storms, New York and Hawaii officials said.",
        "Oahu", "Long Island", "New York", "Hawaii");
    assertThat(r.get(0).place().name()).isEqualTo("Oahu");
    assertThat(r.get(0).place().distanceKm(21.47, -157.98)).isLessThan(30);
    assertThat(r.get(1).place().country()).isEqualTo("USA");
    assertThat(r.get(1).place().adm1()).isNull();
  }

  @Test
  void aStatesOrProvincesOwnBodyStandsForTheDivision() {
    List<ToponymResolver.Resolved> r = resolve(
        "The bill passed the Iowa House on Tuesday, and business leaders in Winnipeg, speaking for the "
            + "Manitoba Chambers of Commerce, welcomed a Red Oak plant.",
        "Iowa House", "Winnipeg", "Manitoba Chambers of Commerce", "Red Oak");
    assertThat(r.get(0).place().featureCode()).isEqualTo("ADM1");
    assertThat(r.get(0).place().adm1()).isEqualTo("IA");
    assertThat(r.get(2).place().featureCode()).isEqualTo("ADM1");
    assertThat(r.get(2).place().country()).isEqualTo("CAN");
    // a hotel or a street named after a state is not the state
    assertThat(resolve("Guests at the Texas Inn in Paris, France, waited.", "Texas Inn", "Paris", "France").get(0).place()
        .featureCode()).isNotEqualTo("ADM1");
  }

  @Test
  void aMinistryNamedByItsCountrysAdjectiveIsInTheCapital() {
    List<ToponymResolver.Resolved> r = resolve(
        "Diplomats in Saint Petersburg met on Friday; the Russian Foreign Ministry said talks would go on.",
        "Saint Petersburg", "Russian Foreign Ministry");
    assertThat(r.get(1).place().name()).isEqualTo("Moscow");
    assertThat(r.get(1).place().featureCode()).isEqualTo("PPLC");
    // an embassy named with its country is abroad: it stays with the place the story is about
    List<ToponymResolver.Resolved> rome = resolve(
        "Mourners in Rome laid flowers outside the Embassy of the Republic of Armenia on Via Camilla.",
        "Rome", "Embassy of the Republic of Armenia");
    assertThat(rome.get(1).place().name()).isEqualTo("Rome");
    assertThat(resolve("Staff at the British Embassy Tokyo left.", "British Embassy Tokyo").get(0).place().name())
        .isEqualTo("Tokyo");
    // an embassy named by the adjective is abroad too
    assertThat(resolve("Protesters in Saint Petersburg marched to the Finnish Embassy.", "Saint Petersburg",
        "Finnish Embassy").get(1).place().name()).isNotEqualTo("Helsinki");
  }

  @Test
  void congressIsTheCapitolNotAnArizonaTown() {
    ToponymResolver.Resolved r = resolve("The administration told Congress on Thursday that the sale to Riyadh would go ahead.",
        "Congress", "Riyadh").get(0);
    assertThat(r.place().adm1()).isEqualTo("DC");
    assertThat(r.place().distanceKm(38.89, -77.01)).isLessThan(5);
  }

  @Test
  void theKoreanPeninsulaIsARegionAndKoreanSouthKorea() {
    List<ToponymResolver.Resolved> r = resolve("Talks on the Korean Peninsula resumed as Korean carmakers cut output.",
        "Korean Peninsula", "Korean");
    assertThat(r.get(0).place().name()).isEqualTo("Korean Peninsula");
    assertThat(r.get(0).place().precision()).isEqualTo("region");
    assertThat(r.get(1).place().country()).isEqualTo("KOR");
  }

  @Test
  void aNameQualifiedOnceIsTheSamePlaceEverywhereInTheText() {
    List<ToponymResolver.Resolved> r = resolve(
        "Tourists from France visited Paris, Texas, on Sunday. Paris has a replica of the Eiffel Tower.",
        "France", "Paris", "Texas", "Paris");
    assertThat(r.get(1).place().adm1()).isEqualTo("TX");
    assertThat(r.get(3).place().adm1()).isEqualTo("TX");
    assertThat(r.get(3).how()).isEqualTo("qualifier of the same name in the text");
  }

  @Test
  void aBodyNamedWithACountryOrLargeCapitalTheGazetteerLacksIsThatPlaceAndGivesNoContext() {
    List<ToponymResolver.Resolved> r = resolve(
        "LONDON - Britain's envoy spoke at the British Embassy Tokyo; the US Federal Reserve held rates and "
            + "Air Canada Cargo flew. London traders and Britain's banks watched the Rogers Centre game.",
        "LONDON", "Britain", "British Embassy Tokyo", "US Federal Reserve", "Air Canada Cargo", "London", "Britain",
        "Rogers Centre");
    assertThat(where(r.get(2))).isEqualTo("Tokyo JPN");
    assertThat(where(r.get(3))).isEqualTo("United States USA");
    assertThat(r.get(3).how()).endsWith("inside the name");
    // Canada named inside a company's name does not make the text's London the one in Ontario
    assertThat(where(r.get(5))).isEqualTo("London GBR");
    // a generic word of a division ("Centre") or a small place named in a building's name stays the focus
    assertThat(where(r.get(7))).isEqualTo("London GBR");
  }

  @Test
  void aPeoplesAdjectiveWithoutAStateNamesItsRegion() {
    ToponymResolver.Resolved kurdish = resolve("Turkish jets struck Kurdish fighters near Afrin.", "Turkish", "Kurdish",
        "Afrin").get(1);
    assertThat(kurdish.place().name()).isEqualTo("Kurdistan");
    assertThat(kurdish.place().distanceKm(37.0, 44.0)).isLessThan(161);
  }

  @Test
  void aSmallNamesakeOnlyItsCountrySupportsFarFromTheFocusIsASpotInTheFocus() {
    List<ToponymResolver.Resolved> r = resolve(
        "NEW ORLEANS - Crowds filled New Orleans on Sunday; New Orleans police closed Bourbon to cars, and the "
            + "French consul walked down Chartres.",
        "NEW ORLEANS", "New Orleans", "New Orleans", "Bourbon", "French", "Chartres");
    assertThat(where(r.get(3))).isEqualTo("New Orleans USA");
    assertThat(r.get(3).how()).contains("far from it");
    assertThat(where(r.get(5))).isEqualTo("New Orleans USA");
    // a town whose name no other place of its country has stays that town
    List<ToponymResolver.Resolved> valdai = resolve(
        "MOSCOW - Moscow officials said Putin flew from Moscow to Valdai for talks; Russia confirmed it.",
        "MOSCOW", "Moscow", "Moscow", "Valdai", "Russia");
    assertThat(where(valdai.get(3))).isEqualTo("Valday RUS");
  }

  @Test
  void aRiverIsReadAtItsPointNearestTheFocusAndARangeIsARange() {
    List<ToponymResolver.Resolved> r = resolve(
        "NEW ORLEANS - Barges docked in New Orleans as the Mississippi River rose; storms crossed the Appalachians.",
        "NEW ORLEANS", "New Orleans", "Mississippi River", "Appalachians");
    assertThat(r.get(2).place().name()).isEqualTo("Mississippi River");
    assertThat(r.get(2).place().distanceKm(29.95, -90.07)).isLessThan(50);
    assertThat(r.get(3).place().name()).isEqualTo("Appalachian Mountains");
    List<ToponymResolver.Resolved> stLouis = resolve(
        "ST. LOUIS - The Mississippi River crested at St. Louis on Monday.", "ST. LOUIS", "Mississippi River",
        "St. Louis");
    assertThat(stLouis.get(1).place().distanceKm(38.63, -90.20)).isLessThan(50);
  }

  @Test
  void aNameListedWithStatesOrAfterACompassWordIsTheStateNotTheCity() {
    List<ToponymResolver.Resolved> listed = resolve(
        "Tech firms have had little success luring jobs from western states such as California or Washington.",
        "California", "Washington");
    assertThat(listed.get(1).place().featureCode()).isEqualTo("ADM1");
    assertThat(listed.get(1).place().adm1()).isEqualTo("WA");
    List<ToponymResolver.Resolved> compass = resolve(
        "The team flew to Washington, D.C. last year. Its work is at home in Washington: one call took it to "
            + "central Washington.", "Washington", "Washington", "Washington");
    assertThat(compass.get(0).place().adm1()).isEqualTo("DC");
    assertThat(compass.get(1).place().adm1()).isEqualTo("WA");
    assertThat(compass.get(2).place().featureCode()).isEqualTo("ADM1");
    assertThat(compass.get(2).how()).isEqualTo("division by the words around it");
    // without a cue the capital stays the reading
    assertThat(resolve("Lawmakers in Washington passed the bill.", "Washington").get(0).place().adm1()).isEqualTo("DC");
  }

  @Test
  void aBareNameIsTheCountyTheTextNamesWithItsKindWordNotAFarTown() {
    List<ToponymResolver.Resolved> r = resolve(
        "Detectives in the town of Southold, New York, found a skeleton, Suffolk County police said. "
            + "She told the Suffolk Times her mother would never have left.",
        "Southold", "New York", "Suffolk County", "Suffolk");
    assertThat(r.get(2).place().adm1()).isEqualTo("NY");
    assertThat(r.get(3).place()).isEqualTo(r.get(2).place());
    assertThat(r.get(3).how()).isEqualTo("division the text names with a kind word");
  }

  @Test
  void aDivisionNamedInTheTextDoesNotPullANameToAFarSmallerTownInIt() {
    List<ToponymResolver.Resolved> r = resolve(
        "COLUMBUS, Ohio - Ohio fans watched the team beat Louisville on Friday in the NCAA tournament.",
        "COLUMBUS", "Ohio", "Ohio", "Louisville");
    assertThat(r.get(3).place().adm1()).isEqualTo("KY");
  }

  @Test
  void anAirportOrLandmarkIsTheLandmarkNotAVillageOfItsName() {
    List<ToponymResolver.Resolved> r = resolve(
        "British Airways cancelled flights from Chicago to Heathrow; New York travellers waited at Trump Tower.",
        "British", "Chicago", "Heathrow", "New York", "Trump Tower");
    assertThat(r.get(2).place().country()).isEqualTo("GBR");
    assertThat(r.get(2).place().distanceKm(51.47, -0.45)).isLessThan(10);
    assertThat(r.get(4).place().distanceKm(40.76, -73.97)).isLessThan(10);
  }

  @Test
  void aSeatOfGovernmentIsTheLandmarkNotATownOfItsName() {
    ToponymResolver.Resolved house = resolve("Officials from Nashville met at the White House on Monday.", "Nashville",
        "White House").get(1);
    assertThat(house.place().featureClass()).isEqualTo("S");
    assertThat(house.place().country()).isEqualTo("USA");
    assertThat(house.place().adm1()).isEqualTo("DC");
    assertThat(house.place().precision()).isEqualTo("city");
  }

  @Test
  void describesGoldPlacesGivenByNameAndCountry() {
    assertThat(resolver.resolveDescription("Tiananmen Square, Beijing", "CHN").name()).isEqualTo("Beijing");
    assertThat(resolver.resolveDescription("Logar province", "AFG").precision()).isEqualTo("adm1");
    assertThat(resolver.resolveDescription("Hanoi", "VNM").country()).isEqualTo("VNM");
    assertThat(resolver.resolveDescription("Nowhere at all", null)).isNull();
  }

  @Test
  void aNameTheGazetteerLacksLiesInTheLargeTownItsSentenceNames() {
    List<ToponymResolver.Resolved> r = resolve(
        "LONDON - Doctors in London said the boy would stay in London. He was moved to Alder Hey Children's "
            + "Hospital in Liverpool on Monday. Doctors at Great Ormond Street said little.",
        "LONDON", "London", "London", "Alder Hey Children's Hospital", "Liverpool", "Great Ormond Street");
    assertThat(where(r.get(3))).isEqualTo("Liverpool GBR");
    assertThat(r.get(3).how()).startsWith("place named nearby").endsWith("the town its sentence names");
    // a sentence naming no town leaves the name at the place the document is about
    assertThat(where(r.get(5))).isEqualTo("London GBR");
  }

  @Test
  void aNameTheGazetteerLacksLiesInTheTownRightAfterInAndNotInAFartherOne() {
    List<ToponymResolver.Resolved> r = resolve(
        "NEW ORLEANS - A chef of New Orleans went from Commander's Palace in New Orleans to Le Bernardin in New York.",
        "NEW ORLEANS", "New Orleans", "Commander's Palace", "New Orleans", "Le Bernardin", "New York");
    assertThat(where(r.get(2))).isEqualTo("New Orleans USA");
    assertThat(where(r.get(4))).isEqualTo("New York City USA");
  }

  @Test
  void aFarTownNamedOnlyByAnotherOfItsNamesYieldsToTheFocus() {
    // "Washington Square" is a former name of Franklin Square, New York: in a New Orleans story it is the park there
    List<ToponymResolver.Resolved> r = resolve(
        "NEW ORLEANS - Homes on Royal Street face Washington Square, a park where New Orleans families gather.",
        "NEW ORLEANS", "Royal Street", "Washington Square", "New Orleans");
    assertThat(where(r.get(2))).isEqualTo("New Orleans USA");
  }

  @Test
  void aTownsNameAfterALowerCaseTheIsACommonNounWhereTheDocumentIs() {
    // "the Valley" is the valley the story is in, not Valley, Alabama, in either of its mentions
    List<ToponymResolver.Resolved> r = resolve(
        "Half of the firms in Ohio are small. They matter here in the Valley. Firms in the Valley contribute jobs.",
        "Ohio", "Valley", "Valley");
    assertThat(where(r.get(1))).isEqualTo("Ohio USA");
    assertThat(where(r.get(2))).isEqualTo("Ohio USA");
  }

  @Test
  void aQualifierDoesNotPickATownByAnotherOfItsNames() {
    // Watervliet, New York, was once named Washington: "Washington, New York and Boston" is a list
    List<ToponymResolver.Resolved> r = resolve(
        "After stops in Washington, New York and Boston, the crown prince flew west.", "Washington", "New York",
        "Boston");
    assertThat(where(r.get(0))).isEqualTo("Washington USA");
    // a spelling of the town's own name still takes the qualifier
    assertThat(where(resolve("Shells hit Kiev, Ukraine, overnight.", "Kiev").get(0))).isEqualTo("Kyiv UKR");
    assertThat(resolve("Shells hit Kiev, Ukraine, overnight.", "Kiev").get(0).how()).isEqualTo("qualifier");
  }

  @Test
  void anEmbassyNamedWithTheCountryItIsInLiesInThatCountrysCapital() {
    List<ToponymResolver.Resolved> r = resolve(
        "YEREVAN - The President of Armenia visited the Embassy of the Republic of Armenia in the Holy See on Friday.",
        "YEREVAN", "Armenia", "Embassy of the Republic of Armenia", "Holy See");
    assertThat(r.get(2).place().country()).isEqualTo("VAT");
    assertThat(r.get(2).place().isCity()).isTrue();
    assertThat(r.get(2).how()).endsWith("the capital it is in");
  }

  @Test
  void aDivisionNamedWithAKindWordMayBeTheBareNamesDivisionInTheCountryTheTextIsAbout() {
    // the gazetteer has "Karak District" only in Pakistan; Jordan's Karak is a governorate named "Karak"
    List<ToponymResolver.Resolved> r = resolve(
        "Gunmen attacked police in the central town of Karak, Jordanian officials said. A house burned in the "
            + "Karak district, Jordan's security service said.",
        "Karak", "Jordanian", "Karak district", "Jordan");
    assertThat(r.get(2).place().country()).isEqualTo("JOR");
    assertThat(r.get(0).place().country()).isEqualTo("JOR");
    // in the full name's own country the full name keeps its reading: "Ohio County" is no state
    assertThat(resolve("Deputies in Ohio County, Kentucky, arrested two men.", "Ohio County").get(0).place().featureCode())
        .isEqualTo("ADM2");
  }

  @Test
  void aShorterFormOfAShorterFormNamesALargePlace() {
    ToponymResolver.Resolved gta = resolve("Home prices rose in the Greater Toronto Area.", "Greater Toronto Area").get(0);
    assertThat(where(gta)).isEqualTo("Toronto CAN");
    // not a small town the second shortening finds ("Side" in Turkey for the Upper West Side)
    List<ToponymResolver.Resolved> r = resolve("NEW YORK - Rents rose on the Upper West Side.", "NEW YORK", "Upper West Side");
    assertThat(r.get(1).place().country()).isEqualTo("USA");
  }

  @Test
  void aBuildingNamedWithItsCountryStandsInTheTownTheDocumentIsAbout() {
    List<ToponymResolver.Resolved> r = resolve(
        "PARIS - Fans filled the Stade de France on Saturday, Paris police said, recalling Nazi Germany's defeat.",
        "PARIS", "Stade de France", "Paris", "Nazi Germany");
    assertThat(where(r.get(1))).isEqualTo("Paris FRA");
    // a name that is no building keeps the country inside it
    assertThat(r.get(3).place().isCountry()).isTrue();
  }

  @Test
  void theCombiningFormOfACompoundAdjectiveNamesItsCountry() {
    List<ToponymResolver.Resolved> r = resolve("He fought Austro-Hungarian rule and later Sino-Soviet talks.", "Austro", "Sino");
    assertThat(where(r.get(0))).isEqualTo("Austria AUT");
    assertThat(where(r.get(1))).isEqualTo("China CHN");
  }
}
