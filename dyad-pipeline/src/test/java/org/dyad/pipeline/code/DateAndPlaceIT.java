package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.code.ParsedSentences.context;
import static org.dyad.pipeline.code.ParsedSentences.token;

import java.util.List;
import org.dyad.model.Location;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** The date and place stages, over real CoreNLP parses. */
class DateAndPlaceIT {

  private static TimeExpression date(String text, String trigger) {
    SentenceContext context = context(StageActors.ACTORS, text);
    int at = token(context, trigger);
    return context.dates().date(context.stances().stance(at).clauseHead(), at);
  }

  @Test
  void theDateOfTheEventsOwnClauseComesBeforeAnyOther() {
    TimeExpression date = date("Norway said on Friday that France had criticised Germany on Monday.", "criticised");
    assertThat(date).isNotNull();
    assertThat(date.value()).isEqualTo("2022-03-07");
  }

  @Test
  void aGoverningClauseDatesAnEventWithoutATimeOfItsOwn() {
    TimeExpression date = date("Norway said on Friday that France had criticised Germany.", "criticised");
    assertThat(date).isNotNull();
    assertThat(date.value()).isEqualTo("2022-03-11");
  }

  @Test
  void aTimeAfterSinceDatesNothing() {
    assertThat(date("France has criticised Germany since 2015.", "criticised")).isNull();
  }

  @Test
  void theGazetteerPlacesAMeetingWhereItHappens() {
    SentenceContext context = context(StageActors.ACTORS, "France met Japan in Geneva.");
    Location location = context.places().location(token(context, "met"), "040");
    assertThat(location).isNotNull();
    assertThat(location.name()).isEqualTo("Geneva");
    assertThat(location.country()).isEqualTo("CHE");
  }

  @Test
  void aPlaceThatIsGoneToStandsForItsCountry() {
    SentenceContext context = context(StageActors.ACTORS, "France arrived in Geneva.");
    assertThat(context.places().placeTargets(token(context, "arrived"))).isEqualTo(List.of("ch"));
    assertThat(context.places().placeTarget(token(context, "arrived"), List.of("fr"))).isEqualTo("ch");
    assertThat(context.places().placeTarget(token(context, "arrived"), List.of("ch"))).as("not the source itself").isNull();
  }
}
