package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors of an ordinary made-up news story on CoreNLP's real annotations: a Title Case headline,
 * a spokesman whose country is the paragraph's, an envoy introduced by an apposition, plural roles,
 * a courtesy title before a surname.
 */
class ActorNewsIT {

  private static final String TEXT = String.join("\n\n",
      "Chile Sends Water Engineers to Help Bolivia Restore Mountain Supply Lines",
      "Peru rejected the report on Tuesday. Interior Ministry spokesman Carlos Mendoza said the government had "
          + "never hidden the figures.",
      "The United Nations envoy for the Andes, Ingrid Holm, called for calm.",
      "Police in Lima detained dozens of protesters outside the congress building. Two Peruvian generals resigned "
          + "on Wednesday.",
      "Rosa Quispe was among those detained. Mrs Quispe said she would appeal.");

  private static ResolvedText resolved;

  @BeforeAll
  static void annotate() {
    resolved = ResolvedText.of(TEXT, "2022-06-01");
  }

  @Test
  void theTitleCaseHeadlineMakesNoActorOfOrdinaryCapitalisedWords() {
    assertThat(resolved.resolution().actors()).as("%s", resolved.resolution().actors())
        .noneMatch(a -> a.name().contains("Restore") || a.name().contains("Supply") || a.name().contains("Engineers"));
    assertThat(resolved.only("Bolivia").kind()).isEqualTo("country");
  }

  @Test
  void aSpokesmanWithoutACountryTakesTheParagraphsCountry() {
    Actor mendoza = resolved.only("Carlos Mendoza");
    assertThat(mendoza.code()).isEqualTo("PERGOV");
    assertThat(resolved.resolution().actors()).noneMatch(a -> "GOV".equals(a.code()));
  }

  @Test
  void anEnvoyIntroducedBeforeHisNameTakesTheOrganisationsCode() {
    assertThat(resolved.only("Ingrid Holm").code()).isEqualTo("IGOUNO");
    assertThat(resolved.carrying("United Nations")).allMatch(a -> a.aliases().stream().noneMatch(s -> s.contains("envoy")));
  }

  @Test
  void policeProtestersAndGeneralsAreCountrySectorActors() {
    assertThat(resolved.only("Police").code()).isEqualTo("PERCOP");
    assertThat(resolved.only("protesters").code()).isEqualTo("PEROPP");
    assertThat(resolved.only("Peruvian generals").code()).isEqualTo("PERMIL");
  }

  @Test
  void aCourtesyTitleBeforeASurnameIsTheFullName() {
    Actor quispe = resolved.only("Rosa Quispe");
    assertThat(quispe.aliases()).contains("Mrs Quispe");
  }
}
