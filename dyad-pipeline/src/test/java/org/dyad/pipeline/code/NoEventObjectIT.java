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
      .time("on Monday", "2022-03-07");

  private static List<Event> code(String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    return new EventCoder(ACTORS.places()).code(ACTORS.resolve(Annotator.shared().annotate(article)));
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
      assertThat(e.cameo()).isEqualTo("120");
      assertThat(e.source()).isEqualTo("mfa");
      assertThat(e.target()).isNull();
    });
    assertThat(code("The Malian foreign ministry rejected the plan on Monday, Mali said.")).singleElement()
        .satisfies(e -> assertThat(e.target()).isEqualTo("ml"));
  }
}
