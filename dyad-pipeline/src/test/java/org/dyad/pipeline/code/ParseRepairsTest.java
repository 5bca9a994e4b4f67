package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The misparses the coder works around, written out as the parser produces them. */
class ParseRepairsTest {

  private static ParseRepairs repairs(HandParse parse) {
    return new ParseRepairs(parse.graph(), PredicateDictionary.standard(), Lexicon.standard());
  }

  @Test
  void aPronounObjectOfASpeechVerbBeforeAnAuxiliaryClauseIsThatClausesSubject() {
    // "The ministry said it will send doctors", parsed with "it" as the object of "said"
    HandParse parse = HandParse.of("The/DT ministry/NN said/VBD/say it/PRP will/MD send/VB doctors/NNS",
        "det 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "dep 2 5", "aux 5 4", "obj 5 6");
    assertThat(repairs(parse).pronounObjectAsSubject(2, 5)).isTrue();
    HandParse withSubject = HandParse.of("The/DT ministry/NN said/VBD/say it/PRP will/MD send/VB doctors/NNS",
        "det 1 0", "nsubj 2 1", "root -1 2", "obj 2 3", "dep 2 5", "aux 5 4", "obj 5 6", "nsubj 5 3");
    assertThat(repairs(withSubject).pronounObjectAsSubject(2, 5)).as("the clause has its own subject").isFalse();
  }

  @Test
  void aSpeechVerbWithARelativePronounSubjectBelongsToTheSpeakerAbove() {
    // "Lindqvist said Norway faced a dispute that warned ...": "warned" hung in the relative clause
    HandParse parse = HandParse.of("Lindqvist/NNP said/VBD/say Norway/NNP faced/VBD/face a/DT dispute/NN that/WDT warned/VBD/warn",
        "nsubj 1 0", "root -1 1", "ccomp 1 3", "nsubj 3 2", "det 5 4", "obj 3 5", "acl:relcl 5 7", "nsubj 7 6");
    assertThat(repairs(parse).misattachedSpeaker(7)).isEqualTo(1);
    assertThat(repairs(parse).misattachedSpeaker(3)).as("a named subject is no misparse").isEqualTo(-1);
  }

  @Test
  void aCommonNounWithSubjectAuxiliaryAndAVerbEntryIsAMistaggedVerb() {
    HandParse parse = HandParse.of("They/PRP would/MD blockade/NN the/DT port/NN",
        "nsubj 2 0", "aux 2 1", "root -1 2", "det 4 3", "obj 2 4");
    assertThat(repairs(parse).mistaggedVerb(2)).isTrue();
    assertThat(repairs(parse).mistaggedVerb(4)).isFalse();
  }

  @Test
  void aSpeechVerbParsedAsTheClausalSubjectOfAPassiveReportsIt() {
    // "Norway said a drone was fired at it": csubj:pass(fired, said), the drone as the object of "said"
    HandParse parse = HandParse.of("Norway/NNP said/VBD/say a/DT drone/NN was/VBD/be fired/VBN/fire",
        "nsubj 1 0", "csubj:pass 5 1", "det 3 2", "obj 1 3", "aux:pass 5 4", "root -1 5");
    assertThat(ParseRepairs.misparsedSpeech(parse.graph(), 5, Lexicon.standard().speechVerbs())).isEqualTo(1);
  }

  @Test
  void theSubjectOfAnUnmarkedComplementClauseAfterTheVerbIsItsMisreadObject() {
    // "Prosecutors issued warrants sought over the fraud": "warrants" read as the subject of "sought"
    HandParse parse = HandParse.of("Prosecutors/NNS/prosecutor issued/VBD/issue warrants/NNS/warrant sought/VBN/seek",
        "nsubj 1 0", "root -1 1", "ccomp 1 3", "nsubj 3 2");
    assertThat(repairs(parse).misparsedObject(1, null)).isEqualTo(2);
    assertThat(repairs(parse).misparsedObject(1, java.util.Set.of("summons"))).as("not one of the lemmas").isNull();
  }

  @Test
  void aBareParticipleUnderAModifierIsAReducedPassive() {
    // "freed the mayor, a member of the party jailed last year": "jailed" is said of the member
    HandParse parse = HandParse.of("member/NN of/IN party/NN jailed/VBN/jail",
        "root -1 0", "case 2 1", "nmod:of 0 2", "acl 0 3");
    assertThat(repairs(parse).bareParticiple(3)).isTrue();
  }
}
