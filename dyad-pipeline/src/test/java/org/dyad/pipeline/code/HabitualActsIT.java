package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** What is done by routine is no event: "holds exercises every year", "makes 3,000 visits a year". */
class HabitualActsIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("ru", "Russia", "country", "RUS", "Russia")
      .actor("cn", "China", "country", "CHN", "China");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-20", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aPresentActWithAFrequencyIsARoutine() {
    assertThat(code("Russia holds military exercises with China every year.")).isEmpty();
    assertThat(code("Russia and China hold talks twice a year.")).isEmpty();
  }

  @Test
  void aPastActOrATimeBehindAPrepositionIsAnEvent() {
    assertThat(code("Russia held military exercises with China last year.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("06"));
    assertThat(code("Russia holds military exercises with China for the first time in a year."))
        .anySatisfy(e -> assertThat(e.cameo()).startsWith("06"));
  }
}
