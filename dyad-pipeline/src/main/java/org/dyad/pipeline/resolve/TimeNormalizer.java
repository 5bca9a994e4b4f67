package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Finds temporal expressions and normalises them against an anchor date (TIMEX-like values: day
 * {@code YYYY-MM-DD}, ISO week {@code YYYY-Www}, month {@code YYYY-MM}, year {@code YYYY}; also
 * seasons {@code YYYY-SU}, quarters {@code YYYY-Q1} and decades {@code YYY}).
 *
 * <p>Expressions are found by pattern on the article text (so they work without annotation);
 * the sentence's tokens, when present, keep verbs and counts out and give the tense that places
 * weekdays, months and yearless dates before or after the anchor. With a null anchor, relative
 * and yearless expressions get a null value; absolute ones still resolve. Durations ("two-day",
 * "20 years"), ages and counts are not times.
 */
public final class TimeNormalizer {

  public List<TimeExpression> find(AnnotatedArticle article, LocalDate anchor) {
    String text = article.text();
    List<TimeExpression> out = new ArrayList<>();
    for (TimeCandidate candidate : TimeScanner.scan(text, offset -> tokenAt(article, offset))) {
      Sentence sentence = article.sentenceAt(candidate.start());
      TimeTense tense = TimeTenseReader.tense(sentence, candidate.start(), candidate.end());
      String value = TimeResolver.value(candidate, anchor, tense);
      out.add(new TimeExpression(text.substring(candidate.start(), candidate.end()), value,
          candidate.start(), candidate.end()));
    }
    return out;
  }

  private static Token tokenAt(AnnotatedArticle article, int offset) {
    Sentence sentence = article.sentenceAt(offset);
    if (sentence == null) {
      return null;
    }
    int index = sentence.tokenAt(offset);
    return index < 0 ? null : sentence.token(index);
  }
}
