package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** In a sports story a country is a team: its visits, meetings and attacks are play, not politics. */
class SportStoryIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("it", "Italy", "country", "ITA", "Italy")
      .actor("wl", "Wales", "country", "GBR", "Wales")
      .actor("ly", "Libya", "country", "LBY", "Libya")
      .actor("of", "officials", "group", "ITA", "officials")
      .actor("rp", "representatives", "group", "GBR", "representatives");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2005-02-10", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void countriesInASportsStoryAreTeams() {
    String story = "Italy coach John Kirwan has challenged his squad before the match. Italy will meet Wales on Saturday. "
        + "Italy launched a series of attacks in the second half but Wales held on to win 18-12 in the tournament.";
    assertThat(code(story)).isEmpty();
  }

  @Test
  void groupsInASportsStoryAreSidesOfTheGame() {
    String story = "The coach named his squad for the match. The officials met the representatives to arrange the fixture of "
        + "the tournament.";
    assertThat(code(story)).isEmpty();
    assertThat(code("The officials met the representatives to arrange the talks.")).isNotEmpty();
  }

  @Test
  void aPoliticalStoryKeepsItsEvents() {
    assertThat(code("Italy will meet Wales on Saturday. Italy launched a series of attacks on Libya."))
        .anySatisfy(e -> assertThat(e.source()).isEqualTo("it"));
  }
}
