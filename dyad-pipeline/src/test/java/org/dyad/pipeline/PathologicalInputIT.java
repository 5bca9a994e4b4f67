package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs that make CoreNLP slow, through the real pipeline: each ends with a record or a one-line
 * diagnostic within the time budget (plus slack for a loaded machine), never a hang.
 */
class PathologicalInputIT {

  private static final Duration BUDGET = Duration.ofSeconds(90);
  private static Pipeline pipeline;

  @BeforeAll
  static void loadModels() {
    pipeline = new Pipeline(Annotator.shared(), new ActorResolver(), new EventCoder(), BUDGET);
  }

  private static void assertEndsInTime(String source, String text) {
    RawDocument raw = new RawDocument(source, null, text.getBytes(StandardCharsets.UTF_8), "text/plain",
        StandardCharsets.UTF_8, null);
    long start = System.nanoTime();
    String outcome;
    try {
      DocumentRecord record = pipeline.process(raw);
      outcome = "record with " + record.events().size() + " events";
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).startsWith(source + ": ").doesNotContain("\n");
      outcome = e.getMessage();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.err.println("pathological: " + source + " (" + text.length() + " chars) → " + outcome + " in " + took.toMillis() + " ms");
    assertThat(took).isLessThan(BUDGET.plusSeconds(30));
  }

  @Test
  void aFourHundredThousandCharacterSentenceWithoutPunctuationIsRefusedAtOnce() {
    String words = "the delegation from the capital discussed the harbour and the border with the council ";
    assertEndsInTime("one-sentence.txt", words.repeat(399_000 / words.length()).trim());
  }

  @Test
  void aSentenceJustUnderTheLengthLimitEndsInTime() {
    String words = "the delegation from the capital discussed the harbour and the border with the council ";
    assertEndsInTime("long-sentence.txt", words.repeat((Pipeline.MAX_SENTENCE_CHARS - 100) / words.length()).trim() + ".");
  }

  @Test
  void fiveThousandShortSentencesEndInTime() {
    assertEndsInTime("many-sentences.txt", "Russia met Afghanistan in Moscow on Monday. ".repeat(5_000).trim());
  }

  @Test
  void oneTokenRepeatedWithoutSpacesEndsInTime() {
    assertEndsInTime("one-token.txt", "Moscow".repeat(60_000));
  }
}
