package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * "A court on Thursday sentenced Taro Sato to ...": CoreNLP reads the verb after "on Thursday" as a
 * participle modifying the name that follows, leaving a sentence without a verb; the repaired parse
 * codes the act, its subject and its object.
 */
class DayParticipleRepairIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("court", "Japanese court", "organization", "JPN", "Japanese court", "court")
      .actor("sato", "Taro Sato", "person", "JPN", "Taro Sato", "Sato")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese", "Tokyo")
      .actor("fr", "France", "country", "FRA", "France", "French")
      .time("on Thursday", "2022-03-10").time("Thursday", "2022-03-10");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-11", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aVerbAfterADayWordIsTheClauseNotAModifierOfTheName() {
    assertThat(code("A Japanese court on Thursday sentenced Taro Sato to three years in prison.")).singleElement()
        .satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("173");
          assertThat(e.source()).isEqualTo("court");
          assertThat(e.target()).isEqualTo("sato");
          assertThat(e.date()).isEqualTo("2022-03-10");
        });
  }

  @Test
  void theSubjectIsTheNounBeforeItsPlaceAndTheSentenceMayBeReported() {
    assertThat(code("A court in Tokyo on Thursday jailed Taro Sato for three years.")).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("court");
      assertThat(e.target()).isEqualTo("sato");
    });
    assertThat(code("A Japanese court on Thursday sentenced Taro Sato, the leader of the main opposition party, to three "
        + "years in prison, his lawyer said.")).singleElement().satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("173");
          assertThat(e.target()).isEqualTo("sato");
        });
  }
}
