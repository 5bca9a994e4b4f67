package org.dyad.pipeline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cheap language guess for text without a declared language: English by its function words, else unknown. */
final class LanguageGuess {

  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on",
      "with", "was", "as", "it", "by", "at", "from", "he", "she", "said", "are", "has", "have", "will", "which");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int SAMPLE_WORDS = 2000;

  private LanguageGuess() {}

  /** "en" when at least a fifth of the first words are English function words, else null. */
  static String guess(String text) {
    Matcher matcher = WORD.matcher(text);
    int words = 0;
    int english = 0;
    while (matcher.find() && words < SAMPLE_WORDS) {
      words++;
      if (ENGLISH.contains(matcher.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    return words >= 5 && english * 5 >= words ? "en" : null;
  }
}
