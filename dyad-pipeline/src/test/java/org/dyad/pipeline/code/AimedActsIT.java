package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * An attack aimed at something no actor stands for ("fired missiles at ships") is an attack with no
 * named target: not a show of force, not an act on the doer's own country, and not on whom a
 * phrase of purpose names ("in support of the Palestinians").
 */
class AimedActsIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("houthis", "Houthis", "group", "YEM", "Houthis")
      .actor("ps", "Palestine", "country", "PSE", "Palestinians", "Palestine")
      .actor("kp", "North Korea", "country", "PRK", "North Korea");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2023-12-20", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void missilesFiredAtShipsAreAnAttackWithoutANamedTarget() {
    assertThat(code("The Houthis have fired missiles at ships in the Red Sea, in support of the Palestinians."))
        .singleElement().satisfies(e -> {
          assertThat(e.cameo()).startsWith("19");
          assertThat(e.source()).isEqualTo("houthis");
          assertThat(e.target()).isNull();
        });
  }

  @Test
  void missilesFiredIntoTheSeaOnADayAreAShowOfForce() {
    assertThat(code("North Korea fired two missiles into the sea on Monday.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("150"));
  }
}
