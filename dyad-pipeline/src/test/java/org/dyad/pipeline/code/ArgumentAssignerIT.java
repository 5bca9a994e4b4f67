package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.code.ParsedSentences.context;
import static org.dyad.pipeline.code.ParsedSentences.token;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources and targets of triggers, over real CoreNLP parses. */
class ArgumentAssignerIT {

  private static Arguments verbArguments(String text, String trigger) {
    SentenceContext context = context(StageActors.ACTORS, text);
    int verb = token(context, trigger);
    Predicate entry = context.dictionary().verbs(context.graph().lemma(verb)).get(0);
    return context.arguments().verbArguments(verb, entry, -1);
  }

  @Test
  void theSubjectIsTheSourceAndTheObjectTheTarget() {
    Arguments arguments = verbArguments("France criticised Germany.", "criticised");
    assertThat(arguments.sources()).containsExactly("fr");
    assertThat(arguments.targets()).containsExactly("de");
    assertThat(arguments.confidence()).isEqualTo(Confidence.VERB_ENTRY);
  }

  @Test
  void thePassiveTakesItsSourceFromTheByAgent() {
    Arguments arguments = verbArguments("Germany was criticised by France.", "criticised");
    assertThat(arguments.sources()).containsExactly("fr");
    assertThat(arguments.targets()).containsExactly("de");
  }

  @Test
  void anEventNounTakesTheSubjectOfItsLightVerb() {
    SentenceContext context = context(StageActors.ACTORS, "France held talks with Japan.");
    int talks = token(context, "talks");
    Arguments arguments = context.arguments().nounArguments(talks, context.dictionary().nouns("talk").get(0));
    assertThat(arguments).isNotNull();
    assertThat(arguments.sources()).containsExactly("fr");
    assertThat(arguments.targets()).containsExactly("jp");
    assertThat(arguments.how()).contains("+light-verb hold");
  }

  @Test
  void aRequestIsAimedAtWhomItAsks() {
    SentenceContext context = context(StageActors.ACTORS, "Norway urged Japan to withdraw its troops.");
    int urged = token(context, "urged");
    Arguments arguments = context.arguments().controlArguments(urged, ControlVerb.ControlClass.REQUEST,
        token(context, "withdraw"), null);
    assertThat(arguments.sources()).containsExactly("no");
    assertThat(arguments.targets()).containsExactly("jp");
    assertThat(arguments.confidence()).isEqualTo(Confidence.CONTROL);
  }

  @Test
  void aPronounSubjectOfAReportedClauseIsTheSpeaker() {
    SentenceContext context = context(StageActors.ACTORS, "Japan said it would criticise Germany.");
    List<String> sources = context.subjects().subjectActors(token(context, "criticise"), false);
    assertThat(sources).containsExactly("jp");
  }

  @Test
  void anInfinitiveInheritsTheSubjectOfItsControlVerb() {
    SentenceContext context = context(StageActors.ACTORS, "France plans to visit Japan.");
    assertThat(context.subjects().inheritedSubject(token(context, "visit"), 0)).containsExactly("fr");
  }

  @Test
  void aPassiveKillingTakesTheSideAnAttackNounNamesNotTheTownItHappenedIn() {
    assertThat(verbArguments("Ten soldiers were killed in German tank shelling.", "killed").sources()).containsExactly("de");
    assertThat(verbArguments("Ten people were shot dead in the German capital.", "shot").sources()).isEmpty();
  }
  @Test
  void aTargetPhraseTheParserHungOnTheObjectIsStillTheVerbs() {
    // the parser attaches "with Japan" to "the delay": discussing is still with Japan
    Arguments arguments = verbArguments("France first discussed the delay with Japan at the end of August.", "discussed");
    assertThat(arguments.sources()).containsExactly("fr");
    assertThat(arguments.targets()).containsExactly("jp");
  }
}
