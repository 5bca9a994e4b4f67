package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Precision rules for ordinary wire copy, on real CoreNLP parses of made-up sentences: what is a
 * target and what is only a place, which "strike" is an attack, what a missile fired at no one is.
 */
class OrdinaryNewsCoderIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("de", "Germany", "country", "DEU", "Germany", "German", "Berlin")
      .actor("ml", "Mali", "country", "MLI", "Mali", "Malian")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese", "Tokyo")
      .actor("br", "Brazil", "country", "BRA", "Brazil")
      .actor("front", "Northern Front", "group", "MLI", "Northern Front")
      .actor("sato", "Taro Sato", "person", "JPN", "Taro Sato", "Sato")
      .actor("weber", "Olaf Weber", "person", "DEU", "Olaf Weber", "Weber")
      .actor("town", "Kahramanmaras", "location", null, "Kahramanmaras")
      .actor("un", "United Nations", "organization", null, "United Nations", "UN")
      .actor("ecowas", "ECOWAS", "organization", null, "ECOWAS")
      .time("on Monday", "2022-03-07").time("2015", "2015").time("Thursday", "2022-03-10")
      .place("Bamako", "MLI", 12.64, -8.0).place("Paris", "FRA", 48.86, 2.35);

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void aStrikeWithAnObjectIsAnAttackAndWithoutOneALabourStrike() {
    assertThat(code("France strikes the Northern Front after rocket fire.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("190");
      assertThat(e.target()).isEqualTo("front");
    });
    assertThat(code("French workers struck on Monday.")).allSatisfy(e -> assertThat(e.cameo()).isEqualTo("143"));
  }

  @Test
  void tearGasFiredAtPeopleIsRepressionNotFighting() {
    assertThat(code("French police fired tear gas at the Northern Front.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("175");
      assertThat(e.target()).isEqualTo("front");
    });
  }

  @Test
  void aMissileFiredAtNoOneIsAShowOfForceWithoutATarget() {
    assertThat(code("Japan fired a ballistic missile into the sea on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("150");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isNull();
      assertThat(e.date()).isEqualTo("2022-03-07");
    });
    assertThat(code("The Northern Front fired missiles at Bamako.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).startsWith("19"));
  }

  @Test
  void aPlaceAtHomeIsWhereAnAgreementIsMadeNotWithWhom() {
    assertThat(code("The Northern Front agreed to a truce in Bamako on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("AGREE");
      assertThat(e.target()).isNull();
      assertThat(e.location().name()).isEqualTo("Bamako");
    });
    assertThat(code("France agreed to a truce in Bamako on Monday.")).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("ml"));
    assertThat(code("The Northern Front and Mali agreed to a truce in Bamako.")).extracting(Event::source, Event::target)
        .containsExactlyInAnyOrder(tuple("front", "ml"), tuple("ml", "front"));
  }

  @Test
  void aPlaceOfUnknownCountryIsTheLocationNotTheTarget() {
    assertThat(code("Olaf Weber visited Kahramanmaras on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.target()).isNull();
      assertThat(e.location().name()).isEqualTo("Kahramanmaras");
      assertThat(e.rule()).contains("place-not-target");
    });
  }

  @Test
  void aDeepTargetIsNeverTheSourcesOwnCountry() {
    assertThat(code("Taro Sato praised the deal as a sign of deepening ties between Tokyo and Paris."))
        .allSatisfy(e -> assertThat(e.target()).isNotEqualTo("jp"));
    assertThat(code("Taro Sato urged it to start membership talks with Japan."))
        .allSatisfy(e -> assertThat(e.target()).isNotEqualTo("jp"));
  }

  @Test
  void aClauseWithASubjectOfItsOwnDoesNotBorrowTheFirstClausesSubject() {
    assertThat(code("Japan declared Taro Sato the winner on Monday, but his rival Olaf Weber rejected the result."))
        .filteredOn(e -> e.plover().equals("REJECT"))
        .singleElement().satisfies(e -> assertThat(e.source()).isEqualTo("weber"));
  }

  @Test
  void anAttackNounAsSubjectNamesWhatWasHit() {
    assertThat(code("French strikes on Berlin killed five people on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void notBackingDownIsARefusalToYieldNotSupport() {
    List<Event> events = code("France said it would not back down.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("051"));
    assertThat(events).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("124"));
  }

  @Test
  void approvedSanctionsAreSanctionsButAgreeingToLiftThemIsNot() {
    assertThat(code("The United Nations approved new sanctions against Brazil on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(e.target()).isEqualTo("br");
    });
    assertThat(code("France agreed to lift sanctions on Brazil.")).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("163"));
  }

  @Test
  void aVisitAppendedAfterACommaNamesNoSecondPartner() {
    assertThat(code("Olaf Weber met Taro Sato in Paris on Monday, the first visit by a German minister to Japan in years."))
        .filteredOn(e -> e.trigger().text().equals("met"))
        .extracting(Event::target).containsExactly("sato");
  }

  @Test
  void aCurrencyAdjectiveIsNoActor() {
    assertThat(code("The United Nations appealed for 10 million Swiss francs and Japanese yen to help France."))
        .allSatisfy(e -> {
          assertThat(e.source()).isNotEqualTo("jp");
          assertThat(e.target()).isNotEqualTo("jp");
        });
  }

  @Test
  void decliningToCommentRejectsNoOne() {
    assertThat(code("France declined to comment.")).isEmpty();
    assertThat(code("France refused to meet Germany.")).anySatisfy(e -> assertThat(e.plover()).isEqualTo("REJECT"));
  }

  @Test
  void policeInACityActThere() {
    assertThat(code("French police in Paris fired tear gas at the Northern Front.")).singleElement()
        .satisfies(e -> assertThat(e.location().name()).isEqualTo("Paris"));
  }

  @Test
  void aTimeAfterSinceStartsAPeriodAndIsNoEventDate() {
    assertThat(code("Japan has lent Brazil more than $20 billion since 2015.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("AID");
      assertThat(e.date()).isNull();
    });
  }

  @Test
  void callingSomeoneSomethingIsNoRequestAndDecidingWhetherIsNoIntent() {
    assertThat(code("France called the Northern Front illegitimate.")).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("REQUEST"));
    assertThat(code("France would decide by Monday whether to withdraw its troops from Mali.")).isEmpty();
    assertThat(code("Japan demanded that France end the blockade.")).isNotEmpty();
  }

  @Test
  void theSpeakersOwnPostsAreTheTargetOfAReportedAttack() {
    assertThat(code("Germany said the Northern Front had opened fire on its posts without provocation."))
        .filteredOn(e -> e.cameo().startsWith("19")).singleElement() // beside Germany's accusation (ReportedAggressionIT)
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("front");
          assertThat(e.target()).isEqualTo("de");
          assertThat(e.rule()).contains("reporter-possessive");
        });
  }

  @Test
  void himAfterAPersonNamedEarlierInTheSentenceIsThatPerson() {
    assertThat(code("A French court sentenced Olaf Weber on Monday, and German police arrested him at his home."))
        .filteredOn(e -> e.trigger().text().equals("arrested"))
        .singleElement().satisfies(e -> {
          assertThat(e.target()).isEqualTo("weber"); // "him" refers back to Weber (Anaphora)
        });
  }

  @Test
  void aSecondSpeechVerbHungInsideAQuotedRelativeClauseStillHasTheSpeaker() {
    assertThat(code("Taro Sato said France was \"dragging itself into a conflict that does not concern it\" and warned that Japan would respond."))
        .filteredOn(e -> e.trigger().text().equals("warned"))
        .singleElement().satisfies(e -> {
          assertThat(e.plover()).isEqualTo("THREATEN");
          assertThat(e.source()).isEqualTo("sato");
        });
  }

  @Test
  void strikesOnAPlaceAreAttacksAndAStrikeAgainstAGovernmentIsAStrike() {
    assertThat(code("France said it would continue its strikes on the Northern Front.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.target()).isEqualTo("front");
    }).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("PROTEST"));
  }

  @Test
  void anInfinitiveModifyingAPlainNounStatesNoEvent() {
    assertThat(code("France closed its airspace after a deadline set by the United Nations to reinstate Olaf Weber expired."))
        .noneSatisfy(e -> assertThat(e.trigger().text()).isEqualTo("reinstate"));
  }

  @Test
  void aDayTheParserMadeTheSubjectOfAPurposeInfinitiveStillDatesTheMainEvent() {
    // parsed as nsubj(discuss, Thursday)
    assertThat(code("ECOWAS leaders will hold an emergency summit in Abuja on Thursday to discuss the crisis, Nigerian President Bola Tinubu's office said."))
        .filteredOn(e -> e.trigger().text().equals("hold"))
        .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022-03-10"));
  }

  @Test
  void aPleaInCourtIsNoAppeal() {
    assertThat(code("Taro Sato pleaded guilty to charges of fraud.")).isEmpty();
    assertThat(code("Mali pleaded with the United Nations for help.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("02"));
  }

  @Test
  void theReleaseOfAnAlbumIsNoReleaseOfPeople() {
    assertThat(code("The album by a Japanese band topped the chart in France on its release in August.")).isEmpty();
    assertThat(code("The Northern Front announced the release of two Malian soldiers.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("084");
      assertThat(e.source()).isEqualTo("front");
    });
  }

  @Test
  void aBodyWithANameOfItsOwnIsNotItsTown() {
    assertThat(code("The Tokyo International Film Festival is donating its profits to the relief fund.")).isEmpty();
    assertThat(code("Japan is donating its profits to the relief fund in Mali.")).isNotEmpty();
  }
}
