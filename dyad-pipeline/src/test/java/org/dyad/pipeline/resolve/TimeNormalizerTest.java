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

  /** Each dependency as "relation governor dependent" (token indexes, governor -1 for root). */
  private static AnnotatedArticle parsed(String text, String tags, String... dependencies) {
    String[] words = text.split(" ");
    String[] pos = tags.split(" ");
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      int start = text.indexOf(words[i], offset);
      offset = start + words[i].length();
      tokens.add(new Token(i, words[i], start, offset, pos[i], words[i].toLowerCase(), "O"));
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
