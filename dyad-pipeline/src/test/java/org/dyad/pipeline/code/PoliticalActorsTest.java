package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** Who may be the source of a CAMEO event. */
class PoliticalActorsTest {

  private static Actor actor(String kind, String country, String sector, String code, String role) {
    return new Actor("a", "name", List.of(), kind, country, sector, code, role, List.of());
  }

  private static final Actor UKRAINE = actor("country", "UKR", null, "UKR", null);

  @Test
  void statesGovernmentsAndArmedGroupsActPrivatePeopleAndTeamsDoNot() {
    assertThat(PoliticalActors.maySource(actor("country", "RUS", null, "RUS", null), "042", UKRAINE, "")).isTrue();
    assertThat(PoliticalActors.maySource(actor("organization", "RUS", "GOV", "RUSGOV", null), "111", UKRAINE, "")).isTrue();
    assertThat(PoliticalActors.maySource(actor("person", null, null, null, null), "040", UKRAINE, "")).isFalse();
    assertThat(PoliticalActors.maySource(actor("organization", null, null, null, null), "070", UKRAINE, "")).isFalse();
    assertThat(PoliticalActors.maySource(null, "190", UKRAINE, "")).isFalse();
  }

  @Test
  void civiliansActOnlyInProtestAndABusinessOnlyTowardAStateItsWordsName() {
    Actor civilians = actor("group", "UKR", "CVL", "UKRCVL", null);
    assertThat(PoliticalActors.maySource(civilians, "141", null, "")).isTrue();
    assertThat(PoliticalActors.maySource(civilians, "043", UKRAINE, "")).isFalse();
    Actor firm = actor("organization", "USA", "BUS", "USABUS", null);
    assertThat(PoliticalActors.maySource(firm, "1711", UKRAINE, "verb sue")).isTrue();
    assertThat(PoliticalActors.maySource(firm, "1711", UKRAINE, "verb sue +domestic-target")).isFalse();
  }

  @Test
  void inSpanishCiviliansAlsoDemandDenounceAndThreatenButStillDoNotNegotiate() {
    Actor farmers = actor("group", null, "AGR", null, null);
    assertThat(PoliticalActors.maySource(farmers, "100", null, "")).isFalse();
    java.util.Set<String> spanish = Lexicon.spanish().civilianActs();
    assertThat(PoliticalActors.maySource(farmers, "100", null, "", spanish)).isTrue();
    assertThat(PoliticalActors.maySource(farmers, "130", null, "", spanish)).isTrue();
    assertThat(PoliticalActors.maySource(farmers, "043", UKRAINE, "", spanish)).isFalse();
    assertThat(Lexicon.standard().civilianActs()).containsExactly("14");
  }

  @Test
  void aTownOfNoCodeOfItsOwnActsInConflictButNotInTalksOrAid() {
    Actor town = actor("location", "PSE", null, null, null);
    assertThat(PoliticalActors.maySource(town, "190", actor("country", "ISR", null, "ISR", null), "")).isTrue();
    assertThat(PoliticalActors.maySource(town, "130", UKRAINE, "")).isTrue();
    assertThat(PoliticalActors.maySource(town, "070", UKRAINE, "")).isFalse();
    assertThat(PoliticalActors.maySource(actor("location", null, null, null, null), "190", UKRAINE, "")).isFalse();
    // "Indiana's biggest teacher protest": a town modifying an event noun says where, not who
    assertThat(PoliticalActors.maySource(town, "141", null, "verb protest (predicates.txt:1)")).isTrue();
    assertThat(PoliticalActors.maySource(town, "141", null, "noun protest (predicates.txt:1)")).isFalse();
  }

  @Test
  void aPersonOfNoCodeActsForNoOneEvenWithATitle() {
    // "the former White House senior adviser toured the kibbutz": a title, but no country or sector
    assertThat(PoliticalActors.maySource(actor("person", null, null, null, "senior adviser"), "042", UKRAINE, "")).isFalse();
    // a titled person the article ties to a country acts for it, though the title names no sector
    assertThat(PoliticalActors.maySource(actor("person", "GBR", null, "GBR", "shadow chancellor"), "111", UKRAINE, "")).isTrue();
  }

  @Test
  void aCounterpartIsAPersonOrANameTiedToACountryOrCode() {
    assertThat(PoliticalActors.mayTarget(null)).isTrue();
    assertThat(PoliticalActors.mayTarget(actor("person", null, null, null, null))).isTrue();
    assertThat(PoliticalActors.mayTarget(actor("location", "CHE", null, null, null))).isTrue(); // Zurich
    assertThat(PoliticalActors.mayTarget(actor("group", null, null, null, null))).isTrue(); // "los paramilitares"
    assertThat(PoliticalActors.mayTarget(actor("organization", null, "NGO", "NGO", null))).isTrue();
    assertThat(PoliticalActors.mayTarget(actor("organization", null, null, null, null))).isFalse(); // "the DSA"
    assertThat(PoliticalActors.mayTarget(actor("location", null, null, null, null))).isFalse(); // "the Western Wall"
  }
}
