package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.resolve.ResolvedActors.only;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Companies and news outlets named after their country ("Kenya Airways", "Air France", "China
 * Daily": the country plus BUS or MED), central banks (the government) and international agencies.
 */
class ActorCompaniesAndAgenciesTest {

  private final ActorResolver resolver = new ActorResolver();

  private Resolution resolve(String... sentences) {
    return resolver.resolve(HandMadeArticle.of(sentences).build());
  }

  @Test
  void an_airline_named_after_its_country_is_a_company_of_that_country() {
    Resolution r = resolve(
        "Kenya/NNP/ORGANIZATION Airways/NNPS/ORGANIZATION signed/VBD a/DT deal/NN with/IN Boeing/NNP/ORGANIZATION ./.");
    Actor airline = only(r, "Kenya Airways");
    assertThat(airline.code()).isEqualTo("KENBUS");
    assertThat(airline.kind()).isEqualTo("organization");
  }

  @Test
  void a_country_name_after_a_business_word_makes_a_company_too() {
    Resolution r = resolve("Air/NNP/ORGANIZATION Norway/NNP/ORGANIZATION suspended/VBD flights/NNS ./.");
    assertThat(only(r, "Air Norway").code()).isEqualTo("NORBUS");
  }

  @Test
  void a_newspaper_named_after_its_country_is_its_media() {
    Resolution r = resolve("Ghana/NNP/ORGANIZATION Times/NNP/ORGANIZATION reported/VBD the/DT deal/NN ./.");
    assertThat(only(r, "Ghana Times").code()).isEqualTo("GHAMED");
  }

  @Test
  void an_unknown_organisation_naming_a_country_without_a_business_word_has_no_sector() {
    Resolution r = resolve("Kenya/NNP/ORGANIZATION Rainbow/NNP/ORGANIZATION Choir/NNP/ORGANIZATION sang/VBD ./.");
    Actor union = only(r, "Kenya Rainbow Choir");
    assertThat(union.country()).isEqualTo("KEN");
    assertThat(union.code()).isNull();
  }

  @Test
  void a_bank_of_a_country_is_a_company_and_its_central_bank_the_government() {
    Resolution r = resolve(
        "A/DT Peruvian/JJ bank/NN lent/VBD money/NN ,/, and/CC the/DT Peruvian/JJ central/JJ bank/NN objected/VBD ./.");
    assertThat(only(r, "Peruvian bank").code()).isEqualTo("PERBUS");
    assertThat(only(r, "Peruvian central bank").code()).isEqualTo("PERGOV");
  }

  @Test
  void a_central_bank_called_bank_of_its_country_is_the_government() {
    Resolution r = resolve("The/DT Bank/NNP of/IN Canada/NNP/LOCATION raised/VBD rates/NNS ./.");
    assertThat(only(r, "Bank of Canada").code()).isEqualTo("CANGOV");
  }

  @Test
  void international_agencies_are_igos() {
    Resolution r = resolve(
        "The/DT International/NNP Energy/NNP Agency/NNP and/CC the/DT African/NNP Development/NNP Bank/NNP warned/VBD ./.");
    assertThat(only(r, "International Energy Agency").code()).startsWith("IGO");
    assertThat(only(r, "African Development Bank").code()).startsWith("IGO");
  }

  @Test
  void a_company_suffix_with_a_full_stop_still_says_company() {
    Resolution r = resolve(
        "Vietnam/NNP/ORGANIZATION Rubber/NNP/ORGANIZATION Industry/NNP/ORGANIZATION Co./NNP/ORGANIZATION said/VBD ./.");
    assertThat(only(r, "Vietnam Rubber Industry Co.").code()).isEqualTo("VNMBUS");
  }

  @Test
  void a_multinational_force_is_an_igo() {
    Resolution r = resolve("Rebels/NNS opposed/VBD a/DT regional/JJ peacekeeping/NN force/NN ./.");
    assertThat(only(r, "regional peacekeeping force").code()).startsWith("IGO");
  }
}
