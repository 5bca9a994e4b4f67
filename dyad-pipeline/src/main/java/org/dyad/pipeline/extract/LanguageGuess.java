package org.dyad.pipeline.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap language guess for text without a declared language. Latin-script languages are told
 * apart by their most frequent function words (lists written for Dyad); other scripts by the
 * script most letters belong to. Good enough to tell English, which Dyad reads, from the rest.
 */
public final class LanguageGuess {

  private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

  static {
    FUNCTION_WORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as",
        "it", "by", "at", "from", "he", "she", "said", "are", "has", "have", "will", "which"));
    FUNCTION_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "den", "dem",
        "des", "sich", "auf", "für", "auch", "wird", "wurde", "sagte", "nach", "bei", "zu", "im", "von"));
    FUNCTION_WORDS.put("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "qui",
        "que", "sur", "pas", "avec", "au", "aux", "ce", "sont", "été", "selon", "il", "elle"));
    FUNCTION_WORDS.put("es", Set.of("el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "se",
        "su", "al", "lo", "como", "más", "pero", "sus", "fue", "según", "dijo", "este", "esta"));
    FUNCTION_WORDS.put("it", Set.of("il", "della", "di", "che", "e", "è", "una", "per", "non", "con", "sono", "gli",
        "del", "delle", "nel", "alla", "anche", "più", "ha", "ai", "dei", "nella", "questo", "secondo"));
    FUNCTION_WORDS.put("pt", Set.of("o", "os", "da", "do", "das", "dos", "e", "que", "em", "uma", "um", "para",
        "com", "não", "na", "no", "por", "mais", "foi", "ao", "como", "segundo", "disse", "são"));
    FUNCTION_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn",
        "er", "aan", "ook", "maar", "bij", "wordt", "werd", "naar", "heeft", "dit", "zei", "om"));
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int SAMPLE_WORDS = 2000;

  private LanguageGuess() {}

  /**
   * An ISO 639-1 code: the Latin-script language whose function words cover the most of the first
   * words (at least a tenth of them), or the language of the dominant non-Latin script; null when
   * the text is too short or nothing fits.
   */
  public static String guess(String text) {
    String script = dominantScript(text);
    if (script != null) {
      return script;
    }
    Matcher matcher = WORD.matcher(text);
    int words = 0;
    Map<String, Integer> hits = new LinkedHashMap<>();
    while (matcher.find() && words < SAMPLE_WORDS) {
      words++;
      String word = matcher.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
        if (language.getValue().contains(word)) {
          hits.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < 5) {
      return null;
    }
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, Integer> hit : hits.entrySet()) {
      if (hit.getValue() > bestHits) {
        best = hit.getKey();
        bestHits = hit.getValue();
      }
    }
    return best != null && bestHits * 10 >= words ? best : null;
  }

  /** Whether a language code (as a page or the guess gives it, "en-GB" included) is English. */
  public static boolean isEnglish(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
  }

  /** The language of the script most letters are written in, when it is not the Latin script. */
  private static String dominantScript(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int letters = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      String language = switch (script) {
        case CYRILLIC -> "ru";
        case ARABIC -> "ar";
        case HAN -> "zh";
        case HIRAGANA, KATAKANA -> "ja";
        case HANGUL -> "ko";
        case HEBREW -> "he";
        case GREEK -> "el";
        case DEVANAGARI -> "hi";
        case THAI -> "th";
        default -> null;
      };
      if (language != null) {
        counts.merge(language, 1, Integer::sum);
      }
    }
    if (counts.getOrDefault("ja", 0) * 10 >= letters && letters > 0 && counts.containsKey("ja")) {
      return "ja"; // Japanese mixes kana with Han characters
    }
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() * 2 > letters) {
        return count.getKey();
      }
    }
    return null;
  }
}
