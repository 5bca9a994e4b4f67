package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Wire-copy verbs the dictionary once missed or misread (ramming and blocking vessels, seizing
 * power, fines, amounts announced as aid, returning home, not recognising a ruling), on real
 * CoreNLP parses of made-up sentences.
 */
class WireVerbsIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese", "Tokyo")
      .actor("ml", "Mali", "country", "MLI", "Mali", "Malian")
      .actor("front", "Northern Front", "group", "MLI", "Northern Front")
      .actor("court", "Malian court", "organization", "MLI", "Malian court")
      .actor("officers", "Malian army officers", "group", "MLI", "Malian army officers")
      .actor("unsc", "UN Security Council", "organization", null, "Security Council")
      .time("on Monday", "2022-03-07");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void rammingOrBlockingAVesselIsForce() {
    assertThat(code("A Japanese coast guard ship rammed a French supply boat on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("190");
      assertThat(e.source()).isEqualTo("jp");
    });
    assertThat(code("Japanese vessels blocked French fishing boats on Monday."))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("191"));
    assertThat(code("Malian protesters blocked roads on Monday."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("191"));
  }

  @Test
  void seizingPowerIsACoupButReturningToPowerIsNot() {
    assertThat(code("Malian army officers seized power on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("170");
      assertThat(e.source()).isEqualTo("officers");
    });
    assertThat(code("The Northern Front staged a coup on Monday."))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("170"));
    assertThat(code("The Northern Front seized the town on Monday."))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("192"));
  }

  @Test
  void aCourtFiningAPartyIsLegalAction() {
    assertThat(code("The Malian court also fined the Northern Front about $1.2 million.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("173");
      assertThat(e.source()).isEqualTo("court");
      assertThat(e.target()).isEqualTo("front");
    });
  }

  @Test
  void announcingAnAmountIsAnAidPledge() {
    assertThat(code("Japan announced an additional 300 million euros for Mali on Monday."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("03");
          assertThat(e.source()).isEqualTo("jp");
        });
    assertThat(code("Japan announced new elections on Monday.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("03"));
  }

  @Test
  void refugeesReturningHomeMakeNoVisit() {
    assertThat(code("More than 300,000 Malian refugees had returned from France since December."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("042"));
    assertThat(code("The Malian refugees returned home on Monday."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("042"));
  }

  @Test
  void notRecognisingARulingIsARejectionWithoutANegatedRecognition() {
    List<Event> events = code("A tribunal ruled in 2016 that the claims had no legal basis, a decision Japan does not recognise.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("120");
      assertThat(e.source()).isEqualTo("jp");
    });
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("054"));
    assertThat(code("Japan does not recognise the Northern Front."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).isEqualTo("054");
          assertThat(e.negated()).isTrue();
        });
  }

  @Test
  void whatAVetoedResolutionCallsForIsNoAppealByItsCouncil() {
    List<Event> events = code("Japan on Monday vetoed a Security Council resolution that called on Mali to cease hostilities and to allow aid deliveries.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("12");
      assertThat(e.source()).isEqualTo("jp");
    });
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("02"));
    assertThat(events).noneSatisfy(e -> assertThat(e.trigger().text()).isEqualTo("allow"));
    assertThat(code("The Security Council on Monday called on Mali to cease hostilities."))
        .anySatisfy(e -> assertThat(e.cameo()).startsWith("02"));
  }
}
