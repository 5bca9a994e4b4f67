package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * A participle with a by-agent that modifies a noun ("militants backed by Iran", "a kibbutz
 * attacked by Hamas") was done by the agent to the noun's actor, whether the parse hangs it on the
 * noun or misreads the noun as its active subject.
 */
class ReducedPassiveRepairIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("houthis", "Houthis", "group", "YEM", "Houthis", "Houthi")
      .actor("ye", "Yemen", "country", "YEM", "Yemen")
      .actor("ir", "Iran", "country", "IRN", "Iran", "Iranian")
      .actor("hamas", "Hamas", "group", "PSE", "Hamas")
      .actor("il", "Israel", "country", "ISR", "Israel", "Israeli")
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("ru", "Russia", "country", "RUS", "Russia", "Russian");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-01", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aParticipleModifyingTheNounIsDoneToIt() {
    assertThat(code("The Houthis, militants in Yemen backed by Iran, have fired drones at ships."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).isEqualTo("051");
          assertThat(e.source()).isEqualTo("ir");
          assertThat(e.target()).isEqualTo("houthis"); // the militants are the Houthis, not Yemen
        });
  }

  @Test
  void aParticipleMisreadAsAPastTenseKeepsTheAgentAsTheDoer() {
    assertThat(code("The visitors toured an Israeli kibbutz attacked by Hamas.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(e.source()).isEqualTo("hamas");
      assertThat(e.target()).isEqualTo("il");
    });
    assertThat(code("The visitors toured an Israeli kibbutz attacked by Hamas."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("il"));
  }

  @Test
  void aByPhraseOfMeansOrTimeLeavesAnActiveVerbAlone() {
    assertThat(code("Russia attacked by night.")).noneSatisfy(e -> assertThat(e.target()).isEqualTo("ru"));
    assertThat(code("France condemned Russia.")).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("fr"));
  }
}
