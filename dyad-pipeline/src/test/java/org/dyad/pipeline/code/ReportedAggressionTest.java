package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

class ReportedAggressionTest {

  private static Actor actor(String id, String kind, String country, String sector, String code) {
    return new Actor(id, id, List.of(), kind, country, sector, code, null, List.of());
  }

  private static final Actor FRANCE = actor("fr", "country", "FRA", null, "FRA");
  private static final Actor FRENCH_ARMY = actor("frmil", "group", "FRA", "MIL", "FRAMIL");
  private static final Actor FRENCH_REBELS = actor("frreb", "group", "FRA", "REB", "FRAREB");
  private static final Actor FRENCH_CIVILIANS = actor("frcvl", "group", "FRA", "CVL", "FRACVL");
  private static final Actor FRENCH_UNIT = actor("frunit", "organization", "FRA", null, null);
  private static final Actor LYON = actor("lyon", "location", "FRA", null, null);
  private static final Actor GERMANY = actor("de", "country", "DEU", null, "DEU");

  @Test
  void theAccusationFollowsTheKindOfForce() {
    assertThat(ReportedAggression.accusationCode("190")).isEqualTo("1123");
    assertThat(ReportedAggression.accusationCode("194")).isEqualTo("1123");
    assertThat(ReportedAggression.accusationCode("183")).isEqualTo("1123");
    assertThat(ReportedAggression.accusationCode("1823")).as("torture").isEqualTo("1122");
    assertThat(ReportedAggression.accusationCode("175")).as("violent repression").isEqualTo("1122");
    assertThat(ReportedAggression.accusationCode("203")).as("ethnic cleansing").isEqualTo("1124");
  }

  @Test
  void onlyForceIsReadAsAnAccusation() {
    assertThat(ReportedAggression.isForce("190")).isTrue();
    assertThat(ReportedAggression.isForce("1823")).isTrue();
    assertThat(ReportedAggression.isForce("175")).isTrue();
    assertThat(ReportedAggression.isForce("173")).as("an arrest is not force").isFalse();
    assertThat(ReportedAggression.isForce("040")).isFalse();
    assertThat(ReportedAggression.isForce(null)).isFalse();
  }

  @Test
  void theBodiesOfOneStateAreOneSideButItsRebelsAreNot() {
    assertThat(ReportedAggression.sameSide(FRANCE, FRENCH_ARMY)).isTrue();
    assertThat(ReportedAggression.sameSide(FRANCE, FRENCH_UNIT)).as("a body of unknown sector is not opposed").isTrue();
    assertThat(ReportedAggression.sameSide(FRANCE, FRENCH_REBELS)).isFalse();
    assertThat(ReportedAggression.sameSide(FRENCH_ARMY, FRENCH_REBELS)).isFalse();
    assertThat(ReportedAggression.sameSide(FRANCE, GERMANY)).isFalse();
    assertThat(ReportedAggression.sameSide(FRENCH_REBELS, FRENCH_REBELS)).isTrue();
  }

  @Test
  void aStateIsAttackedWhenItsPlacesOrPeopleAre() {
    assertThat(ReportedAggression.onVictimSide(FRANCE, LYON)).isTrue();
    assertThat(ReportedAggression.onVictimSide(FRANCE, FRENCH_CIVILIANS)).isTrue();
    assertThat(ReportedAggression.onVictimSide(FRENCH_REBELS, LYON)).as("rebels do not speak for the country's places").isFalse();
    assertThat(ReportedAggression.onVictimSide(FRANCE, GERMANY)).isFalse();
    assertThat(ReportedAggression.onVictimSide(FRANCE, null)).isFalse();
  }
}
