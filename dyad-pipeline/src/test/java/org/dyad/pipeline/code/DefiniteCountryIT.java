package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** "the country" refers back to a state named before it, on real CoreNLP parses of made-up sentences. */
class DefiniteCountryIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("de", "Germany", "country", "DEU", "Germany", "German")
      .actor("ml", "Mali", "country", "MLI", "Mali", "Malian");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void theCountryIsTheStateNamedBeforeOtherThanTheClausesOwnSubject() {
    assertThat(code("Thousands of French troops remain in Mali, nine years after Germany invaded the country."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("19");
          assertThat(e.source()).isEqualTo("de");
          assertThat(e.target()).isEqualTo("ml");
        });
  }

  @Test
  void anAdjectiveIsNoAntecedentOfTheCountry() {
    assertThat(code("Mali said German officials had criticised the country on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("11");
      assertThat(e.target()).isEqualTo("ml");
    });
  }

  @Test
  void theCountryInALaterSentenceIsTheFirstStateNamedInTheNearestOne() {
    assertThat(code("Mali held elections on Sunday. France criticised the country on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("11");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("ml");
    });
  }
}
