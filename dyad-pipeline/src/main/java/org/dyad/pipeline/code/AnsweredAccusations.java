package org.dyad.pipeline.code;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dyad.model.Actor;

/**
 * A denial answers an accusation made before it: "Russia accused US forces of ... . The Pentagon
 * rejected these accusations." The denial (016) names no one, but it is against whoever made the
 * accusation. A document-level stage over the coded candidates: a denial without a target takes
 * as its target the source of the nearest earlier criticism or accusation (root 11) in the same
 * sentence or the two before, whose target is the denier (the same actor, or one with the same
 * actor code: "US forces" and "the Pentagon" are both USAMIL).
 */
final class AnsweredAccusations {

  /** How many sentences back an accusation is still what a denial answers. */
  static final int REACH = 2;

  private AnsweredAccusations() {}

  static void link(List<Candidate> candidates, Function<String, Actor> actors) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate denial = candidates.get(i);
      if (!denial.code.startsWith("016") || denial.target != null || denial.source == null) {
        continue;
      }
      Candidate answered = null;
      for (int j = i - 1; j >= 0; j--) {
        Candidate accusation = candidates.get(j);
        if (accusation.sentence < denial.sentence - REACH || answered != null && accusation.sentence < answered.sentence) {
          break;
        }
        if (accusation.code.startsWith("11") && accusation.source != null && accusation.target != null
            && !accusation.source.equals(denial.source) && sameActor(accusation.target, denial.source, actors)) {
          answered = accusation; // the first accuser of the nearest sentence that accuses ("Russia and Syria accused")
        }
      }
      if (answered != null) {
        denial.target = answered.source;
        denial.rule = denial.rule + " +answered-accuser";
      }
    }
  }

  private static boolean sameActor(String a, String b, Function<String, Actor> actors) {
    if (a.equals(b)) {
      return true;
    }
    Actor x = actors.apply(a);
    Actor y = actors.apply(b);
    return x != null && y != null && x.code() != null && Objects.equals(x.code(), y.code());
  }
}
