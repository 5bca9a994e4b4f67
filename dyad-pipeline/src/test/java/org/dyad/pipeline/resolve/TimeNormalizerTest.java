package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {

  private static final LocalDate FRIDAY = LocalDate.of(2021, 10, 15);

  private final TimeNormalizer normalizer = new TimeNormalizer();

  @Test
  void pastTenseWeekdayIsTheLatestOnOrBeforeTheAnchorAndSpanHasNoPreposition() {
    // On Thursday , the spokeswoman said .
    AnnotatedArticle article = parsed("On Thursday , the spokeswoman said .",
        "IN NNP , DT NN VBD .",
        "case 1 0", "obl 5 1", "punct 5 2", "det 4 3", "nsubj 5 4", "root -1 5", "punct 5 6");
    assertThat(normalizer.find(article, FRIDAY))
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::start, TimeExpression::end)
        .containsExactly(tuple("Thursday", "2021-10-14", 3, 11));
  }

  @Test
  void futureTenseWeekdayIsTheNextOne() {
    AnnotatedArticle article = parsed("The delegation will arrive on Thursday .",
        "DT NN MD VB IN NNP .",
        "det 1 0", "nsubj 3 1", "aux 3 2", "root -1 3", "case 5 4", "obl 3 5", "punct 3 6");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-10-21");
  }

  @Test
  void isDueToMakesAYearlessDateFuture() {
    // published after October 20: only a future reading moves it to next year
    AnnotatedArticle article = parsed("The talks are due to take place on October 20 .",
        "DT NNS VBP JJ TO VB NN IN NNP CD .",
        "det 1 0", "nsubj 3 1", "cop 3 2", "root -1 3", "mark 5 4", "xcomp 3 5", "obj 5 6",
        "case 8 7", "obl 5 8", "nummod 8 9", "punct 3 10");
    List<TimeExpression> times = normalizer.find(article, LocalDate.of(2021, 10, 25));
    assertThat(times).extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("October 20", "2022-10-20"));
  }

  @Test
  void presentTenseWithADateIsASchedule() {
    AnnotatedArticle article = parsed("The vote is on Tuesday .", "DT NN VBZ IN NNP .",
        "det 1 0", "nsubj 4 1", "cop 4 2", "case 4 3", "root -1 4", "punct 4 5");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-10-19");
    AnnotatedArticle reporting = parsed("Russia says on Tuesday it agrees .", "NNP VBZ=say IN NNP PRP VBZ=agree .",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "nsubj 5 4", "ccomp 1 5", "punct 1 6");
    assertThat(values(normalizer.find(reporting, FRIDAY))).containsExactly("2021-10-12");
  }

  @Test
  void participleWithoutAuxiliaryIsDoneUnlessItPlans() {
    AnnotatedArticle released = parsed("Data released on Tuesday shows growth .", "NNS VBN IN NNP VBZ NN .",
        "nsubj 4 0", "acl 0 1", "case 3 2", "obl 1 3", "root -1 4", "obj 4 5", "punct 4 6");
    assertThat(values(normalizer.find(released, FRIDAY))).containsExactly("2021-10-12");
    AnnotatedArticle scheduled = parsed("Talks scheduled for Tuesday were cancelled .", "NNS VBN IN NNP VBD VBN .",
        "nsubj:pass 5 0", "acl 0 1", "case 3 2", "obl 1 3", "aux:pass 5 4", "root -1 5", "punct 5 6");
    assertThat(values(normalizer.find(scheduled, FRIDAY))).containsExactly("2021-10-19");
  }

  @Test
  void aDateModifyingANounIsTheNearestWhateverThePastVerbSays() {
    // published on Tuesday 6 June 2023: the election she is a candidate in lies ahead
    AnnotatedArticle election = parsed("She said she was a candidate in October 's election .",
        "PRP VBD PRP VBD DT NN IN NNP POS NN .",
        "nsubj 1 0", "root -1 1", "nsubj 5 2", "cop 5 3", "det 5 4", "ccomp 1 5", "case 9 6", "nmod:poss 9 7",
        "case 7 8", "nmod:in 5 9", "punct 1 10");
    assertThat(values(normalizer.find(election, LocalDate.of(2023, 6, 6)))).containsExactly("2023-10");
    // published on Thursday: Monday's earthquake is three days back, not four ahead
    AnnotatedArticle quake = parsed("The toll from Monday 's earthquake rose .", "DT NN IN NNP POS NN VBD .",
        "det 1 0", "nsubj 6 1", "case 5 2", "nmod:poss 5 3", "case 3 4", "nmod:from 1 5", "root -1 6", "punct 6 7");
    assertThat(values(normalizer.find(quake, LocalDate.of(2023, 2, 9)))).containsExactly("2023-02-06");
    // a future verb still puts the noun's date ahead: Friday's summit seen from a Friday is next week's
    AnnotatedArticle summit = parsed("Leaders will attend Friday 's summit .", "NNS MD VB NNP POS NN .",
        "nsubj 2 0", "aux 2 1", "root -1 2", "nmod:poss 5 3", "case 3 4", "obj 2 5", "punct 2 6");
    assertThat(values(normalizer.find(summit, FRIDAY))).containsExactly("2021-10-15");
  }

  @Test
  void aNounThatIsTheVerbsSubjectOrObjectTakesTheVerbsTense() {
    // published on Saturday 11 February 2023: the earthquake that killed is last Monday's, though
    // the coming Monday is nearer
    AnnotatedArticle quake = parsed("Monday 's earthquake killed 50 people .", "NNP POS NN VBD CD NNS .",
        "nmod:poss 2 0", "case 0 1", "nsubj 3 2", "root -1 3", "nummod 5 4", "obj 3 5", "punct 3 6");
    assertThat(values(normalizer.find(quake, LocalDate.of(2023, 2, 11)))).containsExactly("2023-02-06");
    AnnotatedArticle attended = parsed("She attended Monday 's summit .", "PRP VBD NNP POS NN .",
        "nsubj 1 0", "root -1 1", "nmod:poss 4 2", "case 2 3", "obj 1 4", "punct 1 5");
    assertThat(values(normalizer.find(attended, LocalDate.of(2023, 2, 11)))).containsExactly("2023-02-06");
  }

  @Test
  void aDateOnTheVerbStillFollowsItsTense() {
    // the same month on the verb itself: a past verb keeps October in the past
    AnnotatedArticle article = parsed("She won in October .", "PRP VBD IN NNP .",
        "nsubj 1 0", "root -1 1", "case 3 2", "obl 1 3", "punct 1 4");
    assertThat(values(normalizer.find(article, LocalDate.of(2023, 6, 6)))).containsExactly("2022-10");
  }

  @Test
  void sinceMakesTheTimePast() {
    AnnotatedArticle article = tagged("Prices are up since March .", "NNS VBP RB IN NNP .");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-03");
  }

  @Test
  void pastParticipleWithHaveIsPast() {
    AnnotatedArticle article = parsed("Russia has hosted talks in November .",
        "NNP VBZ VBN NNS IN NNP .",
        "nsubj 2 0", "aux 2 1", "root -1 2", "obj 2 3", "case 5 4", "obl 2 5", "punct 2 6");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2020-11");
  }

  @Test
  void withoutAParseTheNearestVerbGroupDecides() {
    AnnotatedArticle article = tagged("She will visit Kabul on Thursday .", "PRP MD VB NNP IN NNP .");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-10-21");
    AnnotatedArticle past = tagged("She visited Kabul on Thursday .", "PRP VBD NNP IN NNP .");
    assertThat(values(normalizer.find(past, FRIDAY))).containsExactly("2021-10-14");
  }

  @Test
  void conditionalReportedPlanTakesTheClosestDate() {
    AnnotatedArticle article = tagged("She said talks would be held on October 20 .", "PRP VBD NNS MD VB VBN IN NNP CD .");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-10-20");
  }

  @Test
  void untilMakesAPastVerbSayNothingOfTheDay() {
    AnnotatedArticle article = tagged("The match has been postponed until Saturday .", "DT NN VBZ VBN VBN IN NNP .");
    assertThat(values(normalizer.find(article, FRIDAY))).containsExactly("2021-10-16");
    AnnotatedArticle clock = tagged("The match has been postponed until 15:00 GMT Saturday .", "DT NN VBZ VBN VBN IN CD NNP NNP .");
    assertThat(values(normalizer.find(clock, FRIDAY))).containsExactly("2021-10-16");
  }

  @Test
  void scanningTheLongestAcceptedTextFinishes() {
    String paragraph = "The talks, due on October 20, were held in 2017 and last month; a $1.2bn pledge and one "
        + "billion euros followed on Thursday, as May said a a a a a a 2000 troops arrived.\n\n";
    String text = paragraph.repeat(400_000 / paragraph.length());
    long started = System.nanoTime();
    List<TimeExpression> times = normalizer.find(new AnnotatedArticle(article(text), List.of()), FRIDAY);
    new AmountExtractor().find(text);
    assertThat(times).isNotEmpty();
    assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(20_000);
  }

  @Test
  void secondYearOfARangeIsAYearToo() {
    Article text = article("the pandemic of 2009-2010 killed many");
    assertThat(normalizer.find(new AnnotatedArticle(text, List.of()), FRIDAY))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("2009", "2009"), tuple("2010", "2010"));
  }

  @Test
  void worksOnTextWithoutAnnotation() {
    Article text = article("Talks were held in 2017 and on October 14, 2021. Next week, in September and this week too.");
    List<TimeExpression> times = normalizer.find(new AnnotatedArticle(text, List.of()), FRIDAY);
    assertThat(times).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
        tuple("2017", "2017"), tuple("October 14, 2021", "2021-10-14"), tuple("Next week", "2021-W42"),
        tuple("September", "2021-09"), tuple("this week", "2021-W41"));
    for (TimeExpression t : times) {
      assertThat(text.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void aYearRightAfterAMonthGivesTheMonthItsYear() {
    Article text = article("Her induction that January day in 2011 had begun.");
    assertThat(normalizer.find(new AnnotatedArticle(text, List.of()), FRIDAY))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("January", "2011-01"), tuple("2011", "2011"));
  }

  @Test
  void withoutAnchorOnlyAbsoluteExpressionsResolve() {
    Article text = article("On 20 October 2021 and next week and on Thursday and in 2017.");
    assertThat(values(normalizer.find(new AnnotatedArticle(text, List.of()), null)))
        .containsExactly("2021-10-20", null, null, "2017");
  }

  @Test
  void partOfSpeechKeepsVerbsAndCountsOut() {
    AnnotatedArticle article = tagged("May we count 2000 votes in March ?", "MD PRP VB CD NNS IN NNP .");
    assertThat(normalizer.find(article, FRIDAY)).extracting(TimeExpression::text).containsExactly("March");
  }

  private static List<String> values(List<TimeExpression> times) {
    List<String> out = new ArrayList<>();
    times.forEach(t -> out.add(t.value()));
    return out;
  }

  private static Article article(String text) {
    return new Article("test", null, null, List.of(), null, null, "en", text, List.of());
  }

  /** A one-sentence article whose tokens are the space-separated words of {@code text}. */
  private static AnnotatedArticle tagged(String text, String tags) {
    return parsed(text, tags);
  }

  /**
   * Each tag as "POS" or "POS=lemma" (lemma defaults to the lowercased word); each dependency as
   * "relation governor dependent" (token indexes, governor -1 for root).
   */
  private static AnnotatedArticle parsed(String text, String tags, String... dependencies) {
    String[] words = text.split(" ");
    String[] pos = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      int start = text.indexOf(words[i], offset);
      offset = start + words[i].length();
      String[] tagAndLemma = pos[i].split("=");
      String lemma = tagAndLemma.length > 1 ? tagAndLemma[1] : words[i].toLowerCase();
      tokens.add(new Token(i, words[i], start, offset, tagAndLemma[0], lemma, "O"));
    }
    List<Dependency> edges = new ArrayList<>();
    for (String d : dependencies) {
      String[] parts = d.split(" ");
      edges.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    Sentence sentence = new Sentence(0, 0, text.length(), tokens, edges);
    return new AnnotatedArticle(article(text), List.of(sentence));
  }
}
