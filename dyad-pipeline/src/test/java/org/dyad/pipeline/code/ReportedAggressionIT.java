package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** Reported force as an accusation, on real CoreNLP parses of made-up sentences. */
class ReportedAggressionIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("de", "Germany", "country", "DEU", "Germany", "German")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese", "Tokyo")
      .actor("br", "Brazil", "country", "BRA", "Brazil")
      .time("on Monday", "2022-03-07")
      .place("Berlin", "DEU", 52.52, 13.40).place("Paris", "FRA", 48.86, 2.35);

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  private static List<Event> accusations(List<Event> events) {
    return events.stream().filter(e -> e.cameo().startsWith("11")).toList();
  }

  @Test
  void aClaimThatAnotherSideAttackedIsAnAccusationOfAggressionThatReplacesTheClaimedAttack() {
    List<Event> events = code("France claimed that Germany had shelled Japan on Monday.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("1123");
      assertThat(e.plover()).isEqualTo("ACCUSE");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.trigger().text()).isEqualTo("claimed");
      assertThat(e.modality()).isEqualTo("asserted");
      assertThat(e.rule()).startsWith("reported force as accusation: verb claim (194").contains("+alleged");
      assertThat(e.evidence().text()).isEqualTo("France claimed that Germany had shelled Japan on Monday.");
    });
  }

  @Test
  void aSpeakerSayingItWasAttackedAccusesTheAttackerAndTheAttackStaysReported() {
    List<Event> events = code("Japan said German warplanes bombed Japanese ships on Monday.");
    assertThat(events).extracting(Event::cameo, Event::source, Event::target, Event::modality)
        .contains(tuple("1123", "jp", "de", "asserted"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).matches("1[89]\\d*");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("jp");
      assertThat(e.modality()).isEqualTo("reported");
    });
    assertThat(accusations(events)).singleElement().satisfies(e -> assertThat(e.rule()).contains("+speaker-attacked"));
  }

  @Test
  void aNeutralReportOfForceBetweenOthersIsNoAccusation() {
    List<Event> events = code("France said that Germany had attacked Japan.");
    assertThat(accusations(events)).isEmpty();
    assertThat(events).extracting(Event::cameo, Event::source, Event::target, Event::modality)
        .containsExactly(tuple("190", "de", "jp", "reported"));
  }

  @Test
  void claimingOnesOwnAttackIsAClaimOfResponsibilityNotAnAccusation() {
    List<Event> events = code("Germany claimed that it had bombed Japan.");
    assertThat(accusations(events)).isEmpty();
    assertThat(events).extracting(Event::cameo, Event::source, Event::target).containsExactly(tuple("015", "de", "jp"));
  }

  @Test
  void aStateReportingItsOwnForcesIsNoAccusation() {
    assertThat(accusations(code("France said French troops attacked Brazil on Monday."))).isEmpty();
  }

  @Test
  void theThatClauseOfAClaimNounIsTheClaimantsAccusationNotAnAttackDone() {
    List<Event> events = code("Brazil rejected Japan's claim that Brazil had shelled a German port.");
    assertThat(events).extracting(Event::cameo, Event::source, Event::target).contains(tuple("1123", "jp", "br"));
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    assertThat(accusations(events)).filteredOn(e -> e.cameo().equals("1123")).singleElement()
        .satisfies(e -> assertThat(e.rule()).startsWith("reported force as accusation: noun claim"));
  }

  @Test
  void deniedForceIsNotCodedAsDoneAndDenyingOnesOwnIsADenialOfResponsibility() {
    List<Event> events = code("Germany denied that German troops had attacked Japan on Monday.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    assertThat(events).extracting(Event::cameo, Event::source, Event::target).containsExactly(tuple("016", "de", "jp"));
    assertThat(code("France denied that Germany had attacked Japan.")).isEmpty();
  }

  @Test
  void aClashTheSpeakersOwnSideFoughtIsNoAccusation() {
    List<Event> events = code("French and German troops exchanged fire on Monday, killing two soldiers, French officials said.");
    assertThat(events).anySatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    assertThat(accusations(events)).isEmpty();
  }

  @Test
  void aCriticismBesideASaidClauseIsNotReported() {
    assertThat(code("France criticised the move and said Germany would take measures to protect French firms."))
        .filteredOn(e -> e.cameo().equals("111")).singleElement()
        .satisfies(e -> assertThat(e.modality()).isEqualTo("asserted"));
  }

  @Test
  void threatenedOrDeniedForceIsNoAccusation() {
    assertThat(accusations(code("France claimed that Germany would attack Japan."))).isEmpty();
    assertThat(accusations(code("France claimed that Germany had not attacked Japan."))).isEmpty();
    assertThat(accusations(code("France did not claim that Germany had attacked Japan."))).isEmpty();
  }

  @Test
  void aProjectileFiredAtTheSpeakerFromAPlaceIsAnAttackFromThatPlaceAndAnAccusation() {
    List<Event> events = code("Japan said a rocket was fired at it from Berlin on Monday.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("jp");
      assertThat(e.modality()).isEqualTo("reported");
      assertThat(e.rule()).contains("+speaker-pronoun-target").contains("+launch-place-source");
    });
    assertThat(accusations(events)).extracting(Event::cameo, Event::source, Event::target)
        .containsExactly(tuple("1123", "jp", "de"));
  }

  @Test
  void anAttackSourcedOnlyToWhereItHappenedAccusesNoOne() {
    List<Event> events = code("Japan said a roadside bombing near Berlin killed Japanese tourists on Monday.");
    assertThat(accusations(events)).isEmpty();
  }
}
