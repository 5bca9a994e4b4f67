package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void tellsEnglishFromOtherLatinScriptLanguagesByFunctionWords() {
    assertThat(LanguageGuess.guess("The talks are due to take place on October 20, the ministry said in a statement."))
        .isEqualTo("en");
    assertThat(LanguageGuess.guess("Bundeskanzler Olaf Scholz ist am Freitag zu einem Besuch in Peking eingetroffen. "
        + "Er traf den Präsidenten und sprach über den Krieg in der Ukraine.")).isEqualTo("de");
    assertThat(LanguageGuess.guess("Le président a rencontré les dirigeants des pays voisins pour une réunion sur la "
        + "sécurité dans la région, selon le ministère.")).isEqualTo("fr");
    assertThat(LanguageGuess.guess("El presidente se reunió con los líderes de los países vecinos para hablar de la "
        + "seguridad en la región, según el ministerio.")).isEqualTo("es");
  }

  @Test
  void namesTheLanguageOfANonLatinScript() {
    assertThat(LanguageGuess.guess("Президент России провёл переговоры с премьер-министром Индии в Москве.")).isEqualTo("ru");
    assertThat(LanguageGuess.guess("قال الرئيس إن المحادثات ستستمر الأسبوع المقبل في الدوحة")).isEqualTo("ar");
    assertThat(LanguageGuess.guess("岸田首相は水曜日にキーウを訪問し、ゼレンスキー大統領と会談した。")).isEqualTo("ja");
  }

  @Test
  void givesNoGuessForTooLittleText() {
    assertThat(LanguageGuess.guess("Hello")).isNull();
    assertThat(LanguageGuess.guess("")).isNull();
  }

  @Test
  void englishVariantsAreEnglish() {
    assertThat(LanguageGuess.isEnglish("en-GB")).isTrue();
    assertThat(LanguageGuess.isEnglish("EN")).isTrue();
    assertThat(LanguageGuess.isEnglish("de")).isFalse();
    assertThat(LanguageGuess.isEnglish(null)).isFalse();
  }
}
