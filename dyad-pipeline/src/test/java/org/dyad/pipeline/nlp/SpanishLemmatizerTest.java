package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishLemmatizerTest {

  private final SpanishLemmatizer lemmatizer = SpanishLemmatizer.shared();

  @Test
  void undoesRegularVerbEndingsWithOrWithoutAccents() {
    assertThat(lemmatizer.lemma("atacaron", "VERB")).isEqualTo("atacar");
    assertThat(lemmatizer.lemma("atacó", "VERB")).isEqualTo("atacar");
    assertThat(lemmatizer.lemma("ataco", "VERB")).isEqualTo("atacar");
    assertThat(lemmatizer.lemma("reunió", "VERB")).isEqualTo("reunir");
    assertThat(lemmatizer.lemma("condenaron", "VERB")).isEqualTo("condenar");
    assertThat(lemmatizer.lemma("visitará", "VERB")).isEqualTo("visitar");
  }

  @Test
  void undoesStemAndSpellingChanges() {
    assertThat(lemmatizer.lemma("pidió", "VERB")).isEqualTo("pedir");
    assertThat(lemmatizer.lemma("mantienen", "VERB")).isEqualTo("mantener");
    assertThat(lemmatizer.lemma("ataqué", "VERB")).isEqualTo("atacar");
    assertThat(lemmatizer.lemma("exigieron", "VERB")).isEqualTo("exigir");
  }

  @Test
  void looksUpIrregularForms() {
    assertThat(lemmatizer.lemma("dijo", "VERB")).isEqualTo("decir");
    assertThat(lemmatizer.lemma("fue", "AUX")).isEqualTo("ser");
    assertThat(lemmatizer.lemma("detuvo", "VERB")).isEqualTo("detener");
    assertThat(lemmatizer.lemma("al", "ADP")).isEqualTo("a");
  }

  @Test
  void givesTheSingularOfNounsAndTheMasculineOfAdjectives() {
    assertThat(lemmatizer.lemma("manifestaciones", "NOUN")).isEqualTo("manifestacion");
    assertThat(lemmatizer.lemma("ataques", "NOUN")).isEqualTo("ataque");
    assertThat(lemmatizer.lemma("ciudades", "NOUN")).isEqualTo("ciudad");
    assertThat(lemmatizer.lemma("humanitaria", "ADJ")).isEqualTo("humanitario");
  }

  @Test
  void keepsSingularsInSAndNeverLeavesTwoFinalConsonants() {
    assertThat(lemmatizer.lemma("autobús", "NOUN")).isEqualTo("autobus");
    assertThat(lemmatizer.lemma("autobus", "NOUN")).isEqualTo("autobus");
    assertThat(lemmatizer.lemma("calles", "NOUN")).isEqualTo("calle");
    assertThat(lemmatizer.lemma("torres", "NOUN")).isEqualTo("torre");
    assertThat(lemmatizer.lemma("hombres", "NOUN")).isEqualTo("hombre");
    assertThat(lemmatizer.lemma("militares", "NOUN")).isEqualTo("militar");
    assertThat(lemmatizer.lemma("israelíes", "NOUN")).isEqualTo("israeli");
    assertThat(lemmatizer.lemma("iraquíes", "ADJ")).isEqualTo("iraqui");
  }

  @Test
  void foldsAccentsButKeepsTheEnye() {
    assertThat(SpanishLemmatizer.fold("Reunión")).isEqualTo("reunion");
    assertThat(SpanishLemmatizer.fold("año")).isEqualTo("año");
  }
}
