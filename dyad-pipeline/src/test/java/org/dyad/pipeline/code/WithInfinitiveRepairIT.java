package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** "met with X to push for ...": X is the meeting's partner, not the subject of an absolute clause. */
class WithInfinitiveRepairIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("cameron", "David Cameron", "person", "GBR", "Foreign Minister David Cameron", "David Cameron", "Cameron")
      .actor("fr", "French leaders", "organization", "FRA", "French leaders")
      .actor("it", "Italian leaders", "organization", "ITA", "Italian leaders");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-01", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void withRightAfterTheVerbIsItsPartner() {
    List<Event> events = code("Foreign Minister David Cameron met with French leaders to push for a cease-fire.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("04");
      assertThat(e.source()).isEqualTo("cameron");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(events).noneSatisfy(e -> assertThat(e.source()).isEqualTo("fr"));
  }
}
