package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

  @Test
  void keysIgnoreCaseAccentsQuotesAndSpacing() {
    assertThat(Phrases.key("  Côte   d\u2019Ivoire ")).isEqualTo("cote d'ivoire");
    assertThat(Phrases.key("State - Khorasan")).isEqualTo("state-khorasan");
  }

  @Test
  void acronymsMatchOnlyInTheirCase() {
    assertThat(Phrases.caseMatches("US", "US")).isTrue();
    assertThat(Phrases.caseMatches("US", "us")).isFalse();
    assertThat(Phrases.caseMatches("US", "Us")).isFalse();
    assertThat(Phrases.caseMatches("LeT", "Let")).isFalse();
  }

  @Test
  void capitalisedNamesNeedACapital() {
    assertThat(Phrases.caseMatches("Turkey", "TURKEY")).isTrue();
    assertThat(Phrases.caseMatches("Turkey", "turkey")).isFalse();
  }

  @Test
  void lowerCaseNounsMatchInAnyCase() {
    assertThat(Phrases.caseMatches("foreign minister", "Foreign Minister")).isTrue();
  }
}
