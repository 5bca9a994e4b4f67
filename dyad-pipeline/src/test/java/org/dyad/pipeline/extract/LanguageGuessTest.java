package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void tellsEnglishSpanishAndOtherLatinScriptLanguagesApart() {
    assertThat(LanguageGuess.guess("The talks are due to take place on October 20, the ministry said in a statement."))
        .isEqualTo("en");
    assertThat(LanguageGuess.guess("Bundeskanzler Olaf Scholz ist am Freitag zu einem Besuch in Peking eingetroffen. "
        + "Er traf den Präsidenten und sprach über den Krieg in der Ukraine.")).isEqualTo("de");
    assertThat(LanguageGuess.guess("Le président a rencontré les dirigeants des pays voisins pour une réunion sur la "
        + "sécurité dans la région, selon le ministère. Il a ensuite quitté la capitale pour Bruxelles.")).isEqualTo("fr");
    assertThat(LanguageGuess.guess("El presidente se reunió con los líderes de los países vecinos para hablar de la "
        + "seguridad en la región, según el ministerio.")).isEqualTo("es");
  }

  @Test
  void readsASpanishHeadlineAsSpanishWhenTheDetectorIsUnsure() {
    LanguageGuess.Detection headline = LanguageGuess.detect("Miles de personas protestan en Serbia contra la violencia");
    assertThat(headline.language()).isEqualTo("es");
    LanguageGuess.Detection article = LanguageGuess.detect("""
        El presidente colombiano se reunió el martes en Caracas con su homólogo venezolano para discutir la
        reapertura de la frontera. Ambos mandatarios firmaron un acuerdo y prometieron cooperar contra los grupos
        armados que operan en la zona, informó la cancillería en un comunicado.""");
    assertThat(article.language()).isEqualTo("es");
    assertThat(article.sure()).isTrue();
  }

  @Test
  void namesTheLanguageOfANonLatinScript() {
    assertThat(LanguageGuess.guess("Президент России провёл переговоры с премьер-министром Индии в Москве.")).isEqualTo("ru");
    assertThat(LanguageGuess.guess("قال الرئيس إن المحادثات ستستمر الأسبوع المقبل في الدوحة")).isEqualTo("ar");
  }

  @Test
  void givesNoGuessForTooLittleText() {
    assertThat(LanguageGuess.guess("Hello")).isNull();
    assertThat(LanguageGuess.guess("")).isNull();
  }

  @Test
  void languageVariantsAreRecognised() {
    assertThat(LanguageGuess.isEnglish("en-GB")).isTrue();
    assertThat(LanguageGuess.isEnglish("EN")).isTrue();
    assertThat(LanguageGuess.isEnglish("de")).isFalse();
    assertThat(LanguageGuess.isEnglish(null)).isFalse();
    assertThat(LanguageGuess.isSpanish("es-MX")).isTrue();
    assertThat(LanguageGuess.isSpanish("spa")).isTrue();
    assertThat(LanguageGuess.isSpanish("en")).isFalse();
  }
}
