package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.ParseGuards;
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

  /** Finds the candidates of a text (the language's scanner). */
  private final java.util.function.BiFunction<String, java.util.function.IntFunction<Token>, List<TimeCandidate>> scanner;

  public TimeNormalizer() {
    this(TimeScanner::scan);
  }

  private TimeNormalizer(
      java.util.function.BiFunction<String, java.util.function.IntFunction<Token>, List<TimeCandidate>> scanner) {
    this.scanner = scanner;
  }

  /** The normaliser of times written in Spanish ("el pasado martes", "el 20 de octubre"): {@link SpanishTimeScanner}. */
  public static TimeNormalizer spanish() {
    return new TimeNormalizer(SpanishTimeScanner::scan);
  }

  public List<TimeExpression> find(AnnotatedArticle article, LocalDate anchor) {
    String text = article.text();
    List<TimeExpression> out = new ArrayList<>();
    for (TimeCandidate candidate : scanner.apply(text, offset -> tokenAt(article, offset))) {
      Sentence sentence = article.sentenceAt(candidate.start());
      // the tense is read from the sentence's parse, which is made only for what reads it: not
      // when every tense gives this expression the same value ("2021", "yesterday", no anchor)
      TimeTense tense = !ParseGuards.enabled() || tenseMatters(candidate, anchor)
          ? TimeTenseReader.tense(sentence, candidate.start(), candidate.end()) : TimeTense.UNKNOWN;
      String value = TimeResolver.value(candidate, anchor, tense);
      out.add(new TimeExpression(text.substring(candidate.start(), candidate.end()), value,
          candidate.start(), candidate.end()));
    }
    return out;
  }

  /** Whether the tense of its clause can change the value of {@code candidate}. */
  static boolean tenseMatters(TimeCandidate candidate, LocalDate anchor) {
    String value = TimeResolver.value(candidate, anchor, TimeTense.UNKNOWN);
    for (TimeTense tense : TimeTense.values()) {
      if (!java.util.Objects.equals(value, TimeResolver.value(candidate, anchor, tense))) {
        return true;
      }
    }
    return false;
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
