package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which entries apply at a word, over hand-written parses. */
class PredicateMatcherTest {

  private static final FakeActors NO_ACTORS = new FakeActors();

  @Test
  void anInfinitiveOfAPlainNounStatesNoEventButOneOfAControlNounDoes() {
    HandParse right = HandParse.of("the/DT right/NN to/TO criticise/VB/criticise", "det 1 0", "root -1 1", "mark 3 2", "acl:to 1 3");
    assertThat(right.context(NO_ACTORS).matcher().infinitiveOfPlainNoun(3)).isTrue();
    HandParse plan = HandParse.of("the/DT plan/NN to/TO criticise/VB/criticise", "det 1 0", "root -1 1", "mark 3 2", "acl:to 1 3");
    assertThat(plan.context(NO_ACTORS).matcher().infinitiveOfPlainNoun(3)).as("plan is a control noun").isFalse();
  }

  @Test
  void aPassiveEntryMatchesOnlyThePassiveAndAPrepositionEntryOnlyWithItsOblique() {
    HandParse agreed = HandParse.of("France/NNP agreed/VBD/agree with/IN Japan/NNP",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl:with 1 3");
    SentenceContext context = agreed.context(NO_ACTORS);
    Predicate with = context.dictionary().verbs("agree").stream().filter(p -> "with".equals(p.preposition())).findFirst().orElseThrow();
    Predicate on = context.dictionary().verbs("agree").stream().filter(p -> "on".equals(p.preposition())).findFirst().orElseThrow();
    assertThat(context.matcher().matches(1, with)).isEqualTo(-1);
    assertThat(context.matcher().matches(1, on)).isNull();
  }

  @Test
  void aBareInProtestPhraseSaysWhyNotWhat() {
    HandParse parse = HandParse.of("workers/NNS/worker struck/VBD/strike in/IN protest/NN",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl:in 1 3");
    assertThat(parse.context(NO_ACTORS).matcher().mannerAdjunct(3)).isTrue();
  }
}
