package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dyad.pipeline.code.ParsedSentences.context;
import static org.dyad.pipeline.code.ParsedSentences.token;

import org.junit.jupiter.api.Test;

/** Triggers found from the dictionary with their sense constraints, over real CoreNLP parses. */
class PredicateFinderIT {

  @Test
  void aLightVerbWithItsEntrysObjectNounIsOneEventAndTheNounIsConsumed() {
    SentenceContext context = context(StageActors.ACTORS, "France held talks with Japan.");
    context.finder().findAll();
    assertThat(context.out()).extracting(c -> c.code, c -> c.source, c -> c.target).contains(tuple("046", "fr", "jp"));
    assertThat(context.out()).allSatisfy(c -> assertThat(c.rule).startsWith("verb hold +talk"));
    assertThat(context.consumedNouns()).contains(token(context, "talks"));
  }

  @Test
  void aPromiseCodesTheControlWordRefinedByWhatIsPromised() {
    SentenceContext context = context(StageActors.ACTORS, "France agreed to send aid to Japan.");
    context.finder().findAll();
    assertThat(context.out()).extracting(c -> c.code, c -> c.source, c -> c.target).containsExactly(tuple("033", "fr", "jp"));
    assertThat(context.out().get(0).rule).startsWith("control agree (intent) + 070");
  }

  @Test
  void anEntryWithAnObjectConditionFiresOnlyWithThatObject() {
    SentenceContext context = context(StageActors.ACTORS, "Norway sent troops to Japan.");
    int sent = token(context, "sent");
    Predicate troops = context.dictionary().verbs("send").stream().filter(p -> p.objects().contains("troops")).findFirst().orElseThrow();
    Predicate aid = context.dictionary().verbs("send").stream().filter(p -> p.objects().contains("aid")).findFirst().orElseThrow();
    assertThat(context.matcher().matches(sent, troops)).isEqualTo(token(context, "troops"));
    assertThat(context.matcher().matches(sent, aid)).isNull();
  }

  @Test
  void theEntryOfTheVerbsOwnObjectBeatsAnEarlierEntryOfANounADeeperStep() {
    SentenceContext context = context(StageActors.ACTORS, "France expressed gratitude for the condolences of Japan.");
    context.finder().findAll();
    int expressed = token(context, "expressed");
    assertThat(context.out()).filteredOn(c -> c.trigger == expressed).extracting(c -> c.code).containsOnly("051");
    SentenceContext plain = context(StageActors.ACTORS, "France expressed condolences to Japan.");
    plain.finder().findAll();
    assertThat(plain.out()).extracting(c -> c.code).contains("018");
  }
}
