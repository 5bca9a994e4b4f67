package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Readings the coder gives over real CoreNLP parses: object control ("wants X to"), speakers and
 * objects the parser misplaces, destinations of a visit, and where a missing target is looked for.
 */
class EventCoderReadingsIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French", "Paris")
      .actor("de", "Germany", "country", "DEU", "Germany", "German", "Berlin")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese")
      .actor("cn", "China", "country", "CHN", "China", "Chinese")
      .actor("ml", "Mali", "country", "MLI", "Mali", "Malian")
      .actor("weber", "Olaf Weber", "person", "DEU", "Olaf Weber", "Weber")
      .actor("front", "Northern Front", "group", "MLI", "Northern Front")
      .actor("frgov", "French government", "organization", "FRA", "French government")
      .actor("dearmy", "German army", "organization", "DEU", "German army")
      .actor("frpolice", "French police", "organization", "FRA", "French police")
      .actor("interpol", "Interpol", "organization", null, "Interpol")
      .actor("ru", "Russia", "country", "RUS", "Russia", "Russian")
      .actor("ua", "Ukraine", "country", "UKR", "Ukraine", "Ukrainian")
      .uncodedPlace("crimea", "Crimea", "UKR", "Crimea")
      .actor("unsc", "UN Security Council", "organization", null, "Security Council")
      .actor("refugees", "Malian refugees", "group", "MLI", "CVL", new String[] {"refugees"})
      .place("Paris", "FRA", 48.86, 2.35).place("Berlin", "DEU", 52.52, 13.40).place("Gao", "MLI", 16.27, -0.04);

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void wantingAnotherActorToActIsAnAppealToThatActor() {
    List<Event> events = code("France wants Germany to withdraw its troops from Mali.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("02");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.modality()).isEqualTo("asserted");
    });
    assertThat(events).filteredOn(e -> "de".equals(e.source()))
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo("requested"));
  }

  @Test
  void promisingHarmIsAThreatAndPromisingHelpIsNot() {
    assertThat(code("France vowed revenge against Germany.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("130");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("France promised aid to Mali.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("13"));
  }

  @Test
  void warningAnotherActorToActIsAnAppealToIt() {
    assertThat(code("France warned Germany to stay away from Mali.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("02");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void beingOpposedByAnActorIsItsOppositionAndBeingOpposedToIsARejection() {
    assertThat(code("The plan was opposed by France on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("11");
      assertThat(e.source()).isEqualTo("fr");
    });
    assertThat(code("France is opposed to the German plan.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("12");
      assertThat(e.source()).isEqualTo("fr");
    });
  }

  @Test
  void aPlaceActedOnStandsForItsStateWhenTheTextNamesIt() {
    assertThat(code("Ukraine protested after Russia occupied Crimea in 2014.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(e.source()).isEqualTo("ru");
      assertThat(e.target()).isEqualTo("ua");
      assertThat(e.location().name()).isEqualTo("Crimea");
    });
  }

  @Test
  void aTextSpeaksForTheAuthorTheArticleFirstGaveIt() {
    List<Event> events = code("The Security Council resolution was adopted on Friday. Germany drafted a resolution too."
        + " The resolution demands that France withdraw its troops from Mali.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("10");
      assertThat(e.source()).isEqualTo("unsc");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(code("The resolution demands that France withdraw its troops from Mali."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("10"));
    assertThat(code("The Security Council resolution was adopted on Friday."
        + " A statement demands that France withdraw its troops from Mali."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("unsc"));
    assertThat(code("The Security Council resolution was adopted on Friday. A later resolution was vetoed by France."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("12");
          assertThat(e.source()).isEqualTo("fr");
          assertThat(e.target()).isEqualTo("unsc");
        });
  }

  @Test
  void aCommentIsNotAimedAtThePlaceItIsAbout() {
    assertThat(code("France warned of deteriorating humanitarian conditions in Crimea.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("01");
      assertThat(e.target()).isNull();
    });
  }

  @Test
  void aDemandIsMadeOfWhoeverAnswersIt() {
    assertThat(code("France agreed to Germany's demands on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("10");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void aVerbJoinedByOrToANegatedVerbIsNegatedToo() {
    assertThat(code("France did not attack Mali or threaten Germany.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("13");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void aParticipleWithAPronounObjectIsItsGovernorsSubjectsAct() {
    assertThat(code("Olaf Weber wrote to France on Tuesday accusing them of an error of judgement.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("11");
      assertThat(e.source()).isEqualTo("weber");
    });
  }

  @Test
  void themAfterOneGroupOfPeopleInItsSentenceIsThatGroup() {
    assertThat(code("The refugees are starving because the Northern Front is blocking them from access to food."))
        .anySatisfy(e -> {
          assertThat(e.source()).isEqualTo("front");
          assertThat(e.target()).isEqualTo("refugees");
        });
  }

  @Test
  void wantingAnotherActorToBeSomethingIsNoAppeal() {
    assertThat(code("France wants Germany to be as open as possible."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("02"));
  }

  @Test
  void aRefusalNounNegatesTheInfinitiveItGoverns() {
    assertThat(code("Germany's refusal to meet France angered Paris.")).allSatisfy(e -> {
      if (e.cameo().startsWith("04")) {
        assertThat(e.negated()).isTrue();
      }
    }).anySatisfy(e -> assertThat(e.cameo()).startsWith("04"));
  }

  @Test
  void sourcesOfSeveralCountriesGetNoHomeCountryTarget() {
    List<Event> events = code("France, Germany and Japan have announced the withdrawal of their troops.");
    assertThat(events).filteredOn(e -> e.cameo().startsWith("08")).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.target()).isNull());
  }

  @Test
  void wantingToActOneselfStaysAPlanNotAnAppeal() {
    List<Event> events = code("Germany wants to meet Japan next month.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("02"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("040");
      assertThat(e.modality()).isEqualTo("planned");
    });
  }

  @Test
  void wouldLikeAnotherActorToActIsAnAppealStatedNow() {
    assertThat(code("Japan would like China to resume talks on the islands.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("026");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("cn");
      assertThat(e.modality()).isEqualTo("asserted");
    });
  }

  @Test
  void aSpeechVerbHungBelowTheClauseLendsItsSpeakerToThePronounSubject() {
    // parsed with "free" as root and "announced" as its parataxis: "it" is Germany
    assertThat(code("It will free 40 Malian prisoners next week as a gesture of goodwill, Germany announced on Monday."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("035");
          assertThat(e.source()).isEqualTo("de");
          assertThat(e.target()).isEqualTo("ml");
        });
  }

  @Test
  void aWarrantMisreadAsTheSubjectOfAReducedRelativeIsStillWhatWasIssued() {
    // parsed as "warrants sought in ...": the warrant noun is the subject of a complement clause
    assertThat(code("A French court has issued arrest warrants for two German men sought in the murder of three Japanese "
        + "tourists two years ago, a French police officer said Monday.")).anySatisfy(e -> {
          assertThat(e.cameo()).isEqualTo("173");
          assertThat(e.source()).isEqualTo("fr");
          assertThat(e.target()).isEqualTo("de");
        });
  }

  @Test
  void headingIsAVisitOnlyWithADestination() {
    assertThat(code("Olaf Weber headed to Paris for talks.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.source()).isEqualTo("weber");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(code("The French army might want Olaf Weber to head back after the vote."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("042"));
  }

  @Test
  void aPlaceAtHomeDoesNotStopTheSearchForADeeperTarget() {
    // "bans" parsed as a verb whose oblique "on travel" holds both "to France" and "against ... officers"
    assertThat(code("The French government announced asset freezes and bans on travel to France against three senior "
        + "officers in the German army."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("172");
          assertThat(e.source()).isEqualTo("frgov");
          assertThat(e.target()).isEqualTo("dearmy");
        });
  }

  @Test
  void aBareParticipleAfterAnAppositionHasNoAgentInItsSubject() {
    // "jailed" parsed as a complement with "the mayor" as its subject: the mayor was jailed, he jailed no one
    List<Event> events = code("Germany on Monday released the mayor of the northern Malian city of Gao, a member of the rebel "
        + "Northern Front jailed over a year ago, Malian officials said.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("17"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("084");
      assertThat(e.source()).isEqualTo("de");
    });
  }

  @Test
  void victimsOfAnotherCountryKilledInAPlaceWithNoNamedAttackerAreAttackedByThatPlacesCountry() {
    assertThat(code("Ten German soldiers were killed in Mali on Sunday.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source()).isEqualTo("ml");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("Ten Malian soldiers were killed in Mali on Sunday."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("ml"));
  }

  @Test
  void civiliansOfAnotherCountryKilledInAPlaceAreNotAttackedByThatPlacesCountry() {
    assertThat(code("Two German tourists were killed in Mali on Sunday."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("ml"));
  }

  @Test
  void unnamedPeopleReleasedAreTheTargetNotTheSourcesCountry() {
    List<Event> released = code("The French police released ten students on Monday.");
    assertThat(released).anySatisfy(e -> assertThat(e.cameo()).startsWith("08"));
    assertThat(released).allSatisfy(e -> assertThat(e.target()).isNull());
    assertThat(code("The French police imposed a curfew on Monday.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("frpolice");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void sanctionsAndBansAnnouncedOrImposedAreTheSubjectsOwnAct() {
    assertThat(code("Japan announced new sanctions against China on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("cn");
    });
    assertThat(code("Germany imposed a travel ban on three Malian officials.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("172");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("ml");
    });
  }

  @Test
  void expectingAnotherActorToActIsNoPlanOfThatActor() {
    List<Event> events = code("China expects Japan to withdraw its troops.");
    assertThat(events).filteredOn(e -> "jp".equals(e.source()))
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo("hypothetical"));
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("03"));
  }

  @Test
  void peopleMisreadAsTheSubjectOfAReducedRelativeAreStillTheOnesReleased() {
    // parsed as "women held hostage in Mali" being a clause: the women are who was released
    assertThat(code("The Northern Front released two Japanese women held hostage in Mali on Friday, the first captives "
        + "to be freed since the raid.")).anySatisfy(e -> {
          assertThat(e.cameo()).isEqualTo("084");
          assertThat(e.source()).isEqualTo("front");
          assertThat(e.target()).isEqualTo("jp");
        });
  }

  @Test
  void anItAskedToActIsTheStateNamedBeforeIt() {
    assertThat(code("Japan thanked China for its offer and urged it to resume talks by the end of the year.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("02");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("cn");
    });
  }

  @Test
  void unnamedFightersAttackedAreNoAttackOnTheSourcesOwnCountry() {
    List<Event> events = code("French troops are fighting Islamist militants in the desert.");
    assertThat(events).anySatisfy(e -> assertThat(e.plover()).isEqualTo("ASSAULT"));
    assertThat(events).allSatisfy(e -> assertThat(e.target()).isNull());
  }

  @Test
  void hisCountryIsTheSpeakersCountry() {
    assertThat(code("The Japanese prime minister said his country would donate five million dollars to Mali.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("033");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("ml");
    });
  }

  @Test
  void anItMisreadAsTheObjectOfSaidIsTheSpeakerActing() {
    // parsed with "it" as the object of "said" and "send" as a loose dependent without subject
    assertThat(code("LYON: Interpol has said it will send investigators next week to help Mali trace the stolen paintings."))
        .anySatisfy(e -> {
          assertThat(e.source()).isEqualTo("interpol");
          assertThat(e.trigger().text()).isEqualTo("send");
          assertThat(e.modality()).isEqualTo("planned");
        });
  }
  @Test
  void aPassiveAdjunctWithoutSubjectIsDoneToItsGovernorsSubject() {
    assertThat(code("Mali protested after being attacked by France.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("19");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("ml");
    });
  }

  @Test
  void aPassiveParticipleOnAPredicateNounIsDoneToWhatTheNounIsSaidOf() {
    assertThat(code("Mali argued for years that it was the first victim of the war, having been annexed by France in 1890."))
        .anySatisfy(e -> {
          assertThat(e.cameo()).startsWith("192");
          assertThat(e.source()).isEqualTo("fr");
          assertThat(e.target()).isEqualTo("ml");
        });
  }
  @Test
  void aVetoedTextIsVetoedAgainstWhoeverProposedIt() {
    assertThat(code("France proposed an amendment that was vetoed by Germany.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("12");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void whoVetoedANestedTextIsNoTargetOfItsProposal() {
    assertThat(code("France proposed an amendment that was vetoed by Germany."))
        .filteredOn(e -> "fr".equals(e.source()))
        .allSatisfy(e -> assertThat(e.target()).isNotEqualTo("de"));
  }
  @Test
  void denyingThatOneDidSomethingIsADenial() {
    assertThat(code("Germany denied that its troops had fired on the convoy.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("016");
      assertThat(e.source()).isEqualTo("de");
    });
    assertThat(code("A German court denied him bail.")).noneMatch(e -> e.cameo().equals("016"));
  }
  @Test
  void warningOfConsequencesThreatensButWarningOfConditionsIsAComment() {
    assertThat(code("Japan warned of retaliation against France.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("13"));
    assertThat(code("Japan warned of deteriorating humanitarian conditions in Mali.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("012");
      assertThat(e.source()).isEqualTo("jp");
    }).noneSatisfy(e -> assertThat(e.cameo()).startsWith("13"));
  }
  @Test
  void itInAReportedClauseIsTheBodyThatSpeaksNotTheCountryNamedBefore() {
    assertThat(code("France is in crisis. The French government said it would ask Japan to lift the ban.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("02");
      assertThat(e.source()).isEqualTo("frgov");
      assertThat(e.target()).isEqualTo("jp");
    });
  }
  @Test
  void aStatesForcesBlockingARoadRestrictMovementRatherThanProtest() {
    assertThat(code("The German army blocked the road to Gao.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("191");
      assertThat(e.source()).isEqualTo("dearmy");
    }).noneSatisfy(e -> assertThat(e.cameo()).startsWith("14"));
  }
}
