package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  private static Resolution resolution;

  @BeforeAll
  static void annotate() {
    resolved = ResolvedText.of(TEXT, "2022-06-01");
    resolution = resolved.resolution();
  }

  private static List<Actor> carrying(String name) {
    return resolved.carrying(name);
  }

  private static Actor only(String name) {
    return resolved.only(name);
  }

  @Test
  void theTitleCaseHeadlineMakesNoActorOfOrdinaryCapitalisedWords() {
    assertThat(resolution.actors()).as("%s", resolution.actors())
        .noneMatch(a -> a.name().contains("Restore") || a.name().contains("Supply") || a.name().contains("Engineers"));
    assertThat(only("Bolivia").kind()).isEqualTo("country");
  }

  @Test
  void aSpokesmanWithoutACountryTakesTheParagraphsCountry() {
    Actor mendoza = only("Carlos Mendoza");
    assertThat(mendoza.code()).isEqualTo("PERGOV");
    assertThat(resolution.actors()).noneMatch(a -> "GOV".equals(a.code()));
  }

  @Test
  void anEnvoyIntroducedBeforeHisNameTakesTheOrganisationsCode() {
    assertThat(only("Ingrid Holm").code()).isEqualTo("IGOUNO");
    assertThat(carrying("United Nations")).allMatch(a -> a.aliases().stream().noneMatch(s -> s.contains("envoy")));
  }

  @Test
  void policeProtestersAndGeneralsAreCountrySectorActors() {
    assertThat(only("Police").code()).isEqualTo("PERCOP");
    assertThat(only("protesters").code()).isEqualTo("PEROPP");
    assertThat(only("Peruvian generals").code()).isEqualTo("PERMIL");
  }

  @Test
  void aCourtesyTitleBeforeASurnameIsTheFullName() {
    Actor quispe = only("Rosa Quispe");
    assertThat(quispe.aliases()).contains("Mrs Quispe");
  }
}
