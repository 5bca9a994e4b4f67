package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.resolve.ResolvedActors.only;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** Actors whose country or identity comes from the rest of the article. */
class ActorContextTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(HandMadeArticle article) {
    return resolver.resolve(article.build());
  }

  @Test
  void opposition_leaders_are_the_opposition_of_the_country_in_context() {
    Resolution r = resolve(HandMadeArticle.of(
        "Protests/NNS spread/VBD across/IN Armenia/NNP/LOCATION on/IN Friday/NNP ./.",
        "Opposition/NN leaders/NNS called/VBD for/IN new/JJ elections/NNS ./."));
    Actor leaders = only(r, "Opposition leaders");
    assertThat(leaders.code()).isEqualTo("ARMOPP");
  }

  @Test
  void a_shared_party_name_in_a_story_about_another_country_is_that_countrys_party() {
    Resolution r = resolve(HandMadeArticle.of(
        "South/NNP/LOCATION Korea/NNP/LOCATION 's/POS Democratic/NNP/ORGANIZATION Party/NNP/ORGANIZATION won/VBD ./.",
        "The/DT vote/NN in/IN South/NNP/LOCATION Korea/NNP/LOCATION was/VBD calm/JJ ./."));
    assertThat(only(r, "Democratic Party").code()).isEqualTo("KORPTY");
  }

  @Test
  void a_shared_party_name_keeps_its_home_when_the_story_names_that_home() {
    Resolution r = resolve(HandMadeArticle.of(
        "The/DT Democratic/NNP/ORGANIZATION Party/NNP/ORGANIZATION criticised/VBD Iran/NNP/LOCATION ./.",
        "Iran/NNP/LOCATION and/CC the/DT United/NNP/LOCATION States/NNP/LOCATION argued/VBD ;/: Iran/NNP/LOCATION left/VBD ./."));
    assertThat(only(r, "Democratic Party").code()).isEqualTo("USAPTYDEM");
  }

  @Test
  void the_junta_is_the_junta_of_the_country_named_with_it_before() {
    Resolution r = resolve(HandMadeArticle.of(
        "Guinea/NNP/LOCATION junta/NN expels/VBZ envoy/NN",
        "France/NNP/LOCATION 's/POS foreign/JJ minister/NN called/VBD the/DT junta/NN illegitimate/JJ ./."));
    assertThat(r.actors()).allSatisfy(a -> assertThat(a.code()).isNotEqualTo("FRAMIL"));
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.aliases()).contains("junta"));
    assertThat(r.actors().stream().filter(a -> "GINMIL".equals(a.code())).toList()).hasSize(1);
  }

  @Test
  void troops_a_defence_minister_addresses_are_his_countrys() {
    Resolution r = resolve(HandMadeArticle.of(
        "Strikes/NNS hit/VBD Lebanon/NNP/LOCATION ./.",
        "Israeli/JJ/MISC Defence/NNP Minister/NNP Dan/NNP/PERSON Levy/NNP/PERSON told/VBD troops/NNS to/TO be/VB ready/JJ ./."));
    assertThat(only(r, "troops").code()).isEqualTo("ISRMIL");
  }

  @Test
  void a_surname_alone_is_the_most_mentioned_person_who_bears_it() {
    Resolution r = resolve(HandMadeArticle.of(
        "Former/JJ leader/NN Amir/NNP/PERSON Rahman/NNP/PERSON was/VBD jailed/VBN ./.",
        "Rahman/NNP/PERSON will/MD appeal/VB ,/, Rahman/NNP/PERSON 's/POS party/NN said/VBD ./.",
        "His/PRP$ lawyer/NN Sami/NNP/PERSON Rahman/NNP/PERSON spoke/VBD to/TO reporters/NNS ./.",
        "Rahman/NNP/PERSON was/VBD first/RB arrested/VBN in/IN May/NNP ./."));
    Actor amir = only(r, "Amir Rahman");
    assertThat(amir.mentions()).hasSize(4);
    Actor sami = r.actors().stream().filter(a -> a.name().equals("Sami Rahman")).findFirst().orElseThrow();
    assertThat(sami.mentions()).hasSize(1);
  }

  @Test
  void an_organisations_agency_named_by_a_role_word_is_no_person() {
    Resolution r = resolve(HandMadeArticle.of(
        "the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION health/NN agency/NN said/VBD ./."));
    assertThat(r.actors()).noneSatisfy(a -> assertThat(a.kind()).isEqualTo("person"));
  }

  @Test
  void the_united_nations_refugee_agency_is_unhcr() {
    Resolution r = resolve(HandMadeArticle.of(
        "the/DT United/NNP/ORGANIZATION Nations/NNP/ORGANIZATION refugee/NN agency/NN said/VBD ./."));
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("IGOUNHCR"));
    assertThat(r.actors()).noneSatisfy(a -> assertThat(a.kind()).isEqualTo("person"));
  }

  @Test
  void well_known_office_holders_are_coded_by_the_date() {
    Resolution r = resolve(HandMadeArticle.of(
        "Raila/NNP/PERSON Odinga/NNP/PERSON rejected/VBD the/DT result/NN ,/, said/VBD Alexandre/NNP/PERSON de/NNP/PERSON Moraes/NNP/PERSON ./.")
        .publishedOn("2022-08-16"));
    assertThat(only(r, "Raila Odinga").code()).isEqualTo("KENELI");
    assertThat(only(r, "Alexandre de Moraes").code()).isEqualTo("BRAJUD");
  }

  @Test
  void a_turkish_quake_city_has_its_country() {
    Resolution r = resolve(HandMadeArticle.of(
        "Rescuers/NNS reached/VBD Kahramanmaras/NNP/LOCATION ./."));
    assertThat(only(r, "Kahramanmaras").country()).isEqualTo("TUR");
  }

  @Test
  void a_place_the_gazetteer_does_not_know_lies_in_the_country_named_right_after_it() {
    Resolution r = resolve(HandMadeArticle.of(
        "Floods/NNS hit/VBD Gemlikova/NNP/LOCATION ,/, Turkey/NNP/LOCATION ,/, and/CC Zorvath/NNP/LOCATION in/IN northern/JJ Greece/NNP/LOCATION ./."));
    assertThat(only(r, "Gemlikova").country()).isEqualTo("TUR");
    assertThat(only(r, "Zorvath").country()).isEqualTo("GRC");
  }

  @Test
  void an_unknown_organisation_named_party_is_a_party_of_the_country_it_names() {
    Resolution r = resolve(HandMadeArticle.of(
        "the/DT ruling/VBG Armenian/JJ/ORGANIZATION Hope/NNP/ORGANIZATION party/NN/ORGANIZATION won/VBD ./."));
    assertThat(only(r, "Armenian Hope party").code()).isEqualTo("ARMPTY");
  }

  @Test
  void coup_leaders_are_the_military_of_their_country() {
    Resolution r = resolve(HandMadeArticle.of(
        "Gabon/NNP/LOCATION coup/NN leaders/NNS closed/VBD the/DT border/NN ./."));
    assertThat(r.actors()).anySatisfy(a -> assertThat(a.code()).isEqualTo("GABMIL"));
  }
}
