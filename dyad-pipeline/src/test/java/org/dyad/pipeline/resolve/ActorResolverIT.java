package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolver on CoreNLP's real annotations of made-up news sentences. */
class ActorResolverIT {

  private static final String TEXT = String.join("\n\n",
      "Ministers Meet as Ankara Weighs Its Options",
      "Ankara said on Monday that it would send aid to the region. The Turkish foreign ministry announced the plan "
          + "after talks in Baku.",
      "Chinese Foreign Minister Wang Yi met Indian officials in Beijing on Tuesday. Wang later flew to Islamabad.",
      "The US told us nothing about the talks, an aide said. Let us wait for the U.S. response.",
      "John Smith, a senior fellow at the Washington-based Brookings Institution, said the plan was risky. "
          + "Smith added that NATO would meet next week.",
      "The Helsinki Shipping Consortium protested against the new tariffs.",
      "Hezbollah fighters clashed with Israeli troops near the border, and the group later claimed the attack.");

  private static ResolvedText resolved;

  @BeforeAll
  static void annotate() {
    resolved = ResolvedText.of(TEXT, "2021-10-15");
  }

  @Test
  void aCapitalStandsForItsCountry() {
    Actor turkey = resolved.only("Turkey");
    assertThat(turkey.kind()).isEqualTo("country");
    assertThat(turkey.aliases()).contains("Ankara");
    assertThat(resolved.only("Azerbaijan").aliases()).contains("Baku");
  }

  @Test
  void aDemonymBeforeAMinistryIsThatCountrysGovernment() {
    Actor ministry = resolved.only("Turkish foreign ministry");
    assertThat(ministry.code()).isEqualTo("TURGOV");
  }

  @Test
  void aTitledPersonGetsCountrySectorAndRoleAndMergesWithTheSurname() {
    Actor wang = resolved.only("Wang Yi");
    assertThat(wang.kind()).isEqualTo("person");
    assertThat(wang.country()).isEqualTo("CHN");
    assertThat(wang.sector()).isEqualTo("GOV");
    assertThat(wang.role()).isEqualTo("foreign minister");
    assertThat(wang.aliases()).contains("Wang");
    assertThat(resolved.only("Indian officials").code()).isEqualTo("INDGOV");
  }

  @Test
  void usInCapitalsIsTheUnitedStatesButThePronounIsNot() {
    Actor usa = resolved.only("United States");
    assertThat(usa.mentions()).extracting(s -> s.text()).containsExactly("US", "U.S.");
    assertThat(resolved.resolution().mentions()).noneMatch(m -> m.text().equals("us"));
  }

  @Test
  void anAppositionGivesRoleAndAffiliation() {
    Actor smith = resolved.only("John Smith");
    assertThat(smith.role()).isEqualTo("senior fellow");
    assertThat(smith.sector()).isEqualTo("NGO");
    assertThat(smith.aliases()).contains("Smith");
    assertThat(resolved.only("Brookings Institution").kind()).isEqualTo("organization");
    assertThat(resolved.carrying("United States")).allMatch(a -> !a.aliases().contains("Washington"));
  }

  @Test
  void anUnknownOrganisationIsKept() {
    assertThat(resolved.resolution().actors())
        .anyMatch(a -> a.name().contains("Shipping Consortium") && a.kind().equals("organization"));
  }

  @Test
  void theGroupRefersBackToTheGroup() {
    Actor hezbollah = resolved.only("Hezbollah");
    assertThat(hezbollah.aliases()).contains("the group");
    assertThat(resolved.only("Israeli troops").code()).isEqualTo("ISRMIL");
  }

  @Test
  void everyMentionPointsIntoTheTextAndItsSentenceTokens() {
    for (ActorMention m : resolved.resolution().mentions()) {
      assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.firstToken()).isLessThan(m.endToken());
      assertThat(resolved.resolution().mentionAt(m.sentence(), m.firstToken())).isNotNull();
    }
  }
}
