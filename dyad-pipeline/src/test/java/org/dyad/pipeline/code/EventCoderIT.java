package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Removed;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** The coder over real CoreNLP parses, with a hand-written actor set standing in for the resolver. */
class EventCoderIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French", "Paris")
      .actor("de", "Germany", "country", "DEU", "Germany", "German", "Berlin")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese")
      .actor("br", "Brazil", "country", "BRA", "Brazil")
      .actor("weber", "Olaf Weber", "person", "DEU", "Olaf Weber", "Weber")
      .actor("rebels", "Northern Front", "group", "MLI", "Northern Front")
      .actor("un", "United Nations", "organization", null, "United Nations", "UN")
      .actor("dediplomats", "German diplomats", "group", "DEU", "German diplomats")
      .time("on Monday", "2022-03-07").time("in May", "2022-05").time("last year", "2021")
      .place("Paris", "FRA", 48.86, 2.35).place("Berlin", "DEU", 52.52, 13.40).place("Geneva", "CHE", 46.2, 6.15);

  private static List<Event> code(String text) {
    return code(text, List.of());
  }

  private static List<Event> code(String text, List<Removed> removed) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, removed);
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void codesSubjectVerbObjectWithCodesNamesAndRule() {
    List<Event> events = code("France condemned Germany.");
    assertThat(events).hasSize(1);
    Event event = events.get(0);
    assertThat(event.id()).isEqualTo("e1");
    assertThat(event.cameo()).isEqualTo("111");
    assertThat(event.cameoName()).isEqualTo("Criticize or denounce");
    assertThat(event.plover()).isEqualTo("ACCUSE");
    assertThat(event.quadClass()).isEqualTo(3);
    assertThat(event.source()).isEqualTo("fr");
    assertThat(event.target()).isEqualTo("de");
    assertThat(event.trigger().text()).isEqualTo("condemned");
    assertThat(event.modality()).isEqualTo("asserted");
    assertThat(event.negated()).isFalse();
    assertThat(event.evidence().text()).isEqualTo("France condemned Germany.");
    assertThat(event.rule()).startsWith("verb condemn");
    assertThat(event.date()).as("no time in the text: never the publication date").isNull();
  }

  @Test
  void passiveVoiceTakesTheSourceFromTheByAgent() {
    List<Event> events = code("Germany was criticized by France.");
    assertThat(events).extracting(Event::source, Event::target).containsExactly(org.assertj.core.groups.Tuple.tuple("fr", "de"));
  }

  @Test
  void compoundActorsGiveOneEventPerPair() {
    List<Event> events = code("France and Germany praised Japan.");
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("fr", "de");
    assertThat(events).allSatisfy(e -> assertThat(e.cameo()).isEqualTo("051"));
  }

  @Test
  void modifiersCoordinatedUnderOneHeadNounEachGiveASource() {
    List<Event> events = code("French and German diplomats praised Japan.");
    assertThat(events).extracting(Event::source).containsExactlyInAnyOrder("fr", "dediplomats");
    assertThat(events).allSatisfy(e -> assertThat(e.target()).isEqualTo("jp"));
  }

  @Test
  void talksAreCodedForEachSide() {
    assertThat(code("France held talks with Germany on Monday."))
        .extracting(Event::cameo, Event::source, Event::target)
        .contains(org.assertj.core.groups.Tuple.tuple("046", "fr", "de"), org.assertj.core.groups.Tuple.tuple("046", "de", "fr"));
  }

  @Test
  void militaryExercisesWithoutAPartnerAreAShowOfForce() {
    assertThat(code("France conducted military exercises in Berlin.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("150"));
    assertThat(code("France conducted military exercises with Germany.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("062"));
  }

  @Test
  void lightVerbAndNominalConstructionsAreCoded() {
    assertThat(code("France held talks with Germany on Monday.")).filteredOn(e -> "fr".equals(e.source()))
        .singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("046");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.date()).isEqualTo("2022-03-07");
    });
    assertThat(code("The visit of France to Japan was a success.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("jp");
    });
  }

  @Test
  void negationMarksTheEventInsteadOfDroppingIt() {
    assertThat(code("France did not recognize the Northern Front.")).filteredOn(e -> e.cameo().startsWith("05"))
        .singleElement().satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("054");
          assertThat(e.negated()).isTrue();
        });
    assertThat(code("France has no plans to give diplomatic recognition to the Northern Front."))
        .filteredOn(e -> e.cameo().startsWith("05")).singleElement()
        .satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("054");
          assertThat(e.source()).isEqualTo("fr");
          assertThat(e.target()).isEqualTo("rebels");
          assertThat(e.negated()).isTrue();
        });
  }

  @Test
  void theSpeakerOfAClosingAttributionIsNeverADeepTarget() {
    assertThat(code("Japan fired a missile into the sea on Thursday, the French military said, hours after the talks."))
        .filteredOn(e -> e.cameo().startsWith("19"))
        .allSatisfy(e -> assertThat(e.target()).isNotEqualTo("fr"));
  }

  @Test
  void aNegatedCooperativeEventAlsoStatesARejection() {
    List<Event> events = code("France will not provide aid to Japan.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REJECT");
      assertThat(e.negated()).isFalse();
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("jp");
      assertThat(e.rule()).contains("negated-as-rejection");
    });
    assertThat(events).anySatisfy(e -> assertThat(e.negated()).isTrue());
    assertThat(code("France would not attack Germany.")).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("REJECT"));
    // a claim about the past record is a denial, not a refusal stated now
    List<Event> record = code("France has never provided aid to Japan.");
    assertThat(record).anySatisfy(e -> assertThat(e.negated()).isTrue());
    assertThat(record).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("REJECT"));
  }

  @Test
  void withoutANamedTargetThePlaceOrTheSourcesOwnCountryIsTheTarget() {
    assertThat(code("The Northern Front protested in Paris on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("PROTEST");
      assertThat(e.target()).isEqualTo("fr");
      assertThat(e.rule()).contains("place-target");
    });
    assertThat(code("France imposed a curfew.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("COERCE");
      assertThat(e.target()).isEqualTo("fr");
      assertThat(e.rule()).contains("domestic-target");
    });
    assertThat(code("France praised the decision.")).singleElement().satisfies(e -> assertThat(e.target()).isNull());
  }

  @Test
  void onePurposeClauseDoesNotCodeASecondEvent() {
    assertThat(code("France telephoned Germany on Monday to discuss the crisis.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("041"));
    assertThat(code("Japan rejected calls by France for talks.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("REJECT");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void announcedForceIsAThreatAndAnActWhoseDoerNoActorNamesIsNoEvent() {
    assertThat(code("France will attack Germany.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.modality()).isEqualTo("planned");
    });
    // an event needs a political source its sentence states; unnamed gunmen are none
    assertThat(code("Gunmen killed French soldiers.")).isEmpty();
  }

  @Test
  void modalityTellsPlansRequestsAndHypothesesFromFacts() {
    assertThat(code("France will visit Japan in May.")).singleElement().satisfies(e -> {
      assertThat(e.modality()).isEqualTo("planned");
      assertThat(e.date()).isEqualTo("2022-05");
    });
    assertThat(code("France is expected to visit Japan.")).singleElement()
        .satisfies(e -> assertThat(e.modality()).isEqualTo("planned"));
    assertThat(code("France would attack Germany.")).singleElement()
        .satisfies(e -> assertThat(e.modality()).isEqualTo("hypothetical"));
    List<Event> asked = code("Japan asked France to release the prisoners.");
    assertThat(asked).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(asked).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("084");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.modality()).isEqualTo("requested");
    });
    assertThat(code("Brazil said France attacked Germany.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("190");
      assertThat(e.modality()).isEqualTo("reported");
    });
  }

  @Test
  void controlVerbsCodeTheIntentAndRefusalsNegate() {
    assertThat(code("France agreed to meet Germany.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(e.target()).isEqualTo("de");
    });
    List<Event> refused = code("France refused to meet Germany.");
    assertThat(refused).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("125"));
    assertThat(refused).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("040");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void subordinateClausesYieldEventsWithTheirOwnDate() {
    List<Event> events = code("Refugees have been fleeing since the Northern Front took control on Monday.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("rebels");
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.date()).isEqualTo("2022-03-07");
      assertThat(e.dateText()).isEqualTo("on Monday");
    });
    List<Event> pledge = code("France pledged aid last year, which helped the country after the Northern Front took control on Monday.");
    assertThat(pledge).filteredOn(e -> e.source().equals("fr")).allSatisfy(e -> assertThat(e.date()).isEqualTo("2021"));
  }

  @Test
  void locationComesFromTheClauseThroughTheGazetteer() {
    assertThat(code("France met Germany in Geneva.")).singleElement().satisfies(e -> {
      assertThat(e.location().name()).isEqualTo("Geneva");
      assertThat(e.location().country()).isEqualTo("CHE");
      assertThat(e.location().lat()).isEqualTo(46.2);
    });
    assertThat(code("A French delegation will arrive in Berlin.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.location().name()).isEqualTo("Berlin");
    });
  }

  @Test
  void noEventWithoutAResolvedActorAndNoneFromRemovedText() {
    assertThat(code("The talks were held in a friendly atmosphere.")).isEmpty();
    String caption = "A photo shows France condemning Germany at the summit.";
    assertThat(code("France praised Japan.\n\n" + caption, List.of(new Removed(caption, "caption"))))
        .extracting(Event::cameo).containsExactly("051");
  }

  @Test
  void coordinatedSubjectsOfAMeetingMeetEachOther() {
    assertThat(code("France and Germany met on Monday.")).extracting(Event::source, Event::target).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("fr", "de"), org.assertj.core.groups.Tuple.tuple("de", "fr"));
  }

  @Test
  void aPronounSubjectOfAReportedClauseIsTheReporter() {
    assertThat(code("Japan said it had halted economic aid to Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("br");
      assertThat(e.plover()).isEqualTo("SANCTION");
      assertThat(e.modality()).isEqualTo("reported");
    });
  }

  @Test
  void conditionalActionsAreThreatsAndMustComplementsAreDemands() {
    assertThat(code("France will withdraw its troops from Mali unless Germany sends aid."))
        .anySatisfy(e -> {
          assertThat(e.plover()).isEqualTo("THREATEN");
          assertThat(e.source()).isEqualTo("fr");
          assertThat(e.rule()).contains("unless");
        });
    assertThat(code("Japan said that France must release the prisoners.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("1053");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void aFutureMaterialActionIsCodedAsAnIntentButAFutureVisitStaysAVisit() {
    assertThat(code("France will provide aid to Japan.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("033");
      assertThat(e.plover()).isEqualTo("AGREE");
      assertThat(e.modality()).isEqualTo("planned");
      assertThat(e.target()).isEqualTo("jp");
    });
    assertThat(code("France provided aid to Japan.")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("070"));
  }

  @Test
  void aLightVerbDoesNotTakeItsNounFromAPhraseAppendedAfterACommaButTheAdjunctMeetingIsCoded() {
    List<Event> events = code("The French president made the announcement after meeting German Chancellor Olaf Weber in Berlin, the first visit by a French leader in ten years.");
    assertThat(events).noneSatisfy(e -> assertThat(e.trigger().text()).isEqualTo("made"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("04");
      assertThat(e.trigger().text()).isEqualTo("meeting");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("weber");
    });
  }

  @Test
  void refusingToCondemnIsOneNegatedCondemnationNotAlsoARejection() {
    List<Event> events = code("Japan, which has refused to condemn the invasion, called for a ceasefire.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).startsWith("12"));
    assertThat(events).filteredOn(e -> e.cameo().startsWith("11")).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void vowingThatSomethingWillNotHappenWithoutACodableActionIsNoIntentToCooperate() {
    assertThat(code("The Northern Front vowed that the group would not stay silent."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("03"));
  }

  @Test
  void warningThatTheSpeakersOwnSideWillRespondWithForceIsAThreat() {
    List<Event> events = code("France warned that it would respond with great force to any attack.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("110"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("138");
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.source()).isEqualTo("fr");
    });
  }

  @Test
  void aParticipialAdjunctWithANamedObjectIsAnEventOfItsOwn() {
    assertThat(code("France imposed sanctions on Brazil, accusing Germany of supplying weapons.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("112");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void anActionTheSpeakersAnnounceForThemselvesIsCodedForEachOfThem() {
    List<Event> events = code("Germany and France said they would send air defence systems to Japan.");
    assertThat(events).extracting(Event::source).contains("de", "fr");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.target()).isEqualTo("jp");
      assertThat(e.cameo()).startsWith("033");
      assertThat(e.modality()).isIn("planned", "reported");
    });
  }

  @Test
  void aCrowdDemonstratingAcrossACountryIsThatCountrysPeopleProtesting() {
    assertThat(code("Thousands of people have demonstrated across Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("141");
      assertThat(e.source()).isEqualTo("br");
    });
  }

  @Test
  void supportingACountrysRightTargetsTheCountry() {
    assertThat(code("Japan supported France's right to defend itself.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("05");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void aThreatIsAimedAtTheActorItsConditionNames() {
    assertThat(code("France threatened to halt the talks unless Germany withdraws its troops.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.rule()).contains("+condition-target");
    });
    // a threatened act with a named target of its own keeps it
    assertThat(code("France threatened to attack Brazil if Germany sends troops.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.target()).isEqualTo("br");
    }).noneSatisfy(e -> assertThat(e.rule()).contains("+condition-target"));
  }

  @Test
  void anAttackByAnUnnamedMeansIsSourcedToThePlaceTheAttackIsAt() {
    assertThat(code("A car bombing near Berlin killed three French soldiers.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("fr");
      assertThat(e.rule()).contains("+attack-place-source");
    });
    // where the victims were is no attacker, and without a place the attacker stays unnamed
    assertThat(code("A car bombing killed three French soldiers.")).allSatisfy(e -> assertThat(e.source()).isNull());
    assertThat(code("Gunmen killed three French soldiers in Berlin.")).noneSatisfy(e -> assertThat(e.source()).isEqualTo("de"));
  }

  @Test
  void whatIsHandedOverIsNoTargetWhenTheReceiverIsNamed() {
    assertThat(code("France extradited Olaf Weber to Japan.")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.target()).isEqualTo("jp"));
    assertThat(code("France is ready to contribute troops to a peacekeeping force in Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("AGREE");
      assertThat(e.target()).isEqualTo("br");
    });
  }

  @Test
  void aDemandNounsThatClauseNamesItsTarget() {
    assertThat(code("France renewed the demand that Germany withdraw its troops.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("France insisted on its demands that Germany pay compensation.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void martialLawAndRefugeAreCodedFromTheirNouns() {
    assertThat(code("France is prepared to impose martial law.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("137");
      assertThat(e.source()).isEqualTo("fr");
    });
    assertThat(code("Brazil declared a state of siege in Paris.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("1724");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(code("Japan sought refuge in Germany.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void coordinatedNationalitiesOnOneResolvedGroupGiveAnActorPerSide() {
    FakeActors actors = new FakeActors()
        .actor("fr", "France", "country", "FRA", "France")
        .actor("de", "Germany", "country", "DEU", "Germany", "German")
        .actor("frgov", "French officials", "group", "FRA", "French officials");
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en",
        "German and French officials agreed to hold talks.", List.of());
    List<Event> events = new EventCoder(actors.places()).code(actors.resolve(Annotator.shared().annotate(article)));
    assertThat(events).extracting(Event::source).contains("de", "frgov");
  }

  @Test
  void aDeepTargetIsNeverTheSourcesOwnDescription() {
    assertThat(code("UN-member France is willing to send weapons to help defend Japan.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("jp");
    }).noneSatisfy(e -> assertThat(e.target()).isEqualTo("un"));
  }

  @Test
  void troopsArrivingAreDeployedAndPeacekeepersArePeacekeeping() {
    assertThat(code("French troops arrived in Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("MOBILIZE");
      assertThat(e.target()).isEqualTo("br");
    });
    assertThat(code("French peacekeeping troops arrived in Brazil.")).singleElement().satisfies(e ->
        assertThat(e.cameo()).isEqualTo("074"));
    assertThat(code("Olaf Weber arrived in Brazil.")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("042"));
  }

  @Test
  void aPassiveEngagementOrDemobilisationIsDoneByItsSubject() {
    assertThat(code("French troops were engaged in heavy clashes with German forces.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("The Northern Front fighters were demobilized in Brazil.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("RETREAT");
      assertThat(e.source()).isEqualTo("rebels");
    });
  }

  @Test
  void aNounsIngModifierTakesTheNounAsSubject() {
    assertThat(code("French police dispersed German students protesting the decision in Paris.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("PROTEST");
      assertThat(e.source()).isEqualTo("de");
    });
  }

  @Test
  void expellingAnAgencyIsASanction() {
    assertThat(code("Brazil expelled the United Nations refugee agency.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("1663");
      assertThat(e.target()).isEqualTo("un");
    });
  }

  @Test
  void aThatClauseStatingWhatIsIsAClaimNotADemand() {
    assertThat(code("France insisted that Germany faced higher taxes.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("10"));
    assertThat(code("France insisted that Germany had paid the debt.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("10"));
    assertThat(code("France demanded that Germany withdraw its troops.")).anySatisfy(e -> {
      assertThat(e.cameo()).startsWith("10");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("France insisted that Germany must pay.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("10"));
  }

  @Test
  void byOnAnActiveVerbNamesTheDoerOfItsObjectNotTheSource() {
    assertThat(code("France strongly opposed violations of the treaty by Germany.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void aWishToSeeAnotherActIsNoActOfTheOther() {
    // the wished-for act is requested: kept in the record, below the default minimum confidence
    assertThat(code("France wants to see Germany withdraw its troops.")).noneSatisfy(e -> {
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.modality()).isIn("asserted", "planned");
    });
    assertThat(code("France saw Germany withdraw its troops.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.modality()).isEqualTo("asserted");
    });
  }

  @Test
  void aComplaintTargetsWhatItIsAboutNotTheAddressee() {
    assertThat(code("France complained to the United Nations over German air raids.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("114");
      assertThat(e.target()).isEqualTo("de");
    }).noneSatisfy(e -> assertThat(e.target()).isEqualTo("un"));
    assertThat(code("France complained to the United Nations.")).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("un"));
  }

  @Test
  void precisionGuardsOnInsistingReturningHomeHelpersAndSelfRejection() {
    assertThat(code("France insisted the unrest reflected old tensions.")).isEmpty();
    assertThat(code("French refugees returned home.")).isEmpty();
    assertThat(code("France tightened the blockade of Brazil with Germany's help.")).isNotEmpty()
        .noneSatisfy(e -> assertThat(e.target()).isEqualTo("de"));
    assertThat(code("France will deny entry to France to all such individuals."))
        .noneSatisfy(e -> assertThat(e.target()).isEqualTo("fr"));
  }

  @Test
  void aDemonstrationOnADayInAPlaceIsThatPlacesPeopleProtesting() {
    assertThat(code("Up to 100 students demonstrated on Tuesday in Brazil.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("PROTEST");
      assertThat(e.source()).isEqualTo("br");
    });
  }

  @Test
  void aGroupAffiliatedWithAnActorIsThatActor() {
    assertThat(code("Militants loyal to the Northern Front attacked French soldiers.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source()).isEqualTo("rebels");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void aStatementIssuedDemandingSomethingIsItsIssuersDemand() {
    assertThat(code("France issued a statement demanding that Germany withdraw its troops.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("REQUEST");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void anAttemptMadeIsTheActNotAPlan() {
    assertThat(code("The Northern Front attempted to assassinate Olaf Weber.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.modality()).isEqualTo("asserted");
    });
    assertThat(code("The Northern Front will try to assassinate Olaf Weber."))
        .noneSatisfy(e -> assertThat(e.plover()).isEqualTo("ASSAULT"));
  }

  @Test
  void evacuatingTheWoundedIsHumanitarianAidAndCallingOffAStrikeIsAConcession() {
    assertThat(code("United Nations helicopters evacuated civilians from Brazil.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("073");
      assertThat(e.target()).isEqualTo("br");
    });
    assertThat(code("The Northern Front called off the strike.")).singleElement().satisfies(e ->
        assertThat(e.plover()).isEqualTo("CONCEDE"));
  }

  @Test
  void aConditionalHostileActIsAThreatAndAConditionalMeetingAnOffer() {
    assertThat(code("France may attack Germany if the talks fail.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
      assertThat(e.modality()).isNotEqualTo("hypothetical");
    });
    assertThat(code("France would meet Olaf Weber if he apologized.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(e.target()).isEqualTo("weber");
    });
    // the condition's own event stays hypothetical
    assertThat(code("France will leave the talks if Germany invades Brazil.")).anySatisfy(e -> {
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.modality()).isEqualTo("hypothetical");
    });
  }

  @Test
  void theOneQuotedAsSayingIsThePronounsAntecedent() {
    assertThat(code("Olaf Weber was quoted as saying he would be ready to host talks between France and Japan."))
        .anySatisfy(e -> {
          assertThat(e.plover()).isEqualTo("AGREE");
          assertThat(e.source()).isEqualTo("weber");
        });
  }

  @Test
  void withdrawingInspectorsIsASanctionAndWithdrawingTroopsADeescalation() {
    assertThat(code("The United Nations withdrew its inspectors from Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("1662");
      assertThat(e.target()).isEqualTo("br");
    });
    assertThat(code("France withdrew its troops from Brazil.")).singleElement().satisfies(e ->
        assertThat(e.plover()).isEqualTo("RETREAT"));
  }

  @Test
  void aVerbTaggedAsANounStillCodesItsClause() {
    assertThat(code("French farmers said on Friday they would blockade Paris from Monday night.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("THREATEN");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.modality()).isEqualTo("planned");
    });
  }

  @Test
  void helpingSomeoneIsAidButAPurposeClauseWithoutAnObjectIsNot() {
    assertThat(code("France helped Germany.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("070");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("France allocated more money to help with the crisis."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("070"));
  }

  @Test
  void permissionTravelAdviceAndAppreciationFollowTheCameoVerbDictionary() {
    assertThat(code("France gave permission to Germany.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("080");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("Germany advised against travel to Japan.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("160");
      assertThat(e.source()).isEqualTo("de");
      assertThat(e.target()).isEqualTo("jp");
    });
    assertThat(code("Japan expressed appreciation for Brazil's support.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("013");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("br");
    });
    assertThat(code("Japan expressed gratitude to Brazil.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("051");
      assertThat(e.target()).isEqualTo("br");
    });
  }

  @Test
  void assurancesReceivedFromAPartyAreThatPartysIntent() {
    assertThat(code("Brazil received assurances from France.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("030");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("br");
    });
  }

  @Test
  void aClaimOfResponsibilityOrSympathyIsAimedAtTheIncidentsVictimOrPlace() {
    assertThat(code("The Northern Front claimed responsibility for a bomb attack on a market in Berlin.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("015");
      assertThat(e.source()).isEqualTo("rebels");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(code("Japan expressed sorrow for the shootings in Berlin.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("018");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("de");
    });
  }

  @Test
  void theReleaseOfSomeoneNamesTheReleasedNotTheReleaser() {
    assertThat(code("Japan welcomed the release of Olaf Weber."))
        .noneSatisfy(e -> assertThat(e.source()).isEqualTo("weber"));
  }

  @Test
  void pressureFacedFromAPartyIsItsDemandAndWhatItWantsDoneIsNoFact() {
    List<Event> events = code("Germany faces pressure from France to help Japan.");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("100");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("de");
    });
    assertThat(events).noneSatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("070");
      assertThat(e.modality()).isEqualTo("asserted");
    });
  }

  @Test
  void comingIsAVisitOnlyWhenItGoesSomewhere() {
    assertThat(code("Olaf Weber came to Japan on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("042");
      assertThat(e.source()).isEqualTo("weber");
      assertThat(e.target()).isEqualTo("jp");
    });
    assertThat(code("The statement by France comes a day before Olaf Weber meets the press."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("042"));
  }

  @Test
  void anIngWordAfterAPossessiveIsAnAdjectiveNotAVisit() {
    List<Event> events = code("France refused to meet Germany's visiting Olaf Weber in Paris.");
    assertThat(events).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("042"));
    assertThat(events).anySatisfy(e -> assertThat(e.plover()).isEqualTo("REJECT"));
  }

  @Test
  void aGroupOfTroopsArrivingIsTheTroopsDeployed() {
    assertThat(code("A first batch of French peacekeeping troops arrived in Brazil.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("074");
      assertThat(e.source()).isEqualTo("fr");
      assertThat(e.target()).isEqualTo("br");
    });
  }

  @Test
  void aBareInProtestAdjunctIsNoEventOfItsOwn() {
    List<Event> events = code("French farmers began a hunger strike in protest of Germany's refusal to lift the ban.");
    assertThat(events).noneSatisfy(e -> assertThat(e.source()).isEqualTo("de"));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("PROTEST");
      assertThat(e.source()).isEqualTo("fr");
    });
  }

  @Test
  void theThatClauseOfADemandedNounIsRequestedNotStated() {
    assertThat(code("France demanded an admission by Germany that its soldiers attacked Brazil.")).anySatisfy(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.modality()).isEqualTo("requested");
    });
  }

  @Test
  void aRejectedDemandIsNotCodedAgainAsTheOtherSidesDemand() {
    List<Event> events = code("France has rejected Germany's consistent demand to sever its alliance with Brazil.");
    assertThat(events).anySatisfy(e -> assertThat(e.plover()).isEqualTo("REJECT"));
    assertThat(events).noneSatisfy(e -> assertThat(e.plover()).isEqualTo("REQUEST"));
  }
}
