package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** Ending force is not using it: "end the crackdown", "halt its attacks" code no crackdown and no attack. */
class EndedActsIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("ir", "Iran", "country", "IRN", "Iran", "Iranian authorities")
      .actor("ru", "Russia", "country", "RUS", "Russia");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-20", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void anEndedHostileActIsNotCodedAsThatAct() {
    assertThat(code("The Iranian authorities ended the crackdown on Monday.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("17"));
    assertThat(code("Russia halted its attacks on Monday.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
  }

  @Test
  void aHostileActHeldByAnotherVerbStillIs() {
    assertThat(code("Russia launched attacks on Monday.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("19"));
  }
}
