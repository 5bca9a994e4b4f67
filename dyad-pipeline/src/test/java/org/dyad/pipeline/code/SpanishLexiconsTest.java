package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Spanish predicate dictionary and word classes load (every code a CAMEO code, every class defined). */
class SpanishLexiconsTest {

  @Test
  void theSpanishDictionaryLoadsWithFoldedLemmas() {
    PredicateDictionary spanish = PredicateDictionary.spanish();
    assertThat(spanish.size()).isGreaterThan(400);
    assertThat(spanish.verbs("reunir")).isNotEmpty();
    assertThat(spanish.nouns("manifestacion")).isNotEmpty(); // written "manifestación"
    assertThat(spanish.control("amenazar")).isNotNull();
  }

  @Test
  void theSpanishWordClassesDefineEveryClassTheRulesRead() {
    Lexicon spanish = Lexicon.spanish();
    assertThat(spanish.negators()).contains("no", "nunca");
    assertThat(spanish.speechVerbs()).contains("decir", "señalar");
    assertThat(spanish.hypotheticalAuxiliaries()).contains("podria");
    assertThat(spanish.infers("place-target")).isFalse();
    assertThat(Lexicon.standard().infers("place-target")).isTrue();
  }

  @Test
  void theSpanishSimpleFutureIsReadByItsAccentedEnding() {
    Lexicon spanish = Lexicon.spanish();
    assertThat(spanish.futureForm("protestarán")).isTrue();
    assertThat(spanish.futureForm("reunirá")).isTrue();
    assertThat(spanish.futureForm("protestaran")).isFalse(); // the subjunctive
    assertThat(spanish.futureForm("ahora")).isFalse();
    assertThat(Lexicon.standard().futureForm("protestarán")).isFalse();
  }
}
