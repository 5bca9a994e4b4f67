package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Verbs of events whose object makes them no event ("fight corruption", "release the data"),
 * trade bans that are embargoes, and rejections of what someone else said, on real CoreNLP parses
 * of made-up sentences.
 */
class NoEventObjectIT {

  private static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese", "Tokyo")
      .actor("ml", "Mali", "country", "MLI", "Mali", "Malian")
      .actor("mfa", "Malian foreign ministry", "organization", "MLI", "Malian foreign ministry")
      .actor("front", "Northern Front", "group", "MLI", "Northern Front")
      .actor("sato", "Taro Sato", "person", "JPN", "Taro Sato", "Sato")
      .actor("au", "African Union", "organization", null, "African Union")
      .actor("us", "United States", "country", "USA", "United States", "U.S.")
      .actor("gaza", "Gaza", "location", "PSE", "Gaza")
      .time("on Monday", "2022-03-07");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
  }

  @Test
  void fundingNeedsSomeoneFunded() {
    assertThat(code("The research project was partly funded by France.")).isEmpty();
    assertThat(code("France funded Mali on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("071");
      assertThat(e.target()).isEqualTo("ml");
    });
  }

  @Test
  void aBanOnExportsIsAnEmbargoNotABanOnAParty() {
    assertThat(code("Japan banned exports of chips to France on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(e.source()).isEqualTo("jp");
      assertThat(e.target()).isEqualTo("fr");
    });
    assertThat(code("France imposed restrictions on exports of chips to Japan.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(e.target()).isEqualTo("jp");
    });
    assertThat(code("Mali banned the Northern Front on Monday.")).singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("1722"));
  }

  @Test
  void withdrawingAnOfferIsNoRetreatButWithdrawingTroopsOrAnEnvoyIs() {
    assertThat(code("Japan withdrew its offer for the French bank on Monday.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("08"));
    assertThat(code("Japan withdrew its troops from Mali on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("0872");
      assertThat(e.target()).isEqualTo("ml");
    });
    assertThat(code("Japan withdrew its ambassador from France on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("161");
      assertThat(e.target()).isEqualTo("fr");
    });
  }

  @Test
  void fightingCorruptionIsNoArmedClash() {
    assertThat(code("Mali says it is fighting corruption.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("19"));
    assertThat(code("Mali is fighting the Northern Front.")).anySatisfy(e -> assertThat(e.cameo()).startsWith("19"));
  }

  @Test
  void askingToReleaseDataIsAPlainAppealNotAnAppealToReleasePeople() {
    assertThat(code("France called on Mali to release the full voting data.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("020");
      assertThat(e.target()).isEqualTo("ml");
    });
    assertThat(code("France called on Mali to release the French prisoners.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("0253"));
  }

  @Test
  void protectingItsInterestsIsNoMilitaryProtection() {
    assertThat(code("Japan said it would take necessary measures to protect its interests."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("07"));
  }

  @Test
  void askingAnArmyBackToBarracksIsNoAppealToMeet() {
    assertThat(code("France called on the Northern Front to return to its barracks.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("020");
      assertThat(e.target()).isEqualTo("front");
    });
  }

  @Test
  void rejectingCriticismHasNoTargetRatherThanTheRejectersOwnCountry() {
    assertThat(code("The Malian foreign ministry rejected the criticism on Monday, Mali said.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("016"); // rejecting criticism denies it (the codebook's 016), no rejection of a proposal
      assertThat(e.source()).isEqualTo("mfa");
      assertThat(e.target()).isNull();
    });
    assertThat(code("The Malian foreign ministry rejected the plan on Monday, Mali said.")).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("ml"));
  }

  @Test
  void troopsThatAreStationedSomewhereAreNoMobilization() {
    assertThat(code("About 400 French troops are stationed in Mali.")).isEmpty();
    assertThat(code("France has stationed troops in Mali.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("154"));
  }

  @Test
  void houseArrestBlacklistsAndSuspensionFromABlocAreCoded() {
    assertThat(code("The Northern Front placed Taro Sato under house arrest.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("173");
      assertThat(e.target()).isEqualTo("sato");
    });
    assertThat(code("The African Union suspended Mali from all its activities.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("160");
      assertThat(e.source()).isEqualTo("au");
      assertThat(e.target()).isEqualTo("ml");
    });
    assertThat(code("France added 140 Japanese companies to a trade blacklist.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("163");
      assertThat(e.source()).isEqualTo("fr");
    });
  }

  @Test
  void heOpeningASentenceIsThePersonWhoActedInThePreviousOne() {
    assertThat(code("Taro Sato welcomed the freed prisoners on Monday. He praised France for its help."))
        .filteredOn(e -> e.trigger().text().equals("praised")).singleElement().satisfies(e -> {
          assertThat(e.source()).isEqualTo("sato");
          assertThat(e.target()).isEqualTo("fr");
        });
    assertThat(code("\"We are glad,\" Taro Sato said on Monday. He praised France for its help."))
        .filteredOn(e -> e.trigger().text().equals("praised")).singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("sato"));
  }

  @Test
  void freeingAConvictedMurdererTakesNoHomeCountryAsTarget() {
    assertThat(code("Japan said the decision to free a convicted murderer had not been easy."))
        .allSatisfy(e -> assertThat(e.target()).isNull());
  }

  @Test
  void aPledgeNotAnnouncedIsNegatedAndNoRefusal() {
    assertThat(code("The United States did not announce a new pledge on Monday.")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).startsWith("03");
      assertThat(e.negated()).isTrue();
    });
    assertThat(code("The United States announced a new pledge on Monday.")).singleElement()
        .satisfies(e -> assertThat(e.negated()).isFalse());
  }

  @Test
  void aPlaceDeepInAVerbalActIsWhatIsTalkedAboutNotTheTarget() {
    assertThat(code("Taro Sato accused Western countries of hypocrisy over their silence on Gaza."))
        .allSatisfy(e -> assertThat(e.target()).isNotEqualTo("gaza"));
  }
  @Test
  void aNounModifyingAnObliqueDoesNotMakeTheVerbsSense() {
    // "asylum seekers" misread as an oblique of "sought": the compound "asylum" is no object of seeking
    assertThat(code("As well as deporting asylum seekers to Mali, the Malian foreign ministry has sought to manage "
        + "the number of people arriving by boat.")).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("0233"));
    assertThat(code("Taro Sato sought asylum in France on Monday.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("0233"));
  }
  @Test
  void aReleaseOrProtectionNeedsPeopleAsItsObject() {
    assertThat(code("In France, chemicals have reportedly been released from machines to encourage gambling."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("08"));
    assertThat(code("The civilians imprisoned for acting against Japan were released yesterday by France."))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("084"));
    assertThat(code("France released the hostages on Monday.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("084"));
    assertThat(code("A French warship has been carrying out patrols since October to protect Japanese seaborne trade."))
        .noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("074"));
    assertThat(code("French troops protected civilians in Mali on Monday.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("074"));
  }

  @Test
  void withdrawingAVoteIsNoRetreat() {
    assertThat(code("Taro Sato made a failed attempt to withdraw his vote on Monday."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("035"))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("087"));
  }
  @Test
  void aCallIsAnAppealOnlyWithWhatItCallsForAndAPhoneCallIsADiscussion() {
    assertThat(code("Japan said the call was taken in furtherance of its duty to France.")).noneSatisfy(e -> assertThat(e.cameo()).startsWith("02"));
    assertThat(code("Japan issued a call for calm in Mali on Monday.")).anySatisfy(e -> assertThat(e.cameo()).isEqualTo("020"));
    assertThat(code("Japan made a phone call to France on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("041");
      assertThat(e.target()).isEqualTo("fr");
    });
  }
  @Test
  void aSiegeImposedOnAPlaceIsABlockadeNotMartialLaw() {
    assertThat(code("France has imposed a full siege on Mali on Monday.")).anySatisfy(e -> {
      assertThat(e.cameo()).isEqualTo("191");
      assertThat(e.target()).isEqualTo("ml");
    });
  }
  @Test
  void aRequestToAPrivatePartyIsNoAppeal() {
    assertThat(code("Japan will invite architects to submit plans for a redesign of the building."))
        .noneSatisfy(e -> assertThat(e.cameo()).startsWith("02"));
    assertThat(code("Japan urged residents to leave the area on Monday."))
        .anySatisfy(e -> assertThat(e.cameo()).startsWith("02"));
  }
}
