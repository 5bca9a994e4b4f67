package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** A capital that stands for its country does not when it only says where a private body is from. */
class TownsfolkIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("ie", "Ireland", "country", "IRL", "Ireland", "Dublin")
      .place("Dublin", "IRL", 53.35, -6.26)
      .place("Ireland", "IRL", 53.0, -8.0);

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2005-01-10", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aSchoolNamedByItsTownIsNoActOfTheCountry() {
    assertThat(code("A Dublin school complained about the song.")).isEmpty();
  }

  @Test
  void theCapitalAloneAndTheCountryNamedAsSuchStillAct() {
    assertThat(code("Dublin complained about the song.")).anySatisfy(e -> assertThat(e.source()).isEqualTo("ie"));
    assertThat(code("An Ireland school complained about the song.")).anySatisfy(e -> assertThat(e.source()).isEqualTo("ie"));
  }
}
