package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * A bare "the government" or "police" does not take its country from the other side of its own
 * clause ("thanked Japan"); the story's country from other mentions still counts.
 */
class ContextCountryCounterpartTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(HandMadeArticle article) {
    return resolver.resolve(article.build());
  }

  private static List<Actor> carrying(Resolution r, String name) {
    return r.actors().stream()
        .filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .toList();
  }

  @Test
  void a_body_is_not_of_the_country_it_thanks() {
    Resolution r = resolve(HandMadeArticle.of("The/DT ministry/NN thanked/VBD Japan/NNP/LOCATION for/IN its/PRP$ help/NN ./."));
    assertThat(carrying(r, "ministry")).isEmpty();
    assertThat(carrying(r, "Japan")).hasSize(1);
  }

  @Test
  void police_are_not_of_the_nationals_they_arrest() {
    Resolution r = resolve(HandMadeArticle.of("Police/NNS arrested/VBD three/CD Chinese/JJ nationals/NNS ./."));
    assertThat(carrying(r, "Police")).isEmpty();
  }

  @Test
  void the_story_country_named_elsewhere_still_counts() {
    Resolution r = resolve(HandMadeArticle.of("Floods/NNS hit/VBD Bangladesh/NNP/LOCATION ./.")
        .paragraph()
        .sentence("The/DT government/NN thanked/VBD India/NNP/LOCATION for/IN its/PRP$ aid/NN ./."));
    assertThat(carrying(r, "government")).singleElement().extracting(Actor::code).isEqualTo("BGDGOV");
  }

  @Test
  void a_country_where_the_actor_acts_is_its_country() {
    Resolution r = resolve(HandMadeArticle.of(
        "Police/NNS clashed/VBD with/IN students/NNS in/IN Kenya/NNP/LOCATION ./."));
    assertThat(carrying(r, "Police")).singleElement().extracting(Actor::code).isEqualTo("KENCOP");
  }

  @Test
  void a_country_in_a_reported_clause_is_the_speakers_country() {
    Resolution r = resolve(HandMadeArticle.of(
        "The/DT ministry/NN said/VBD Vietnam/NNP/LOCATION would/MD open/VB its/PRP$ markets/NNS ./."));
    assertThat(carrying(r, "ministry")).singleElement().extracting(Actor::code).isEqualTo("VNMGOV");
  }

  @Test
  void a_country_with_its_own_body_after_the_actor_makes_a_domestic_story() {
    Resolution r = resolve(HandMadeArticle.of(
        "The/DT court/NN charged/VBD 28/CD Chilean/JJ government/NN officials/NNS ./."));
    assertThat(carrying(r, "court")).singleElement().extracting(Actor::code).isEqualTo("CHLJUD");
  }

  @Test
  void troops_withdrawn_from_a_country_are_not_its_troops() {
    Resolution r = resolve(HandMadeArticle.of(
        "Canada/NNP/LOCATION began/VBD the/DT withdrawal/NN of/IN its/PRP$ last/JJ troops/NNS from/IN Mali/NNP/LOCATION ./.",
        "Canada/NNP/LOCATION also/RB pulled/VBD soldiers/NNS from/IN Niger/NNP/LOCATION ./."));
    assertThat(carrying(r, "soldiers")).singleElement().extracting(Actor::code).isEqualTo("CANMIL");
  }

  @Test
  void a_group_from_a_country_is_still_of_that_country() {
    Resolution r = resolve(HandMadeArticle.of("Dissidents/NNS from/IN Myanmar/NNP/LOCATION met/VBD in/IN Thailand/NNP/LOCATION ./."));
    assertThat(carrying(r, "Dissidents")).singleElement().extracting(Actor::code).isEqualTo("MMROPP");
  }

  @Test
  void a_leaders_title_names_the_only_country_of_a_text() {
    Resolution r = resolve(HandMadeArticle.of(
        "Islamists/NNS demanded/VBD the/DT resignation/NN of/IN Tunisian/JJ President/NNP Ali/NNP/PERSON Kefi/NNP/PERSON ./."));
    assertThat(carrying(r, "Islamists")).singleElement().extracting(Actor::code).isEqualTo("TUNRAD");
  }
  @Test
  void when_country_names_tie_the_country_of_all_other_mentions_decides() {
    // Britain and Rwanda are named twice each; British parties make it Britain's story
    Resolution r = resolve(HandMadeArticle.of(
        "The/DT Labour/NNP/ORGANIZATION Party/NNP/ORGANIZATION criticised/VBD the/DT Conservative/NNP/ORGANIZATION Party/NNP/ORGANIZATION ./.",
        "The/DT Conservative/NNP/ORGANIZATION Party/NNP/ORGANIZATION won/VBD ./.")
        .paragraph()
        .sentence("Britain/NNP/LOCATION and/CC Rwanda/NNP/LOCATION signed/VBD a/DT deal/NN ./.")
        .sentence("Rwanda/NNP/LOCATION and/CC Britain/NNP/LOCATION agreed/VBD ./.")
        .paragraph()
        .sentence("The/DT spokesman/NN Anna/NNP/PERSON Berg/NNP/PERSON defended/VBD the/DT plan/NN ./."));
    assertThat(carrying(r, "Anna Berg")).singleElement().extracting(Actor::code).isEqualTo("GBRGOV");
  }

  @Test
  void a_tie_of_country_names_with_no_clear_majority_elsewhere_gives_no_country() {
    Resolution r = resolve(HandMadeArticle.of(
        "Britain/NNP/LOCATION and/CC Rwanda/NNP/LOCATION signed/VBD a/DT deal/NN ./.")
        .paragraph()
        .sentence("Rwanda/NNP/LOCATION and/CC Britain/NNP/LOCATION agreed/VBD ./.")
        .paragraph()
        .sentence("The/DT minister/NN Anna/NNP/PERSON Berg/NNP/PERSON defended/VBD the/DT plan/NN ./."));
    assertThat(carrying(r, "Anna Berg")).allSatisfy(a -> assertThat(a.code()).isNull());
  }
}
