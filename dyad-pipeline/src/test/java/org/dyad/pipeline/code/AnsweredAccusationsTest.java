package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

class AnsweredAccusationsTest {

  private static final Map<String, Actor> ACTORS = Map.of(
      "ru", actor("ru", "RUS"), "sy", actor("sy", "SYR"), "usforces", actor("usforces", "USAMIL"),
      "pentagon", actor("pentagon", "USAMIL"), "fr", actor("fr", "FRA"));

  private static Actor actor(String id, String code) {
    return new Actor(id, id, List.of(), "group", code.substring(0, 3), null, code, null, List.of());
  }

  private static Candidate candidate(int sentence, String code, String source, String target) {
    Candidate c = new Candidate();
    c.sentence = sentence;
    c.code = code;
    c.source = source;
    c.target = target;
    c.rule = "verb";
    return c;
  }

  @Test
  void aDenialIsAgainstTheFirstAccuserOfTheNearestAccusation() {
    Candidate denial = candidate(3, "016", "pentagon", null);
    List<Candidate> all = List.of(candidate(1, "112", "fr", "usforces"), candidate(2, "112", "ru", "usforces"),
        candidate(2, "112", "sy", "usforces"), denial);
    AnsweredAccusations.link(all, ACTORS::get);
    assertThat(denial.target).isEqualTo("ru");
    assertThat(denial.rule).endsWith("+answered-accuser");
  }

  @Test
  void anAccusationOfSomeoneElseOrTooFarBackIsNotAnswered() {
    Candidate denial = candidate(5, "016", "pentagon", null);
    AnsweredAccusations.link(List.of(candidate(1, "112", "ru", "usforces"), candidate(4, "111", "sy", "fr"), denial),
        ACTORS::get);
    assertThat(denial.target).isNull();
  }

  @Test
  void aDenialThatNamesItsTargetKeepsIt() {
    Candidate denial = candidate(2, "016", "pentagon", "sy");
    AnsweredAccusations.link(List.of(candidate(1, "112", "ru", "pentagon"), denial), ACTORS::get);
    assertThat(denial.target).isEqualTo("sy");
  }
}
