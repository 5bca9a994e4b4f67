package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.junit.jupiter.api.Test;

class ToponymFinderTest {

  private static final ToponymFinder FINDER = new ToponymFinder(GeoGazetteer.shared());

  @Test
  void aNewsAgencyInParenthesesIsSeenAsOne() {
    String text = "HANOI, Vietnam (AP) — The secretary spoke.";
    int ap = text.indexOf("AP");
    assertThat(ToponymFinder.parenthesised(text, ap, ap + 2)).isTrue();
    int hanoi = text.indexOf("HANOI");
    assertThat(ToponymFinder.parenthesised(text, hanoi, hanoi + 5)).isFalse();
    String spaced = "KABUL ( Reuters ) - Talks began.";
    int reuters = spaced.indexOf("Reuters");
    assertThat(ToponymFinder.parenthesised(spaced, reuters, reuters + 7)).isTrue();
  }

  /** Tagged as CoreNLP tags it: a province's other name ("Western") is no reading of an adjective before a noun. */
  @Test
  void aCapitalisedAdjectiveBeforeACommonNounIsNoPlaceByAnotherPlacesName() {
    List<String> found = find("They/PRP/O are/VBP/O one/CD/O of/IN/O the/DT/O proxy/NN/O forces/NNS/O Iran/NNP/LOCATION"
        + " uses/VBZ/O to/TO/O attack/VB/O Israeli/JJ/O ,/,/O Gulf/NNP/O Arab/NNP/O and/CC/O Western/NNP/O"
        + " interests/NNS/O ././O");
    assertThat(found).contains("Iran", "Israeli").doesNotContain("Western");
  }

  /** "Empire" is a town of California, but here only the first word of a longer name the NER runs over. */
  @Test
  void aPartOfALongerCapitalisedNameIsNoPlaceOnItsOwn() {
    List<String> found = find("Lindsey/NNP/PERSON Graham/NNP/PERSON said/VBD/O he/PRP/O would/MD/O go/VB/O to/IN/O"
        + " war/NN/O with/IN/O the/DT/O state/NN/O of/IN/O New/NNP/LOCATION York/NNP/LOCATION should/MD/O"
        + " Albany/NNP/LOCATION legislators/NNS/O pass/VB/O a/DT/O bill/NN/O to/TO/O force/VB/O some/DT/O"
        + " Empire/NNP/LOCATION State/NNP/LOCATION Chick/NNP/LOCATION -/HYPH/LOCATION fil/NNP/LOCATION"
        + " -/HYPH/LOCATION A/NNP/LOCATION 's/POS/O to/TO/O operate/VB/O ././O");
    assertThat(found).containsExactly("New York", "Albany");
    // untagged, the same: "State" belongs to the longer name, it does not ask for a state named Empire
    assertThat(find("They/PRP/O force/VBP/O some/DT/O Empire/NNP/O State/NNP/O Chick/NNP/O -/HYPH/O fil/NN/O -/HYPH/O"
        + " A/NNP/O 's/POS/O to/TO/O open/VB/O ././O")).isEmpty();
    // the head of a longer name the NER tags a place stands when it is a place by its size or asked for
    assertThat(find("Mass/NNP/O was/VBD/O said/VBN/O in/IN/O the/DT/O Manila/NNP/LOCATION Cathedral/NNP/LOCATION"
        + " ././O")).containsExactly("Manila");
  }

  @Test
  void aPartTheNerTagsAPlaceOfItsOwnOrWithADirectionOrDivisionWordStands() {
    assertThat(find("Chicago/NNP/LOCATION Mayor/NNP/O Lori/NNP/PERSON Lightfoot/NNP/PERSON spoke/VBD/O ././O"))
        .containsExactly("Chicago");
    assertThat(find("Fighting/NN/O went/VBD/O on/IN/O in/IN/O Northern/NNP/LOCATION Idlib/NNP/LOCATION ././O"))
        .hasSize(1).allMatch(name -> name.endsWith("Idlib"));
    assertThat(ToponymFinder.part(tokens("in/IN/O Idlib/NNP/LOCATION Province/NNP/LOCATION ././O"), 1, 2))
        .isEqualTo(ToponymFinder.Part.WHOLE);
    assertThat(ToponymFinder.part(tokens("the/DT/O Raritan/NNP/LOCATION River/NNP/LOCATION ././O"), 2, 3))
        .isEqualTo(ToponymFinder.Part.TAIL);
    assertThat(ToponymFinder.part(tokens("the/DT/O Raritan/NNP/LOCATION River/NNP/LOCATION ././O"), 1, 2))
        .isEqualTo(ToponymFinder.Part.HEAD);
    // a capitalised first word of a sentence that is no proper noun does not join the run
    assertThat(ToponymFinder.part(tokens("Yesterday/NN/O Empire/NNP/O voted/VBD/O ././O"), 1, 2))
        .isEqualTo(ToponymFinder.Part.WHOLE);
    assertThat(find("Fire/NN/O crews/NNS/O came/VBD/O from/IN/O the/DT/O Colchester/NNP/LOCATION"
        + " General/NNP/LOCATION Hospital/NNP/LOCATION ././O")).doesNotContain("Hospital", "General Hospital");
    // a head that is only another name of a place (of New Brunswick, New Jersey) is no place either
    assertThat(find("an/DT/O embankment/NN/O overlooking/VBG/O the/DT/O River/NNP/LOCATION Lagan/NNP/LOCATION ././O"))
        .doesNotContain("River");
  }

  /** "and" asks for a place only when what it joins the name to is one. */
  @Test
  void andAsksForAPlaceOnlyAfterAPlace() {
    assertThat(find("Troops/NNS/O moved/VBD/O through/IN/O Chicago/NNP/LOCATION and/CC/O Empire/NNP/O ././O"))
        .containsExactly("Chicago", "Empire");
    assertThat(find("It/PRP/O hurt/VBD/O the/DT/O poor/JJ/O and/CC/O Empire/NNP/O ././O")).isEmpty();
  }

  /** An untagged name before a common noun qualifies it: the word before asks for the noun ("in Empire factories"). */
  @Test
  void aWordBeforeAModifierAsksForTheNounNotTheName() {
    assertThat(find("Jobs/NNS/O were/VBD/O lost/VBN/O in/IN/O Empire/NNP/O ././O")).containsExactly("Empire");
    assertThat(find("Jobs/NNS/O were/VBD/O lost/VBN/O in/IN/O Empire/NNP/O factories/NNS/O ././O")).isEmpty();
    // a division word after the name is the cue itself, not a noun it qualifies
    assertThat(find("Jobs/NNS/O were/VBD/O lost/VBN/O in/IN/O Empire/NNP/O town/NN/O ././O"))
        .containsExactly("Empire");
  }

  /** The toponyms found in one sentence written as space-separated word/POS/NER triples. */
  private static List<String> find(String tagged) {
    List<Token> tokens = tokens(tagged);
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      while (text.length() < t.start()) {
        text.append(' ');
      }
      text.append(t.text());
    }
    Article article = new Article("test", null, null, List.of(), null, null, "en", text.toString(), List.of());
    Sentence sentence = new Sentence(0, 0, text.length(), tokens, List.of());
    List<String> out = new ArrayList<>();
    for (ToponymMention m : FINDER.find(new AnnotatedArticle(article, List.of(sentence)))) {
      out.add(m.text());
    }
    return out;
  }

  private static List<Token> tokens(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String triple : tagged.split(" ")) {
      int second = triple.lastIndexOf('/');
      int first = triple.lastIndexOf('/', second - 1);
      String word = triple.substring(0, first);
      tokens.add(new Token(tokens.size(), word, at, at + word.length(), triple.substring(first + 1, second), word,
          triple.substring(second + 1)));
      at += word.length() + 1;
    }
    return tokens;
  }
}
