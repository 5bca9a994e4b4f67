package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordClassesTest {

  private static WordClasses read(String text) throws IOException {
    return WordClasses.read(new StringReader(text), "test.txt");
  }

  @Test
  void readsOneClassPerLineWithCommentsIgnored() throws IOException {
    WordClasses classes = read("""
        # verbs of saying
        SPEECH_VERBS say tell   # inline comment
        NEGATORS not n't
        """);
    assertThat(classes.get("SPEECH_VERBS")).containsExactlyInAnyOrder("say", "tell");
    assertThat(classes.get("NEGATORS")).containsExactlyInAnyOrder("not", "n't");
  }

  @Test
  void anUnknownClassIsAnErrorNamingTheFileAndItsClasses() throws IOException {
    WordClasses classes = read("SPEECH_VERBS say\nNEGATORS not\n");
    assertThatThrownBy(() -> classes.get("SPEACH_VERBS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown word class 'SPEACH_VERBS'")
        .hasMessageContaining("test.txt")
        .hasMessageContaining("NEGATORS, SPEECH_VERBS");
  }

  @Test
  void aRepeatedClassOrAClassWithoutWordsIsAnErrorWithItsLine() {
    assertThatThrownBy(() -> read("NEGATORS not\nNEGATORS no\n")).hasMessageContaining("test.txt:2").hasMessageContaining("twice");
    assertThatThrownBy(() -> read("\nNEGATORS\n")).hasMessageContaining("test.txt:2").hasMessageContaining("no words");
    assertThatThrownBy(() -> read("negators not\n")).hasMessageContaining("upper-case class name");
  }

  @Test
  void theShippedFileDefinesEveryClassTheLexiconReads() {
    Lexicon lexicon = Lexicon.standard();
    assertThat(lexicon.speechVerbs()).contains("say", "announce");
    assertThat(lexicon.futureAuxiliaries()).contains("will", "'ll");
    assertThat(lexicon.negators()).contains("n't", "never");
    assertThat(lexicon.currencyNouns()).contains("franc");
  }
}
