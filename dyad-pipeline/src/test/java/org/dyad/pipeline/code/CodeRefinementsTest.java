package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes refined by the words around the trigger, over hand-written parses. */
class CodeRefinementsTest {

  private static final FakeActors NO_ACTORS = new FakeActors();

  @Test
  void anAdjectiveOnTheObjectNounRefinesAid() {
    HandParse parse = HandParse.of("Norway/NNP sent/VBD/send humanitarian/JJ aid/NN",
        "nsubj 1 0", "root -1 1", "amod 3 2", "obj 1 3");
    CodeRefinements refinements = parse.context(NO_ACTORS).refinements();
    assertThat(refinements.refine("070", 3)).isEqualTo("073");
    assertThat(refinements.refine("033", 3)).isEqualTo("0333");
    assertThat(refinements.refine("033", -1)).as("no object noun").isEqualTo("033");
  }

  @Test
  void troopsArrivingAreDeployedNotVisitingAndGoingHomeIsNoVisit() {
    HandParse troops = HandParse.of("Troops/NNS/troop arrived/VBD/arrive", "nsubj 1 0", "root -1 1");
    assertThat(troops.context(NO_ACTORS).refinements().troopMovement(1, "042")).isEqualTo("154");
    HandParse home = HandParse.of("Refugees/NNS/refugee returned/VBD/return home/RB", "nsubj 1 0", "root -1 1", "advmod 1 2");
    assertThat(home.context(NO_ACTORS).refinements().troopMovement(1, "042")).isNull();
  }

  @Test
  void deployedPeacekeepersArePeacekeeping() {
    HandParse parse = HandParse.of("Peacekeepers/NNS/peacekeeper deployed/VBD/deploy", "nsubj 1 0", "root -1 1");
    assertThat(parse.context(NO_ACTORS).refinements().peacekeeping("154", 1, -1)).isEqualTo("074");
    assertThat(parse.context(NO_ACTORS).refinements().peacekeeping("042", 1, -1)).isEqualTo("042");
  }
}
