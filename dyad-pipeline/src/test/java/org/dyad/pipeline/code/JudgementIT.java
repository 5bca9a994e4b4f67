package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * A speaker's plain negative judgement of someone's act is a criticism (111) of the one whose act
 * it is; calling another's claim false denies it (016); a negated judgement is none.
 */
class JudgementIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("libdem", "Liberal Democrats", "organization", "GBR", "Liberal Democrats")
      .actor("fox", "Liam Fox", "person", "GBR", "Liam Fox")
      .actor("labour", "Labour", "organization", "GBR", "Labour")
      .actor("mcconnell", "Jack McConnell", "person", "GBR", "Jack McConnell")
      .actor("robertson", "Sean Robertson", "person", "USA", "Sean Robertson")
      .actor("rumod", "Russian defense ministry", "organization", "RUS", "Russian defense ministry");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2005-01-10", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aNegativeJudgementOfSomeonesActCriticisesThem() {
    assertThat(code("Liam Fox said Jack McConnell's comment was ill-advised.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("111");
      assertThat(e.source()).isEqualTo("fox");
      assertThat(e.target()).isEqualTo("mcconnell");
    });
    assertThat(code("Liam Fox said the move was a sign of sinister tactics by Labour.")).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("labour"));
    assertThat(code("The Liberal Democrats said the scheme is deeply flawed.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("111");
      assertThat(e.target()).isNull();
    });
  }

  @Test
  void callingAClaimFalseDeniesIt() {
    assertThat(code("Sean Robertson said the Russian defense ministry's claim is patently false.")).singleElement()
        .satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("016");
          assertThat(e.target()).isEqualTo("rumod");
        });
  }

  @Test
  void aNegatedOrNeutralStatementIsNoCriticism() {
    assertThat(code("Liam Fox said the scheme was not flawed.")).isEmpty();
    assertThat(code("Liam Fox said the scheme would start in May.")).isEmpty();
  }
}
