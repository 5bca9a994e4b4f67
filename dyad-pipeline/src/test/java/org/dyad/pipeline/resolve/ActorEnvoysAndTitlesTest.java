package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.resolve.ResolvedActors.only;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * A country's envoy to an international organisation ("Norway's U.N. ambassador") is his country's
 * government, the organisation's own envoy stays the organisation's; a US cabinet title keeps the
 * United States in a story about another country.
 */
class ActorEnvoysAndTitlesTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(String... sentences) {
    return resolver.resolve(HandMadeArticle.of(sentences).build());
  }

  @Test
  void a_country_possessive_before_a_un_ambassador_names_his_government() {
    Resolution r = resolve("Norway/NNP 's/POS deputy/JJ U.N./NNP ambassador/NN Lars/NNP/PERSON Holm/NNP/PERSON"
        + " criticised/VBD the/DT draft/NN ./.");
    Actor holm = only(r, "Lars Holm");
    assertThat(holm.country()).isEqualTo("NOR");
    assertThat(holm.code()).isEqualTo("NORGOV");
  }

  @Test
  void an_unknown_body_between_the_country_and_the_role_owns_the_role() {
    Resolution r = resolve("Egypt/NNP FA/NN spokesman/NN Methat/NNP/PERSON Shalaby/NNP/PERSON welcomed/VBD the/DT"
        + " apology/NN ./.");
    Actor shalaby = only(r, "Methat Shalaby");
    assertThat(shalaby.code()).isNull();
    assertThat(shalaby.role()).isEqualTo("spokesman");
    Resolution known = resolve("Egypt/NNP 's/POS foreign/JJ ministry/NN spokesman/NN Ahmed/NNP/PERSON Abu/NNP/PERSON"
        + " Zeid/NNP/PERSON welcomed/VBD the/DT apology/NN ./.");
    assertThat(only(known, "Ahmed Abu Zeid").code()).isEqualTo("EGYGOV");
  }

  @Test
  void an_unknown_name_after_an_organisation_qualifies_the_role_instead_of_owning_it() {
    Resolution r = resolve("The/DT Scottish/NNP National/NNP Party/NNP 's/POS Holyrood/NNP leader/NN Nicola/NNP/PERSON"
        + " Sturgeon/NNP/PERSON criticised/VBD the/DT plan/NN ./.");
    assertThat(only(r, "Nicola Sturgeon").code()).startsWith("GBRPTY");
    Resolution eu = resolve("EU/NNP Brexit/NNP negotiator/NN Michel/NNP/PERSON Barnier/NNP/PERSON criticised/VBD the/DT"
        + " plan/NN ./.");
    assertThat(only(eu, "Michel Barnier").code()).isEqualTo("IGOEU");
  }

  @Test
  void a_title_in_a_relative_clause_after_the_name_is_read_as_an_apposition() {
    Resolution r = resolve("Britain/NNP said/VBD no/UH ./.",
        "John/NNP/PERSON Smith/NNP/PERSON ,/, who/WP was/VBD a/DT minister/NN ,/, criticised/VBD the/DT plan/NN ./.",
        "Mary/NNP/PERSON Jones/NNP/PERSON ,/, who/WP is/VBZ 45/CD ,/, criticised/VBD the/DT plan/NN ./.");
    assertThat(only(r, "John Smith").code()).isEqualTo("GBRGOV");
    assertThat(only(r, "Mary Jones").code()).isNull();
  }

  @Test
  void abbreviated_titles_before_a_name_are_roles() {
    Resolution r = resolve("The/DT United/NNP States/NNPS said/VBD no/UH ./.",
        "Sen./NNP Lindsey/NNP/PERSON Graham/NNP/PERSON criticised/VBD the/DT plan/NN ./.",
        "Gov./NNP Eric/NNP/PERSON Holcomb/NNP/PERSON criticised/VBD the/DT plan/NN ./.",
        "Lt./NNP Gen./NNP Mark/NNP/PERSON Hertling/NNP/PERSON criticised/VBD the/DT plan/NN ./.");
    assertThat(only(r, "Lindsey Graham").code()).isEqualTo("USALEG");
    assertThat(only(r, "Eric Holcomb").code()).isEqualTo("USAGOV");
    assertThat(only(r, "Mark Hertling").code()).isEqualTo("USAMIL");
    Resolution lower = resolve("The/DT United/NNP States/NNPS said/VBD no/UH ./.",
        "The/DT speaker/NN Ann/NNP/PERSON Lee/NNP/PERSON praised/VBD the/DT band/NN ./.");
    assertThat(only(lower, "Ann Lee").code()).isNull();
  }

  @Test
  void a_demonym_before_a_un_envoy_names_his_government() {
    Resolution r = resolve("The/DT Kenyan/JJ UN/NNP envoy/NN welcomed/VBD the/DT vote/NN ./.");
    assertThat(r.actors()).anyMatch(a -> "KENGOV".equals(a.code()));
    assertThat(r.actors()).noneMatch(a -> "IGOUNO".equals(a.code()) && a.name().toLowerCase().contains("envoy"));
  }

  @Test
  void the_un_envoy_for_a_country_stays_the_organisations() {
    Resolution r = resolve("The/DT UN/NNP envoy/NN for/IN Yemen/NNP ,/, Hans/NNP/PERSON Lund/NNP/PERSON ,/,"
        + " met/VBD rebels/NNS ./.");
    Actor lund = only(r, "Hans Lund");
    assertThat(lund.code()).isEqualTo("IGOUNO");
    assertThat(lund.country()).isNull();
  }

  @Test
  void a_us_cabinet_title_keeps_the_united_states_in_a_story_about_another_country() {
    Resolution r = resolve("Brazil/NNP raised/VBD tariffs/NNS on/IN steel/NN ./.",
        "Brazil/NNP 's/POS exporters/NNS complained/VBD ./.",
        "Commerce/NNP Secretary/NNP Ann/NNP/PERSON Dole/NNP/PERSON said/VBD talks/NNS would/MD continue/VB ./.");
    Actor dole = only(r, "Ann Dole");
    assertThat(dole.country()).isEqualTo("USA");
    assertThat(dole.code()).isEqualTo("USAGOV");
  }

  @Test
  void a_secretary_of_state_for_a_portfolio_is_not_taken_for_the_united_states() {
    Resolution r = resolve("The/DT Secretary/NNP of/IN State/NNP for/IN Health/NNP ,/, Ann/NNP/PERSON Dole/NNP/PERSON ,/,"
        + " criticised/VBD the/DT plan/NN ./.");
    assertThat(r.actors()).noneMatch(a -> "USA".equals(a.country()));
  }

  @Test
  void the_leader_of_an_opposition_party_in_an_apposition_is_opposition() {
    Resolution r = resolve("Bolivia/NNP jailed/VBD Luis/NNP/PERSON Ortega/NNP/PERSON ,/, the/DT leader/NN of/IN the/DT"
        + " main/JJ opposition/NN party/NN ,/, on/IN Monday/NNP ./.");
    Actor ortega = only(r, "Luis Ortega");
    assertThat(ortega.sector()).isEqualTo("OPP");
    assertThat(ortega.code()).isEqualTo("BOLOPP");
  }

  @Test
  void an_untitled_officer_after_two_countries_in_his_sentence_takes_neither_by_proximity() {
    Resolution r = resolve("Peru/NNP and/CC Chile/NNP traded/VBD accusations/NNS ./.",
        "Peru/NNP said/VBD Peru/NNP would/MD respond/VB ./.",
        "Peru/NNP 's/POS navy/NN said/VBD a/DT Chilean/JJ ship/NN rammed/VBD a/DT boat/NN carrying/VBG the/DT"
        + " army/NN chief/NN ,/, General/NNP Raul/NNP/PERSON Soto/NNP/PERSON ./.");
    Actor soto = only(r, "Raul Soto");
    assertThat(soto.country()).isNotEqualTo("CHL");
  }

  @Test
  void diplomats_from_several_countries_take_no_one_country() {
    Resolution r = resolve("Cuba/NNP said/VBD Cuba/NNP would/MD respond/VB ./.",
        "Cuba/NNP expelled/VBD diplomats/NNS from/IN five/CD European/JJ countries/NNS ./.");
    assertThat(r.actors()).noneMatch(a -> "CUBGOV".equals(a.code()));
  }

  @Test
  void aid_officials_are_no_government() {
    Resolution r = resolve("Haiti/NNP needs/VBZ food/NN ./.", "Haiti/NNP 's/POS harvest/NN failed/VBD ./.",
        "Aid/NN officials/NNS blamed/VBD the/DT drought/NN ./.");
    assertThat(r.actors()).noneMatch(a -> "HTIGOV".equals(a.code()));
  }

  @Test
  void the_african_unions_peace_council_is_no_un_body() {
    Resolution r = resolve("The/DT AU/NNP 's/POS Peace/NNP and/CC Security/NNP Council/NNP condemned/VBD the/DT coup/NN ./.");
    assertThat(r.actors()).noneMatch(a -> "IGOUNOSC".equals(a.code()));
    assertThat(r.actors()).anyMatch(a -> "IGOAU".equals(a.code()) && a.name().contains("Peace and Security"));
  }

  @Test
  void officials_reporting_on_an_international_organisation_take_no_country_from_context() {
    Resolution r = resolve("Bolivia/NNP held/VBD a/DT vote/NN ./.", "Bolivia/NNP counted/VBD ballots/NNS ./.",
        "The/DT European/NNP Union/NNP will/MD meet/VB on/IN Friday/NNP ,/, officials/NNS said/VBD ./.");
    assertThat(r.actors()).noneMatch(a -> "BOLGOV".equals(a.code()));
  }

  @Test
  void a_force_an_international_organisation_addresses_keeps_the_country_in_context() {
    Resolution r = resolve("Bolivia/NNP held/VBD a/DT vote/NN ./.", "Bolivia/NNP counted/VBD ballots/NNS ./.",
        "The/DT European/NNP Union/NNP called/VBD on/IN the/DT army/NN to/TO return/VB to/TO barracks/NNS ./.");
    assertThat(r.actors()).anyMatch(a -> "BOLMIL".equals(a.code()));
  }

  @Test
  void a_headline_court_that_jails_a_leader_is_no_part_of_his_title() {
    Resolution r = resolve("Bolivian/JJ court/NN jails/NNS opposition/NN leader/NN Ortega/NNP/PERSON",
        "A/DT court/NN jailed/VBD Luis/NNP/PERSON Ortega/NNP/PERSON on/IN Monday/NNP ./.");
    Actor ortega = only(r, "Luis Ortega");
    assertThat(ortega.aliases()).noneMatch(a -> a.contains("court"));
    assertThat(ortega.mentions()).noneMatch(m -> m.text().contains("court"));
  }

  @Test
  void a_ministry_before_a_deputy_spokesman_still_titles_him() {
    Resolution r = resolve("Chinese/JJ Foreign/NNP Ministry/NNP deputy/NN spokesman/NN Li/NNP/PERSON Wei/NNP/PERSON"
        + " spoke/VBD ./.");
    assertThat(only(r, "Li Wei").code()).isEqualTo("CHNGOV");
  }
}
