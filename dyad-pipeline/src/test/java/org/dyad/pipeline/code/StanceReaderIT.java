package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.code.ParsedSentences.context;
import static org.dyad.pipeline.code.ParsedSentences.token;

import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

/** Negation and modality of a trigger, over real CoreNLP parses. */
class StanceReaderIT {

  private static Stance stance(String text, String trigger) {
    SentenceContext context = context(StageActors.ACTORS, text);
    return context.stances().stance(token(context, trigger));
  }

  @Test
  void aPlainPastEventIsAssertedAndNotNegated() {
    Stance stance = stance("France criticised Germany on Monday.", "criticised");
    assertThat(stance.negated()).isFalse();
    assertThat(stance.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void negatedGovernorNegatesTheEventNoun() {
    Stance stance = stance("Norway did not attend the talks in Geneva.", "talks");
    assertThat(stance.negated()).isTrue();
    assertThat(stance.notes()).contains(StanceReader.NEGATED_GOVERNOR);
  }

  @Test
  void aRefusingControlWordNegatesItsInfinitive() {
    Stance stance = stance("Japan refused to meet Norway.", "meet");
    assertThat(stance.negated()).isTrue();
    assertThat(stance.notes()).contains("refuse");
  }

  @Test
  void aClauseUnderASpeechVerbIsReportedAndWillIsPlanned() {
    assertThat(stance("Norway said Germany criticised France.", "criticised").modality()).isEqualTo(Modality.REPORTED);
    assertThat(stance("Germany will visit Japan.", "visit").modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void anAgreeingControlWordAbsorbsTheEventItPromises() {
    Stance stance = stance("France agreed to meet Japan.", "meet");
    assertThat(stance.absorbed()).isTrue();
    assertThat(stance.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void aReportingAdverbMakesTheActReported() {
    assertThat(stance("Germany reportedly criticised France.", "criticised").modality()).isEqualTo(Modality.REPORTED);
    assertThat(stance("Germany criticised France.", "criticised").modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void theSpeakersSecondActJoinedToTheSayingIsNotReported() {
    assertThat(stance("Norway said so on Monday and then criticised France.", "criticised").modality())
        .isEqualTo(Modality.ASSERTED);
    assertThat(stance("Norway said Germany criticised France.", "criticised").modality()).isEqualTo(Modality.REPORTED);
  }
}
