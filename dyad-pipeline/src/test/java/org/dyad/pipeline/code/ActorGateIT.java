package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.code.ParsedSentences.context;
import static org.dyad.pipeline.code.ParsedSentences.token;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the gate lets through before an event exists, over real CoreNLP parses. */
class ActorGateIT {

  @Test
  void anEventWithoutAnyActorIsNotAdmitted() {
    SentenceContext context = context(StageActors.ACTORS, "Officials criticised the plan.");
    int verb = token(context, "criticised");
    assertThat(context.gate().admit(verb, "111", new Arguments(List.of(), List.of(), "", 0.85), "verb criticise")).isNull();
  }

  @Test
  void violenceByAnUnnamedAttackerIsAdmittedWithItsVictim() {
    SentenceContext context = context(StageActors.ACTORS, "Gunmen attacked Norway.");
    int verb = token(context, "attacked");
    Draft draft = context.gate().admit(verb, "190", new Arguments(List.of(), List.of("no"), "", 0.85), "verb attack");
    assertThat(draft).isNotNull();
    assertThat(draft.rule).endsWith("+unnamed-source");
  }

  @Test
  void anEventAControlWordAbsorbsIsNotAdmittedOnItsOwn() {
    SentenceContext context = context(StageActors.ACTORS, "France agreed to meet Japan.");
    int meet = token(context, "meet");
    Arguments arguments = new Arguments(List.of("fr"), List.of("jp"), "", 0.85);
    assertThat(context.gate().admit(meet, "040", arguments, "verb meet")).isNull();
    assertThat(context.gate().admit(meet, "040", arguments, "control agree")).isNotNull();
  }

  @Test
  void noActorActsOnItselfUnlessItIsItsOwnHome() {
    ActorGate gate = context(StageActors.ACTORS, "France met Japan.").gate();
    assertThat(gate.pairs("fr", "fr", false)).isFalse();
    assertThat(gate.pairs("fr", "fr", true)).isTrue();
    assertThat(gate.pairs("fr", "jp", false)).isTrue();
  }

  @Test
  void talksAreReciprocalAndANegatedOfferIsARejection() {
    SentenceContext context = context(StageActors.ACTORS, "France did not provide aid to Japan.");
    ActorGate gate = context.gate();
    assertThat(gate.reciprocal("046", List.of("fr"), List.of("jp"), "jp")).isTrue();
    assertThat(gate.reciprocal("040", List.of("fr"), List.of("jp"), "jp")).isFalse();
    int provide = token(context, "provide");
    assertThat(gate.statesRejection(context.stances().stance(provide), "070", provide)).isTrue();
  }
}
