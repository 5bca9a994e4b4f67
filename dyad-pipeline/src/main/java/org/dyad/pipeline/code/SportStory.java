package org.dyad.pipeline.code;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Whether an article is a sports story: it uses at least {@link #MIN_SIGNS} different words of the
 * {@code SPORT_WORDS} class, a score ("18-12") counting as one. In such a story "Italy came to
 * Edinburgh", "Wales threatened" and "Italy launched a series of attacks" are teams playing, so a
 * country or town is no political actor there (persons and organisations stay what they are).
 */
final class SportStory {

  static final int MIN_SIGNS = 3;
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-\u2013]\\d{1,3}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

  private SportStory() {}

  static boolean isSport(AnnotatedArticle article, Lexicon words) {
    Set<String> signs = new HashSet<>();
    for (Sentence sentence : article.sentences()) {
      for (int t = 0; t < sentence.size(); t++) {
        String lemma = sentence.token(t).lemma().toLowerCase(Locale.ROOT);
        if (words.sportWords().contains(lemma)) {
          signs.add(lemma);
        }
        if (scoreAt(sentence, t)) {
          signs.add("@score");
        }
      }
    }
    return signs.size() >= MIN_SIGNS;
  }

  /** Whether a score starts at token {@code t}: "6-0" as one token, or "6 - 0" as three. */
  static boolean scoreAt(Sentence sentence, int t) {
    String text = sentence.token(t).text();
    if (SCORE.matcher(text).matches()) {
      return true;
    }
    return t + 2 < sentence.size() && NUMBER.matcher(text).matches()
        && (sentence.token(t + 1).text().equals("-") || sentence.token(t + 1).text().equals("\u2013"))
        && NUMBER.matcher(sentence.token(t + 2).text()).matches();
  }
}
