package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  @Test
  void sentenceWithVerbAndNamedEntityMayHoldAnEvent() {
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("Putin/NNP/PERSON visited/VBD/O Paris/NNP/LOCATION"))).isTrue();
  }

  @Test
  void sentenceWithVerbAndPronounMayHoldAQuote() {
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("he/PRP/O said/VBD/O"))).isTrue();
  }

  @Test
  void sentenceWithVerbAndQuotationMarkMayHoldAQuote() {
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("``/``/O prices/NNS/O rose/VBD/O"))).isTrue();
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("\u201c/NN/O prices/NNS/O rose/VBD/O"))).isTrue();
  }

  @Test
  void sentenceWithoutVerbCannotHoldAnEvent() {
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("Photo/NN/O :/:/O Reuters/NNP/ORGANIZATION"))).isFalse();
  }

  @Test
  void sentenceWithoutAnyParticipantCannotHoldAnEvent() {
    assertThat(CoreNlpAnnotator.mayHoldEventOrQuote(labels("prices/NNS/O rose/VBD/O sharply/RB/O"))).isFalse();
  }

  /** Tokens written word/TAG/NER. */
  private static List<CoreLabel> labels(String tagged) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String part : tagged.split(" ")) {
      String[] fields = part.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(fields[0]);
      label.setTag(fields[1]);
      label.setNER(fields[2]);
      labels.add(label);
    }
    return labels;
  }
}
