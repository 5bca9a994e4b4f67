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
}
