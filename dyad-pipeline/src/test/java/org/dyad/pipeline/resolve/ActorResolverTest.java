package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(String... sentences) {
    return resolver.resolve(HandMadeArticle.of(sentences).build());
  }

  private static List<Actor> named(Resolution r, String name) {
    return r.actors().stream()
        .filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .toList();
  }

  private static Actor only(Resolution r, String name) {
    List<Actor> found = named(r, name);
    assertThat(found).as("actors carrying '%s' in %s", name, r.actors()).hasSize(1);
    return found.get(0);
  }

  @Test
  void readsACapitalAsItsCountry() {
    Resolution r = resolve(
        "Berlin/NNP/LOCATION said/VBD on/IN Monday/NNP that/IN Germany/NNP/LOCATION would/MD help/VB ./.",
        "Ankara/NNP/LOCATION 's/POS strategy/NN worried/VBD Germany/NNP/LOCATION ./.");
    Actor germany = only(r, "Germany");
    assertThat(germany.kind()).isEqualTo("country");
    assertThat(germany.country()).isEqualTo("DEU");
    assertThat(germany.aliases()).contains("Berlin");
    assertThat(germany.mentions()).hasSize(3);
    assertThat(only(r, "Turkey").aliases()).containsExactly("Ankara");
  }

  @Test
  void keepsACityBeforeBasedAsAPlace() {
    Resolution r = resolve("a/DT Paris/NNP/LOCATION -/HYPH based/VBN charity/NN said/VBD ./.");
    assertThat(named(r, "France")).isEmpty();
    Actor paris = only(r, "Paris");
    assertThat(paris.kind()).isEqualTo("location");
    assertThat(paris.country()).isEqualTo("FRA");
  }

  @Test
  void readsCountrySectorAndRoleFromTheTitleBeforeAName() {
    Resolution r = resolve(
        "Turkish/JJ/MISC foreign/JJ affairs/NNS spokesman/NN Kemal/NNP/PERSON Aydin/NNP/PERSON said/VBD ./.");
    Actor person = only(r, "Kemal Aydin");
    assertThat(person.kind()).isEqualTo("person");
    assertThat(person.country()).isEqualTo("TUR");
    assertThat(person.sector()).isEqualTo("GOV");
    assertThat(person.role()).isEqualTo("spokesman");
    assertThat(person.code()).isEqualTo("TURGOV");
    assertThat(person.aliases()).contains("Turkish foreign affairs spokesman Kemal Aydin");
    assertThat(named(r, "Turkey")).as("the demonym belongs to the title").isEmpty();
  }

  @Test
  void readsRoleAndAffiliationFromAnApposition() {
    Resolution r = resolve(
        "Jane/NNP/PERSON Doe/NNP/PERSON ,/, a/DT senior/JJ fellow/NN at/IN the/DT Washington/NNP -/HYPH based/VBN "
            + "Brookings/NNP/ORGANIZATION Institution/NNP/ORGANIZATION ,/, said/VBD ./.");
    Actor person = only(r, "Jane Doe");
    assertThat(person.role()).isEqualTo("senior fellow");
    assertThat(person.sector()).isEqualTo("NGO");
    assertThat(person.country()).isEqualTo("USA");
    Actor brookings = only(r, "Brookings Institution");
    assertThat(brookings.kind()).isEqualTo("organization");
  }

  @Test
  void mergesSurnameTitleAndFullNameIntoOnePerson() {
    Resolution r = resolve(
        "French/JJ/MISC President/NNP Jean/NNP/PERSON Dupont/NNP/PERSON arrived/VBD ./.",
        "President/NNP Dupont/NNP/PERSON spoke/VBD ./.",
        "Dupont/NNP/PERSON left/VBD ./.");
    Actor dupont = only(r, "Dupont");
    assertThat(dupont.name()).isEqualTo("Jean Dupont");
    assertThat(dupont.country()).isEqualTo("FRA");
    assertThat(dupont.role()).isEqualTo("president");
    assertThat(dupont.mentions()).hasSize(3);
    assertThat(r.mentions()).extracting(ActorMention::actorId).containsOnly(dupont.id());
  }

  @Test
  void aSurnameBeforeTheFullNameStillMerges() {
    Resolution r = resolve(
        "A/DT picture/NN of/IN Dupont/NNP/PERSON ./.",
        "Jean/NNP/PERSON Dupont/NNP/PERSON arrived/VBD ./.");
    assertThat(only(r, "Dupont").name()).isEqualTo("Jean Dupont");
  }

  @Test
  void keepsUnknownOrganisationsAsActors() {
    Resolution r = resolve(
        "the/DT Northern/NNP/ORGANIZATION Fisheries/NNP/ORGANIZATION Council/NNP/ORGANIZATION protested/VBD ./.");
    Actor council = only(r, "Northern Fisheries Council");
    assertThat(council.kind()).isEqualTo("organization");
    assertThat(council.country()).isNull();
  }

  @Test
  void anUnknownOrganisationNamedAfterACountryGetsThatCountry() {
    Resolution r = resolve(
        "the/DT Kenya/NNP/ORGANIZATION Farmers/NNP/ORGANIZATION Union/NNP/ORGANIZATION protested/VBD ./.");
    Actor union = only(r, "Kenya Farmers Union");
    assertThat(union.country()).isEqualTo("KEN");
    assertThat(named(r, "Kenya")).as("the country word belongs to the name").isEmpty();
  }

  @Test
  void readsUsInCapitalsAsTheUnitedStatesButNotThePronoun() {
    Resolution r = resolve(
        "The/DT US/NNP/LOCATION told/VBD us/PRP about/IN it/PRP ./.",
        "Let/VB us/PRP see/VB what/WP the/DT U.S./NNP/LOCATION does/VBZ ./.");
    Actor usa = only(r, "United States");
    assertThat(usa.country()).isEqualTo("USA");
    assertThat(usa.mentions()).extracting(m -> m.text()).containsExactly("US", "U.S.");
  }

  @Test
  void doesNotTrustShortAcronymsInAHeadlineInCapitals() {
    Resolution r = resolve("THE/DT REGIME/NN IS/VBZ FALLING/VBG IN/IN THE/DT NORTH/NN");
    assertThat(named(r, "Islamic State")).isEmpty();
  }

  @Test
  void readsADemonymBeforeABodyAsTheCountrysGovernment() {
    Resolution r = resolve(
        "the/DT Russian/JJ/MISC foreign/JJ ministry/NN said/VBD that/IN Russian/JJ/MISC troops/NNS left/VBD ./.");
    Actor ministry = only(r, "Russian foreign ministry");
    assertThat(ministry.code()).isEqualTo("RUSGOV");
    assertThat(ministry.kind()).isEqualTo("organization");
    Actor troops = only(r, "Russian troops");
    assertThat(troops.code()).isEqualTo("RUSMIL");
    assertThat(named(r, "Russia")).isEmpty();
  }

  @Test
  void readsABodyNamingItsCountry() {
    Resolution r = resolve("The/DT Kremlin/NNP/ORGANIZATION denied/VBD it/PRP ./.");
    Actor kremlin = only(r, "Kremlin");
    assertThat(kremlin.country()).isEqualTo("RUS");
    assertThat(kremlin.code()).isEqualTo("RUSGOV");
  }

  @Test
  void anOrganisationBeforeARoleNounIsTheOrganisation() {
    Resolution r = resolve("Hamas/NNP/ORGANIZATION leaders/NNS met/VBD Egyptian/JJ/MISC officials/NNS ./.");
    Actor hamas = only(r, "Hamas");
    assertThat(hamas.aliases()).contains("Hamas leaders");
    assertThat(hamas.kind()).isEqualTo("group");
    assertThat(only(r, "Egyptian officials").code()).isEqualTo("EGYGOV");
  }

  @Test
  void theGroupRefersBackToTheOneGroupNamedBefore() {
    Resolution r = resolve(
        "Hezbollah/NNP/ORGANIZATION fired/VBD rockets/NNS ./.",
        "Israel/NNP/LOCATION warned/VBD the/DT group/NN ./.");
    Actor hezbollah = only(r, "Hezbollah");
    assertThat(hezbollah.mentions()).hasSize(2);
    assertThat(hezbollah.aliases()).contains("the group");
  }

  @Test
  void theGroupStaysUnresolvedWhenTwoGroupsCompete() {
    Resolution r = resolve(
        "Hezbollah/NNP/ORGANIZATION and/CC Hamas/NNP/ORGANIZATION met/VBD ./.",
        "Israel/NNP/LOCATION warned/VBD the/DT group/NN ./.");
    assertThat(r.actors()).noneMatch(a -> a.aliases().contains("the group"));
  }

  @Test
  void mentionsCarrySentenceAndTokenRanges() {
    Resolution r = resolve("Talks/NNS began/VBD ./.", "The/DT Taliban/NNP/ORGANIZATION met/VBD Pakistan/NNP/LOCATION ./.");
    ActorMention taliban = r.mentionAt(1, 1);
    assertThat(taliban).isNotNull();
    assertThat(taliban.sentence()).isEqualTo(1);
    assertThat(taliban.firstToken()).isEqualTo(1);
    assertThat(taliban.endToken()).isEqualTo(2);
    assertThat(r.actor(taliban.actorId()).country()).isEqualTo("AFG");
    assertThat(r.mentionAt(1, 3).text()).isEqualTo("Pakistan");
  }

  @Test
  void numbersActorsInOrderOfFirstMention() {
    Resolution r = resolve("China/NNP/LOCATION and/CC India/NNP/LOCATION met/VBD China/NNP/LOCATION ./.");
    assertThat(r.actors()).extracting(Actor::id).containsExactly("a1", "a2");
    assertThat(r.actors()).extracting(Actor::name).containsExactly("China", "India");
  }

  @Test
  void aCountryInsideALongerPersonNameIsTheName() {
    Resolution r = resolve("Jordan/NNP/PERSON Peterson/NNP/PERSON spoke/VBD ./.");
    assertThat(named(r, "Jordan")).isEmpty();
    assertThat(only(r, "Jordan Peterson").kind()).isEqualTo("person");
  }

  @Test
  void anEmptyArticleHasNoActors() {
    Resolution r = resolver.resolve(new HandMadeArticle().build());
    assertThat(r.actors()).isEmpty();
  }

  @Test
  void codesADictionaryPersonByThePublicationDate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws java.io.IOException {
    java.nio.file.Path file = folder.resolve("people.actors.txt");
    java.nio.file.Files.write(file, List.of(
        "JOHN_QUINCY_EXAMPLE_", "+EXAMPLE_", "\t[USAELI 900101-081231]", "\t[USAGOV >20090101]"));
    ActorResolver withDictionary = new ActorResolver(
        org.dyad.pipeline.knowledge.KnowledgeBase.builtIn().withDictionaries(List.of(file)));
    Resolution r = withDictionary.resolve(HandMadeArticle.of(
        "John/NNP/PERSON Quincy/NNP/PERSON Example/NNP/PERSON visited/VBD Kenya/NNP/LOCATION ./.",
        "Example/NNP/PERSON left/VBD ./.").build());
    Actor example = only(r, "John Quincy Example");
    assertThat(example.code()).isEqualTo("USAGOV");
    assertThat(example.country()).isEqualTo("USA");
    assertThat(example.sector()).isEqualTo("GOV");
    assertThat(example.mentions()).hasSize(2);
  }

  @Test
  void aFormerOfficialIsAnElite() {
    Resolution r = resolve("Former/JJ Chilean/JJ/MISC president/NN Ana/NNP/PERSON Reyes/NNP/PERSON spoke/VBD ./.");
    Actor reyes = only(r, "Ana Reyes");
    assertThat(reyes.country()).isEqualTo("CHL");
    assertThat(reyes.sector()).isEqualTo("ELI");
    assertThat(reyes.role()).isEqualTo("president");
  }

  @Test
  void aCountryCoordinatedWithARolePhraseSharesTheRole() {
    Resolution r = resolve(
        "Senior/JJ Polish/JJ/MISC ,/, Hungarian/JJ/MISC and/CC Romanian/JJ/MISC officials/NNS agreed/VBD ./.");
    assertThat(only(r, "Polish officials").code()).isEqualTo("POLGOV");
    assertThat(only(r, "Romanian officials").code()).isEqualTo("ROUGOV");
    Actor hungarian = only(r, "Hungarian officials");
    assertThat(hungarian.code()).isEqualTo("HUNGOV");
    assertThat(hungarian.mentions()).extracting(m -> m.text()).containsExactly("Hungarian");
    assertThat(named(r, "Hungary")).isEmpty();
  }

  @Test
  void ethnicGroupsAreNotTheirKinState() {
    Resolution r = resolve("ethnic/JJ Albanians/NNPS/MISC and/CC ethnic/JJ Albanian/JJ/MISC guerrillas/NNS met/VBD ./.");
    assertThat(named(r, "Albania")).isEmpty();
    assertThat(r.actors()).noneMatch(a -> "ALB".equals(a.country()));
  }

  @Test
  void aTitledNameFollowedByOfACountryTakesThatCountry() {
    Resolution r = resolve("King/NNP Hassan/NNP/PERSON of/IN Morocco/NNP/LOCATION spoke/VBD ./.");
    Actor hassan = only(r, "Hassan");
    assertThat(hassan.country()).isEqualTo("MAR");
    assertThat(hassan.role()).isEqualTo("king");
    assertThat(named(r, "Morocco")).as("the country belongs to the title").isEmpty();
    assertThat(hassan.aliases()).contains("King Hassan of Morocco");
  }

  @Test
  void keepsHyphenatedNamesAsWritten() {
    Resolution r = resolve("Jean/NNP/PERSON -/HYPH/PERSON Luc/NNP/PERSON Moreau/NNP/PERSON left/VBD ./.",
        "Moreau/NNP/PERSON returned/VBD ./.");
    assertThat(only(r, "Moreau").name()).isEqualTo("Jean - Luc Moreau");
  }

  @Test
  void aRoleBeforeACommaAndANameDescribesThePerson() {
    Resolution r = resolve(
        "the/DT delegation/NN was/VBD led/VBN by/IN the/DT Kenyan/JJ/MISC foreign/JJ minister/NN ,/, "
            + "Grace/NNP/PERSON Otieno/NNP/PERSON ./.");
    Actor otieno = only(r, "Grace Otieno");
    assertThat(otieno.country()).isEqualTo("KEN");
    assertThat(otieno.role()).isEqualTo("foreign minister");
    assertThat(named(r, "Kenyan foreign minister")).isEmpty();
  }

  @Test
  void aTitleAloneJoinsTheOneNamedPersonWithThatCountryAndRole() {
    Resolution r = resolve(
        "Ghana/NNP/LOCATION 's/POS foreign/JJ minister/NN arrived/VBD ./.",
        "Ghanaian/JJ/MISC foreign/JJ minister/NN Kofi/NNP/PERSON Mensah/NNP/PERSON spoke/VBD ./.");
    Actor mensah = only(r, "Kofi Mensah");
    assertThat(mensah.aliases()).contains("Ghana 's foreign minister");
    assertThat(mensah.mentions()).hasSize(2);
    assertThat(r.actors()).hasSize(1);
  }

  @Test
  void aTitleStaysApartWhenTwoPeopleCouldHoldIt() {
    Resolution r = resolve(
        "Ghana/NNP/LOCATION 's/POS foreign/JJ minister/NN arrived/VBD ./.",
        "Ghanaian/JJ/MISC foreign/JJ minister/NN Kofi/NNP/PERSON Mensah/NNP/PERSON and/CC Ghanaian/JJ/MISC "
            + "foreign/JJ minister/NN Ama/NNP/PERSON Owusu/NNP/PERSON spoke/VBD ./.");
    assertThat(r.actors()).hasSize(3);
  }

  @Test
  void resolvesAVeryLongUnpunctuatedSentence() {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sentence.append("the/DT talks/NNS with/IN Kenya/NNP/LOCATION and/CC Kofi/NNP/PERSON Mensah/NNP/PERSON went/VBD on/IN ");
    }
    Resolution r = resolve(sentence.toString());
    assertThat(only(r, "Kenya").mentions()).hasSize(5_000);
    assertThat(only(r, "Kofi Mensah").mentions()).hasSize(5_000);
  }

  @Test
  void regionsNamedAfterACountryWordAreNotThatCountry() {
    Resolution r = resolve(
        "Latin/NNP/LOCATION America/NNP/LOCATION and/CC the/DT Indian/NNP/LOCATION Ocean/NNP/LOCATION states/NNS "
            + "and/CC Latin/JJ/MISC American/JJ/MISC leaders/NNS met/VBD ./.");
    assertThat(r.actors()).noneMatch(a -> "USA".equals(a.country()) || "IND".equals(a.country()));
    assertThat(only(r, "Latin America").kind()).isEqualTo("location");
  }

  @Test
  void aWellKnownPersonTakesTheOfficeHeldOnThePublicationDate() {
    Resolution in2010 = resolver.resolve(HandMadeArticle.of("Obama/NNP/PERSON spoke/VBD ./.").publishedOn("2010-05-01")
        .build());
    Actor obama = only(in2010, "Barack Obama");
    assertThat(obama.country()).isEqualTo("USA");
    assertThat(obama.sector()).isEqualTo("GOV");
    assertThat(obama.role()).isEqualTo("president");
    assertThat(obama.aliases()).containsExactly("Obama");

    Resolution in2019 = resolver.resolve(HandMadeArticle.of("Barack/NNP/PERSON Obama/NNP/PERSON spoke/VBD ./.")
        .publishedOn("2019-05-01").build());
    Actor former = only(in2019, "Barack Obama");
    assertThat(former.sector()).isEqualTo("ELI");
    assertThat(former.role()).isEqualTo("former president");
  }

  @Test
  void theTextWinsOverTheTableOfKnownPeople() {
    Resolution r = resolve("Canadian/JJ/MISC lawmaker/NN Barack/NNP/PERSON Obama/NNP/PERSON spoke/VBD ./.");
    Actor namesake = only(r, "Barack Obama");
    assertThat(namesake.country()).isEqualTo("CAN");
    assertThat(namesake.sector()).isEqualTo("LEG");
  }

  @Test
  void aSurnameSeveralKnownPeopleShareIsReadByTheArticlesDate() {
    Resolution in1995 = resolver.resolve(HandMadeArticle.of("Clinton/NNP/PERSON spoke/VBD ./.")
        .publishedOn("1995-05-01").build());
    assertThat(only(in1995, "Bill Clinton").role()).isEqualTo("president");
    Resolution in2010 = resolver.resolve(HandMadeArticle.of("Clinton/NNP/PERSON spoke/VBD ./.")
        .publishedOn("2010-05-01").build());
    assertThat(only(in2010, "Hillary Clinton").role()).isEqualTo("secretary of state");
    Resolution in2021 = resolve("Clinton/NNP/PERSON spoke/VBD ./.");
    assertThat(only(in2021, "Hillary Clinton").country()).as("both served the US").isEqualTo("USA");
  }

  @Test
  void aDemonymBeforeAnotherNamesThePeopleOfTheFirstCountry() {
    Resolution r = resolve("Bosnian/JJ/MISC Serb/JJ/MISC leaders/NNS met/VBD Bosnian/JJ/MISC Serbs/NNPS/MISC ./.");
    assertThat(r.actors()).extracting(Actor::country).containsOnly("BIH");
    Resolution americans = resolve("Chinese/JJ/MISC American/JJ/MISC students/NNS protested/VBD ./.");
    assertThat(americans.actors()).extracting(Actor::country).containsOnly("USA");
  }

  @Test
  void aWellKnownPersonTakenForAnOrganisationByNerIsAPerson() {
    Resolution r = resolve("Moody/NNP/ORGANIZATION Awori/NNP/ORGANIZATION declined/VBD to/TO resign/VB ./.");
    Actor awori = only(r, "Moody Awori");
    assertThat(awori.kind()).isEqualTo("person");
    assertThat(awori.country()).isEqualTo("KEN");
  }

  @Test
  void aSharedSurnameWithoutADateIsTheLatestOfOneCountry() {
    Resolution r = resolver.resolve(HandMadeArticle.of("President/NNP Bush/NNP/PERSON spoke/VBD ./.")
        .publishedOn(null).build());
    Actor bush = only(r, "George W. Bush");
    assertThat(bush.country()).isEqualTo("USA");
    assertThat(bush.code()).isEqualTo("USAGOV");
  }

  @Test
  void aGovernmentNamedAfterAKnownLeaderIsThatCountrysGovernment() {
    Resolution r = resolver.resolve(HandMadeArticle.of(
            "The/DT Bush/NNP/PERSON administration/NN declared/VBD that/IN China/NNP/LOCATION must/MD act/VB ./.",
            "Students/NNS protested/VBD against/IN President/NNP Suharto/NNP/PERSON 's/POS government/NN ./.")
        .publishedOn("1998-05-01").build());
    assertThat(only(r, "United States administration").code()).isEqualTo("USAGOV");
    assertThat(only(r, "Indonesia government").code()).isEqualTo("IDNGOV");
    Resolution unknown = resolve("The/DT Smith/NNP/PERSON administration/NN declared/VBD ./.");
    assertThat(unknown.actors()).noneMatch(a -> "GOV".equals(a.sector()) && a.kind().equals("group"));
  }

  @Test
  void aParticipleBeforeANounStaysInsideTheApposition() {
    Resolution r = resolve("Ali/NNP/PERSON Sidi/NNP/PERSON ,/, Algeria/NNP/LOCATION 's/POS leading/VBG human/JJ rights/NNS "
        + "activist/NN ,/, staged/VBD a/DT strike/NN ./.");
    Actor activist = only(r, "Ali Sidi");
    assertThat(activist.country()).isEqualTo("DZA");
    assertThat(activist.role()).isEqualTo("activist");
    Resolution speaking = resolve("Ali/NNP/PERSON Sidi/NNP/PERSON ,/, speaking/VBG to/TO Algerian/JJ/MISC reporters/NNS ,/, "
        + "said/VBD no/DT ./.");
    assertThat(only(speaking, "Ali Sidi").role()).isNull();
  }

  @Test
  void aTitleCaseHeadlineMakesNoActorOfAnUnknownMultiWordNerSpan() {
    Resolution r = resolve("Norway/NNP/LOCATION Sends/VBZ Funds/NNS to/TO Help/VB/ORGANIZATION Chile/NNP/ORGANIZATION "
        + "Repair/VB/ORGANIZATION Water/NN/ORGANIZATION Pipes/NNS/ORGANIZATION");
    assertThat(r.actors()).noneMatch(a -> a.kind().equals("organization"));
    assertThat(only(r, "Chile").kind()).isEqualTo("country");
    assertThat(only(r, "Norway").kind()).isEqualTo("country");
    Resolution body = resolve("Officials/NNS said/VBD the/DT Chile/NNP/ORGANIZATION Water/NNP/ORGANIZATION "
        + "Board/NNP/ORGANIZATION would/MD help/VB ./.");
    assertThat(body.actors()).anyMatch(a -> a.kind().equals("organization") && a.name().contains("Water Board"));
  }

  @Test
  void oneNameReadAsTwoKindsIsOneActor() {
    Resolution r = resolve("The/DT Harbour/NNP/PERSON Five/NNP/PERSON were/VBD freed/VBN ./.",
        "Friends/NNS of/IN the/DT Harbour/NNP/LOCATION Five/NNP/LOCATION cheered/VBD ./.");
    Actor five = only(r, "Harbour Five");
    assertThat(five.mentions()).hasSize(2);
  }

  @Test
  void aCourtesyTitleAndSurnameJoinTheFullName() {
    Resolution r = resolve("Rose/NNP/PERSON Finnegan/NNP/PERSON was/VBD arrested/VBN ./.",
        "Mrs/NNP/PERSON Finnegan/NNP/PERSON said/VBD she/PRP was/VBD innocent/JJ ./.",
        "Mr/NNP Dolan/NNP/PERSON and/CC Paul/NNP/PERSON Dolan/NNP/PERSON agreed/VBD ./.");
    Actor rose = only(r, "Rose Finnegan");
    assertThat(rose.aliases()).contains("Mrs Finnegan");
    assertThat(rose.mentions()).hasSize(2);
    assertThat(only(r, "Paul Dolan").mentions()).hasSize(2);
  }

  @Test
  void aRoleWithAQualifierBeforeAnAppositiveNameGivesTheOrganisationsCode() {
    Resolution r = resolve("The/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION envoy/NN for/IN the/DT "
        + "Great/NNP/LOCATION Lakes/NNP/LOCATION ,/, Lena/NNP/PERSON Berg/NNP/PERSON ,/, said/VBD ./.");
    Actor berg = only(r, "Lena Berg");
    assertThat(berg.code()).isEqualTo("IGOUNO");
    assertThat(berg.role()).isEqualTo("envoy");
    assertThat(named(r, "United Nations")).isEmpty();
  }

  @Test
  void aPersonRoleOfAnInternationalOrganisationIsNoAliasOfIt() {
    Resolution r = resolve("The/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION said/VBD the/DT "
        + "United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION envoy/NN would/MD travel/VB ./.");
    Actor un = only(r, "United Nations");
    assertThat(un.aliases()).noneMatch(a -> a.contains("envoy"));
    Actor envoy = only(r, "United Nations envoy");
    assertThat(envoy.kind()).isEqualTo("person");
    assertThat(envoy.code()).isEqualTo("IGOUNO");
  }

  @Test
  void aStateRoleWithoutACountryTakesTheCountryOfTheParagraph() {
    Resolution r = resolver.resolve(HandMadeArticle.of(
            "Peru/NNP/LOCATION rejected/VBD the/DT claim/NN ./.",
            "Foreign/NNP Ministry/NNP spokesman/NN Pablo/NNP/PERSON Reyes/NNP/PERSON said/VBD talks/NNS failed/VBD ./.",
            "The/DT interior/NN ministry/NN agreed/VBD ./.")
        .paragraph()
        .sentence("Chile/NNP/LOCATION said/VBD nothing/NN ./.")
        .paragraph()
        .sentence("Peru/NNP/LOCATION and/CC Chile/NNP/LOCATION and/CC Peru/NNP/LOCATION met/VBD ./.")
        .paragraph()
        .sentence("The/DT army/NN said/VBD ./.")
        .build());
    Actor reyes = only(r, "Pablo Reyes");
    assertThat(reyes.country()).isEqualTo("PER");
    assertThat(reyes.code()).isEqualTo("PERGOV");
    assertThat(only(r, "interior ministry").code()).isEqualTo("PERGOV");
    assertThat(only(r, "army").code()).as("no country in its paragraph: the article's dominant one").isEqualTo("PERMIL");
  }

  @Test
  void aStateRoleWithNoCountryAnywhereHasNoSectorOnlyCode() {
    Resolution r = resolve("Foreign/NNP Ministry/NNP spokesman/NN Pablo/NNP/PERSON Reyes/NNP/PERSON said/VBD ./.",
        "The/DT interior/NN ministry/NN agreed/VBD ./.");
    Actor reyes = only(r, "Pablo Reyes");
    assertThat(reyes.country()).isNull();
    assertThat(reyes.code()).isNull();
    assertThat(named(r, "interior ministry")).isEmpty();
  }

  @Test
  void aDemonymBeforeAPluralRoleAndARoleInACapitalGiveCountrySectorActors() {
    Resolution r = resolve("Three/CD Peruvian/JJ/MISC generals/NNS were/VBD sanctioned/VBN ./.",
        "Police/NNS in/IN Lima/NNP/LOCATION arrested/VBD dozens/NNS of/IN protesters/NNS ./.");
    assertThat(only(r, "Peruvian generals").code()).isEqualTo("PERMIL");
    assertThat(only(r, "Police").code()).isEqualTo("PERCOP");
    assertThat(only(r, "protesters").code()).isEqualTo("PEROPP");
  }

  @Test
  void aKnownOfficeHolderWithoutAPublicationDateTakesTheOfficeKnown() {
    Resolution r = resolver.resolve(HandMadeArticle.of("Nelson/NNP/PERSON Mandela/NNP/PERSON spoke/VBD ./.")
        .publishedOn(null).build());
    assertThat(only(r, "Nelson Mandela").code()).isEqualTo("ZAFGOV");
    Resolution dated = resolver.resolve(HandMadeArticle.of("Nelson/NNP/PERSON Mandela/NNP/PERSON spoke/VBD ./.")
        .publishedOn("1985-01-01").build());
    assertThat(only(dated, "Nelson Mandela").code()).as("before the office: not yet its holder").isNotEqualTo("ZAFGOV");
  }

  @Test
  void readsAnAmbiguousCityAsThePlaceInTheCountryTheArticleNames() {
    Resolution lebanon = resolve(
        "Militias/NNS fought/VBD in/IN Tripoli/NNP/LOCATION ,/, the/DT north/JJ Lebanese/JJ/MISC port/NN ./.");
    Actor tripoli = only(lebanon, "Tripoli");
    assertThat(tripoli.kind()).isEqualTo("location");
    assertThat(tripoli.country()).isEqualTo("LBN");
    assertThat(named(lebanon, "Libya")).isEmpty();
  }

  @Test
  void keepsTheCapitalMeaningOfAnAmbiguousCityWithoutOtherCountries() {
    Resolution r = resolve("Tripoli/NNP/LOCATION said/VBD on/IN Monday/NNP it/PRP would/MD talk/VB ./.");
    assertThat(only(r, "Libya").aliases()).contains("Tripoli");
  }

  @Test
  void keepsTheCapitalMeaningWhenTheArticleNamesThatCountry() {
    Resolution r = resolve(
        "Libyan/JJ/MISC and/CC Lebanese/JJ/MISC envoys/NNS met/VBD in/IN Tripoli/NNP/LOCATION ./.");
    assertThat(named(r, "Libya")).hasSize(1);
    assertThat(only(r, "Libya").aliases()).contains("Tripoli");
  }

  @Test
  void readsUsStatesAsPlacesInTheUnitedStates() {
    Resolution r = resolve(
        "Storms/NNS hit/VBD South/NNP/LOCATION Carolina/NNP/LOCATION and/CC Ohio/NNP/LOCATION ./.");
    assertThat(only(r, "South Carolina").country()).isEqualTo("USA");
    assertThat(only(r, "Ohio").country()).isEqualTo("USA");
    assertThat(only(r, "Ohio").kind()).isEqualTo("location");
  }

  @Test
  void readsACountryNameInOddCapitalsAsTheCountry() {
    Resolution r = resolve("The/DT minister/NN wants/VBZ to/TO help/VB iSrael/NNP/LOCATION ./.");
    Actor israel = only(r, "Israel");
    assertThat(israel.kind()).isEqualTo("country");
    assertThat(israel.country()).isEqualTo("ISR");
  }

  @Test
  void readsTheJointChiefsOfStaffAsTheUsMilitary() {
    Resolution r = resolve("The/DT Joint/NNP Chiefs/NNP of/IN Staff/NNP met/VBD on/IN Monday/NNP ./.");
    Actor chiefs = only(r, "Joint Chiefs of Staff");
    assertThat(chiefs.code()).isEqualTo("USAMIL");
  }

  @Test
  void readsOpponentsOfACountryAsItsOpposition() {
    Resolution r = resolve("Opponents/NNS of/IN Kenya/NNP/LOCATION marched/VBD on/IN Monday/NNP ./.");
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("KENOPP"));
  }

  @Test
  void givesAPersonTheSectorOfARoleInAnAppositionAndTheCountryOfTheParagraph() {
    Resolution r = resolve(
        "Argentina/NNP/LOCATION votes/VBZ on/IN Sunday/NNP ./.",
        "Jane/NNP/PERSON Roe/NNP/PERSON ,/, the/DT opposition/NN candidate/NN ,/, criticised/VBD Argentina/NNP/LOCATION ./.");
    Actor roe = only(r, "Jane Roe");
    assertThat(roe.sector()).isEqualTo("OPP");
    assertThat(roe.code()).isEqualTo("ARGOPP");
  }

  @Test
  void readsAnEthnicGroupPlacedInAnotherCountryAsAGroupOfThatCountry() {
    Resolution r = resolve(
        "Ethnic/JJ Albanians/NNPS/MISC in/IN southern/JJ Serbia/NNP/LOCATION demanded/VBD autonomy/NN ./.");
    Actor minority = only(r, "Ethnic Albanians");
    assertThat(minority.kind()).isEqualTo("group");
    assertThat(minority.country()).isEqualTo("SRB");
    assertThat(named(r, "Albania")).isEmpty();
  }

  @Test
  void readsAPeopleOfAnotherCountryAsAGroupOfThatCountry() {
    Resolution r = resolve("The/DT Albanians/NNPS/MISC of/IN Serbia/NNP/LOCATION protested/VBD ./.");
    assertThat(only(r, "Albanians").country()).isEqualTo("SRB");
  }

  @Test
  void keepsCitizensAbroadAsTheirOwnCountry() {
    Resolution r = resolve("Americans/NNPS/MISC in/IN Iraq/NNP/LOCATION were/VBD evacuated/VBN ./.");
    assertThat(only(r, "United States").aliases()).contains("Americans");
  }

  @Test
  void readsAFormerOfficeInAnAppositionAsAnElite() {
    Resolution r = resolve(
        "Argentina/NNP/LOCATION votes/VBZ on/IN Sunday/NNP ./.",
        "Jane/NNP/PERSON Roe/NNP/PERSON ,/, a/DT former/JJ security/NN minister/NN ,/, criticised/VBD the/DT plan/NN ./.");
    assertThat(only(r, "Jane Roe").code()).isEqualTo("ARGELI");
  }

  @Test
  void readsAFormerOfficeWithoutANameAsAnElite() {
    Resolution r = resolve(
        "The/DT former/JJ US/NNP/LOCATION ambassador/NN criticised/VBD the/DT plan/NN ./.",
        "The/DT US/NNP/LOCATION ambassador/NN praised/VBD it/PRP ./.");
    assertThat(r.actors()).extracting(Actor::code).contains("USAELI", "USAGOV");
  }

  @Test
  void readsAShadowMinisterAsTheOpposition() {
    Resolution r = resolve(
        "Britain/NNP/LOCATION votes/VBZ in/IN May/NNP ./.",
        "Shadow/NNP chancellor/NN Oliver/NNP/PERSON Letwin/NNP/PERSON criticised/VBD the/DT plan/NN ./.");
    Actor letwin = only(r, "Oliver Letwin");
    assertThat(letwin.code()).isEqualTo("GBROPP");
    assertThat(letwin.role()).isEqualTo("shadow chancellor"); // no antecedent of "the chancellor"
  }

  @Test
  void readsAPeopleLivingInOneCountryAsThatCountrysDemonym() {
    Resolution r = resolve("Chechen/JJ/MISC rebels/NNS attacked/VBD a/DT convoy/NN ./.");
    assertThat(only(r, "Chechen rebels").code()).isEqualTo("RUSREB");
  }

  @Test
  void knowsFormerHeadsOfStateAndReadsThemAsEliteAfterOffice() {
    Resolution r = resolver.resolve(HandMadeArticle.of(
        "Idi/NNP/PERSON Amin/NNP/PERSON expelled/VBD traders/NNS ./.").publishedOn("2020-01-01").build());
    Actor amin = only(r, "Idi Amin");
    assertThat(amin.country()).isEqualTo("UGA");
    assertThat(amin.code()).isEqualTo("UGAELI");
  }

  @Test
  void readsUnplacedFirmsAsBusinessesOfTheCountryInContext() {
    Resolution r = resolve(
        "South/NNP/LOCATION Korea/NNP/LOCATION will/MD boost/VB spending/NN ./.",
        "The/DT government/NN will/MD ask/VB firms/NNS to/TO roll/VB over/RP loans/NNS ./.");
    assertThat(r.actors()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("firms");
      assertThat(a.code()).isEqualTo("KORBUS");
    });
  }

  @Test
  void readsCoordinatedCountriesDefenseMinistriesAsEachCountrysMinistry() {
    Resolution r = resolve("The/DT Russian/JJ/MISC and/CC Syrian/JJ/MISC defense/NN ministries/NNS accused/VBD "
        + "the/DT rebels/NNS ./.");
    assertThat(r.actors()).extracting(Actor::code).contains("RUSMIL", "SYRMIL");
  }

  @Test
  void readsJewishSettlersAsIsraeliCivilians() {
    Resolution r = resolve("Jewish/JJ settlers/NNS set/VBD fire/NN to/TO a/DT house/NN ./.");
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("ISRCVL"));
  }

  @Test
  void neverGivesAVisitingGroupTheCountryOfItsHost() {
    Resolution r = resolve(
        "Romania/NNP/LOCATION 's/POS government/NN received/VBD a/DT delegation/NN and/CC peacekeepers/NNS in/IN "
            + "Bucharest/NNP/LOCATION ./.");
    assertThat(r.actors()).noneSatisfy(a -> assertThat(a.name()).isIn("delegation", "peacekeepers"));
  }

  @Test
  void givesAVisitingGroupTheCountryItComesFrom() {
    Resolution r = resolve("A/DT delegation/NN from/IN Iran/NNP/LOCATION arrived/VBD ./.");
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("IRNGOV"));
  }

  @Test
  void givesAnOfficialWithoutCountryTheOnlyCountryTheTextNames() {
    Resolution r = resolve(
        "Planning/NNP Minister/NNP John/NNP/PERSON Roe/NNP/PERSON said/VBD Vietnam/NNP/LOCATION is/VBZ committed/JJ ./.");
    assertThat(only(r, "John Roe").code()).isEqualTo("VNMGOV");
  }

  @Test
  void leavesAnOfficialWithoutCountryWhenTheTextNamesSeveral() {
    Resolution r = resolve(
        "Planning/NNP Minister/NNP John/NNP/PERSON Roe/NNP/PERSON said/VBD Vietnam/NNP/LOCATION and/CC "
            + "Laos/NNP/LOCATION agreed/VBD ./.");
    assertThat(only(r, "John Roe").country()).isNull();
  }

  @Test
  void givesRadicalsTheCountryOfTheText() {
    Resolution r = resolve("Islamic/JJ fundamentalists/NNS marched/VBD in/IN Algeria/NNP/LOCATION ./.");
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("DZARAD"));
  }

  @Test
  void readsALoneCityNerCallsAPersonAsThePlaceAfterAVerbOrPreposition() {
    Resolution r = resolve("Troops/NNS defended/VBD Mariupol/NNP/PERSON on/IN Monday/NNP ./.");
    Actor mariupol = only(r, "Mariupol");
    assertThat(mariupol.kind()).isEqualTo("location");
    assertThat(mariupol.country()).isEqualTo("UKR");
  }

  @Test
  void keepsALoneNameNerCallsAPersonAsThePersonAtTheStartOfAClause() {
    Resolution r = resolve("Mariupol/NNP/PERSON said/VBD on/IN Monday/NNP ./.");
    assertThat(only(r, "Mariupol").kind()).isEqualTo("person");
  }

  @Test
  void readsNationalBodiesByTheirOwnNames() {
    Resolution r = resolve("The/DT IDF/NNP and/CC the/DT PLA/NNP held/VBD drills/NNS ./.");
    assertThat(only(r, "Israel Defense Forces").code()).isEqualTo("ISRMIL");
    assertThat(only(r, "People's Liberation Army").code()).isEqualTo("CHNMIL");
  }

  @Test
  void readsFormerNamesOfStatesAsTheirSuccessors() {
    Resolution r = resolve("The/DT Soviet/JJ/MISC army/NN left/VBD Zaire/NNP/LOCATION ./.");
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("RUSMIL"));
    assertThat(only(r, "Democratic Republic of the Congo").aliases()).contains("Zaire");
  }
}
