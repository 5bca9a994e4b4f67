package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * "The prime minister", "the Prime Minister" and "the premier" after a prime minister was named are
 * that person, though the tagger reads such phrases as adjective + noun or as a name of their own.
 */
class RoleAnaphoraIT {

  private static final FakeActors ACTORS = new FakeActors()
      .official("blair", "Tony Blair", "GBR", "prime minister", "Prime Minister Tony Blair", "Tony Blair", "Blair")
      .actor("fr", "France", "country", "FRA", "France");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2005-01-10", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aRolePhraseAfterItsHolderIsThatPerson() {
    for (String phrase : List.of("The prime minister", "The Prime Minister", "The premier")) {
      assertThat(code("Prime Minister Tony Blair spoke in London on Monday. " + phrase + " praised France."))
          .as(phrase).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("051");
            assertThat(e.source()).isEqualTo("blair");
            assertThat(e.target()).isEqualTo("fr");
          });
    }
  }

  @Test
  void anotherRoleIsNotThatPerson() {
    assertThat(code("Prime Minister Tony Blair spoke in London on Monday. The foreign minister praised France."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("blair"));
  }

  @Test
  void heAfterAnotherPersonInItsSentenceDoesNotReachBack() {
    assertThat(code("Prime Minister Tony Blair praised France on Monday. Judge Charles Harris made his remarks as he "
        + "sentenced three men for assault."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("173"));
    assertThat(code("Prime Minister Tony Blair spoke in London on Monday. He praised France."))
        .anySatisfy(e -> assertThat(e.source()).isEqualTo("blair"));
  }
}
