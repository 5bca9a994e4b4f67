package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.resolve.ResolvedActors.carrying;
import static org.dyad.pipeline.resolve.ResolvedActors.only;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Country words written in unusual case ("iSrael", "tunisian rioters") and groups tied to another
 * one by a hyphenated participle ("Al-Qaeda-linked rebels", "Iran-backed militias").
 */
class ActorSpellingAndTiesTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(String... sentences) {
    return resolver.resolve(HandMadeArticle.of(sentences).build());
  }

  private static List<String> countries(Resolution r) {
    return r.actors().stream().map(Actor::country).toList();
  }

  @Test
  void a_country_name_in_odd_capitals_is_the_country() {
    Resolution r = resolve("The/DT Dutch/JJ envoy/NN promised/VBD to/TO help/VB iRAQ/NNP ./.");
    Actor iraq = only(r, "Iraq");
    assertThat(iraq.kind()).isEqualTo("country");
    assertThat(iraq.code()).isEqualTo("IRQ");
    assertThat(iraq.mentions()).extracting(m -> m.text()).containsExactly("iRAQ");
  }

  @Test
  void a_role_before_a_spaced_dash_is_no_title_of_the_name_after_it() {
    Resolution r = resolve("Judges/NNS wrong/JJ on/IN detainees/NNS -/: Weber/NNP/PERSON",
        "Olaf/NNP/PERSON Weber/NNP/PERSON criticised/VBD the/DT ruling/NN ./.");
    Actor weber = only(r, "Olaf Weber");
    assertThat(weber.sector()).isNull();
    assertThat(weber.code()).isNull();
  }

  @Test
  void a_country_name_in_lower_case_stays_an_ordinary_word() {
    Resolution r = resolve("Farmers/NNS sold/VBD turkey/NN and/CC fine/JJ china/NN in/IN the/DT market/NN ./.");
    assertThat(countries(r)).doesNotContain("TUR", "CHN");
  }

  @Test
  void a_lower_case_demonym_before_a_role_noun_gives_the_role_its_country() {
    Resolution r = resolve("Syrian/JJ forces/NNS clashed/VBD with/IN angry/JJ moroccan/JJ rioters/NNS ./.");
    Actor rioters = only(r, "moroccan rioters");
    assertThat(rioters.code()).isEqualTo("MAROPP");
    assertThat(only(r, "Syrian forces").code()).isEqualTo("SYRMIL");
  }

  @Test
  void a_lower_case_demonym_before_a_body_gives_it_its_country() {
    Resolution r = resolve("The/DT polish/JJ government/NN rejected/VBD the/DT plan/NN ./.");
    assertThat(only(r, "polish government").code()).isEqualTo("POLGOV");
  }

  @Test
  void a_lower_case_demonym_before_an_ordinary_noun_is_no_country() {
    Resolution r = resolve("Tourists/NNS ate/VBD french/JJ fries/NNS and/CC swiss/JJ cheese/NN ./.");
    assertThat(countries(r)).doesNotContain("FRA", "CHE");
  }

  @Test
  void rebels_linked_to_a_group_are_not_the_group() {
    Resolution r = resolve(
        "Al/NNP -/HYPH Qaeda/NNP -/HYPH linked/VBN rebels/NNS kidnapped/VBD aid/NN workers/NNS in/IN "
            + "Somalia/NNP/LOCATION ./.");
    Actor rebels = only(r, "rebels");
    assertThat(rebels.code()).isEqualTo("SOMREB");
    Actor qaeda = only(r, "al-Qaeda");
    assertThat(qaeda.mentions()).extracting(m -> m.text()).containsExactly("Al - Qaeda");
  }

  @Test
  void militias_backed_by_a_country_belong_to_the_country_they_fight_in() {
    Resolution r = resolve(
        "Iran/NNP/LOCATION -/HYPH backed/VBN militias/NNS attacked/VBD a/DT base/NN in/IN Iraq/NNP/LOCATION ./.");
    assertThat(only(r, "militias").code()).isEqualTo("IRQREB");
  }

  @Test
  void a_backing_country_does_not_set_the_story_country() {
    Resolution r = resolve(
        "Russian/JJ -/HYPH backed/VBN forces/NNS advanced/VBD ./.",
        "The/DT army/NN said/VBD it/PRP repelled/VBD them/PRP ./.");
    assertThat(carrying(r, "army")).isEmpty();
  }

  @Test
  void separatists_backed_by_a_country_are_of_the_country_they_fight_in() {
    Resolution r = resolve(
        "Russian/JJ -/HYPH backed/VBN separatists/NNS shelled/VBD Donetsk/NNP/LOCATION in/IN Ukraine/NNP/LOCATION ./.");
    assertThat(only(r, "separatists").code()).isEqualTo("UKRSEP");
  }

  @Test
  void bare_peacekeepers_are_those_of_the_international_organisation_just_named() {
    Resolution r = resolve(
        "African/NNP/ORGANIZATION Union/NNP/ORGANIZATION troops/NNS left/VBD the/DT town/NN ./.",
        "Gunmen/NNS had/VBD kidnapped/VBN four/CD peacekeepers/NNS there/RB ./.");
    Actor au = only(r, "African Union");
    assertThat(au.mentions()).extracting(m -> m.text()).contains("peacekeepers");
  }

  @Test
  void peacekeepers_with_a_country_of_their_own_or_two_organisations_in_view_stay_apart() {
    Resolution r = resolve(
        "The/DT UN/NNP/ORGANIZATION and/CC NATO/NNP/ORGANIZATION met/VBD ./.",
        "Gunmen/NNS kidnapped/VBD four/CD peacekeepers/NNS and/CC two/CD Nepalese/JJ peacekeepers/NNS ./.");
    assertThat(r.actors()).allSatisfy(a -> assertThat(a.mentions()).extracting(m -> m.text())
        .doesNotContain("peacekeepers"));
    assertThat(only(r, "Nepalese peacekeepers").code()).isEqualTo("NPLMIL");
  }

  @Test
  void leaders_of_a_countrys_organisation_are_the_organisation() {
    Resolution r = resolve(
        "Kenya/NNP/LOCATION expelled/VBD leaders/NNS of/IN Somalia/NNP/LOCATION 's/POS al-Shabaab/NNP/ORGANIZATION ./.");
    Actor shabaab = only(r, "al-Shabaab");
    assertThat(shabaab.mentions()).extracting(m -> m.text()).containsExactly("leaders of Somalia 's al-Shabaab");
    assertThat(carrying(r, "leaders of Somalia")).isEmpty();
  }
}
