package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** A headline drops the passive's auxiliary: "Kilroy-Silk attacked with slurry" is done to him, not by him. */
class HeadlinePassiveRepairIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("ru", "Russia", "country", "RUS", "Russia")
      .actor("cn", "China", "country", "CHN", "China");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2005-01-10", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aBareParticipleAfterItsNounInAHeadlineIsAPassive() {
    assertThat(code("China attacked over Russia arms deal\n\nThe row went on.")).noneSatisfy(e -> assertThat(e.source()).isEqualTo("cn"));
  }

  @Test
  void aHeadlineWithAnObjectAndASentenceOfRunningTextStayActive() {
    assertThat(code("China attacked Russia over arms deal\n\nThe row went on.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("cn");
      assertThat(e.cameo()).startsWith("19");
    });
    assertThat(code("Russia attacked on Monday.")).anySatisfy(e -> assertThat(e.source()).isEqualTo("ru"));
  }
}
