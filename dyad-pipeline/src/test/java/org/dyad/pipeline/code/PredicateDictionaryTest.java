package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PredicateDictionaryTest {

  @Test
  void theShippedDictionaryIsBroadAndCoversEveryRoot() {
    PredicateDictionary dictionary = PredicateDictionary.standard();
    assertThat(dictionary.size()).isGreaterThan(400);
    Set<String> roots = new HashSet<>();
    for (String lemma : new String[] {"deny", "appeal", "pledge", "visit", "praise", "cooperate", "provide", "release",
        "investigate", "demand", "condemn", "reject", "threaten", "demonstrate", "mobilize", "sever", "arrest",
        "kidnap", "attack", "massacre"}) {
      dictionary.verbs(lemma).stream().filter(p -> !p.noEvent()).forEach(p -> roots.add(p.code().substring(0, 2)));
    }
    assertThat(roots).hasSize(20);
  }

  @Test
  void lightVerbEntriesComeBeforePlainOnes() {
    PredicateDictionary dictionary = PredicateDictionary.standard();
    assertThat(dictionary.verbs("give").get(0).objects()).isNotEmpty();
    assertThat(dictionary.verbs("welcome").get(0).code()).isEqualTo("043");
    assertThat(dictionary.control("agree").controlClass()).isEqualTo(ControlVerb.ControlClass.INTENT);
    assertThat(dictionary.control("refuse").controlClass()).isEqualTo(ControlVerb.ControlClass.REFUSE);
  }

  @Test
  void readsEntriesWithOptions() throws Exception {
    PredicateDictionary dictionary = PredicateDictionary.read(new StringReader(
        "# test\nverb hold 046 obj=talk|negotiation target=obl:with\nnoun visit 042 # a visit\ncontrol plan plan\n"),
        "test.txt", CodeTables.standard());
    Predicate hold = dictionary.verbs("hold").get(0);
    assertThat(hold.objects()).containsExactlyInAnyOrder("talk", "negotiation");
    assertThat(hold.targetRelations()).containsExactly("obl:with");
    assertThat(dictionary.nouns("visit").get(0).code()).isEqualTo("042");
    assertThat(dictionary.control("plan").controlClass()).isEqualTo(ControlVerb.ControlClass.PLAN);
  }

  @Test
  void aNoEventEntryNeedsAConditionAndComesBeforeThePlainReading() throws Exception {
    PredicateDictionary dictionary = PredicateDictionary.read(new StringReader(
        "verb fight 190\nverb fight - obj=corruption|poverty\n"), "test.txt", CodeTables.standard());
    assertThat(dictionary.verbs("fight").get(0).noEvent()).isTrue();
    assertThat(dictionary.verbs("fight").get(0).objects()).contains("corruption");
    assertThat(dictionary.verbs("fight").get(1).noEvent()).isFalse();
    assertThatThrownBy(() -> PredicateDictionary.read(new StringReader("verb fight -\n"), "test.txt", CodeTables.standard()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.txt:1");
    assertThatThrownBy(() -> PredicateDictionary.read(new StringReader("noun fight - obj=corruption\n"), "test.txt",
        CodeTables.standard())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aControlWordCanHaveASeparateReadingWithAnObject() throws Exception {
    PredicateDictionary dictionary = PredicateDictionary.read(new StringReader(
        "control want plan\ncontrol want request object\ncontrol press request 10 object\n"), "test.txt", CodeTables.standard());
    assertThat(dictionary.control("want").controlClass()).isEqualTo(ControlVerb.ControlClass.PLAN);
    assertThat(dictionary.objectControl("want").controlClass()).isEqualTo(ControlVerb.ControlClass.REQUEST);
    assertThat(dictionary.objectControl("press").code()).isEqualTo("10");
    assertThat(dictionary.control("press")).isNull();
    assertThat(dictionary.objectControl("plan")).isNull();
  }

  @Test
  void aTransitiveEntryIsReadAndTriedBeforeThePlainOne() throws Exception {
    PredicateDictionary dictionary = PredicateDictionary.read(new StringReader("verb help 070\nverb help 070 transitive\n"),
        "test.txt", CodeTables.standard());
    assertThat(dictionary.verbs("help")).extracting(Predicate::transitive).containsExactly(true, false);
  }

  @Test
  void rejectsUnknownCodesOptionsAndKindsWithTheirLine() {
    assertThatThrownBy(() -> PredicateDictionary.read(new StringReader("verb meet 999\n"), "x.txt", CodeTables.standard()))
        .hasMessageContaining("x.txt:1").hasMessageContaining("not a CAMEO code");
    assertThatThrownBy(() -> PredicateDictionary.read(new StringReader("\nverb meet 040 colour=red\n"), "x.txt", CodeTables.standard()))
        .hasMessageContaining("x.txt:2").hasMessageContaining("unknown option");
    assertThatThrownBy(() -> PredicateDictionary.read(new StringReader("adverb meet 040\n"), "x.txt", CodeTables.standard()))
        .hasMessageContaining("unknown kind");
  }
}
