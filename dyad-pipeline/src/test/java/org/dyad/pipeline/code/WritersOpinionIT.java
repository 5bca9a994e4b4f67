package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** What the writer thinks someone should do is no event; what a speaker says they should do still is coded. */
class WritersOpinionIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("ru", "Russia", "country", "RUS", "Russia")
      .actor("ua", "Ukraine", "country", "UKR", "Ukraine");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-20", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aShouldOfTheWritersOwnIsNoEvent() {
    assertThat(code("Yes, Russia should help Ukraine.")).isEmpty();
  }

  @Test
  void aShouldInsideAQuoteOrReportedStaysCoded() {
    assertThat(code("\"Russia should help Ukraine,\" the minister said.")).isNotEmpty();
    assertThat(code("The minister said Russia should help Ukraine.")).isNotEmpty();
  }
}
