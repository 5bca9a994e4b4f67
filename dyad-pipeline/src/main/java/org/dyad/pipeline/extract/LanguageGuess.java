package org.dyad.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text, told by Apache OpenNLP's language detector (the {@code
 * opennlp-models-langdetect} model, 103 languages, from Maven Central; it loads once per JVM, on
 * the first guess). The detector is sure of an article (its best language scores near 1); of one
 * sentence or a headline it is not (the best of 103 languages scores a few hundredths, and a
 * Spanish headline can come out Galician or Latin): then the text is read as whichever of the
 * languages Dyad codes, English or Spanish, the detector scores higher, unless another language
 * scores at least twice as high as both.
 */
public final class LanguageGuess {

  private static final String MODEL = "/langdetect-183.bin";
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Words below which no guess is made. */
  private static final int MIN_WORDS = 5;
  /** Characters the detector reads (the start of the text says the language). */
  private static final int SAMPLE_CHARS = 20_000;
  /** The best language's score from which the detector's answer stands as it is. */
  static final double SURE = 0.5;
  /** How many times English's and Spanish's scores another language's must reach to be named when unsure. */
  static final double CLEAR_LEAD = 2.0;
  private static volatile LanguageDetectorModel model;
  /** OpenNLP's detector keeps state while it scores: one per thread, over the one shared model. */
  private static final ThreadLocal<LanguageDetectorME> DETECTORS =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));
  private static final Map<String, String> ISO_639_1 = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      try {
        ISO_639_1.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this one: the detector cannot name it either
      }
    }
    ISO_639_1.put("cmn", "zh"); // the detector names Mandarin, the record the macrolanguage
  }

  private LanguageGuess() {}

  /**
   * An ISO 639-1 code (the detector's three-letter code when the language has none), or null when
   * the text has fewer than five words.
   */
  public static String guess(String text) {
    Detection detection = detect(text);
    return detection == null ? null : detection.language();
  }

  /**
   * What the detector says of a text.
   *
   * @param language an ISO 639-1 code (or the detector's three-letter code)
   * @param sure whether the detector's own answer was clear; when not, the language is the likelier
   *     of English and Spanish
   */
  public record Detection(String language, boolean sure) {}

  /** The detection, or null when the text has fewer than five words. */
  public static Detection detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Matcher words = WORD.matcher(sample);
    int count = 0;
    while (count < MIN_WORDS && words.find()) {
      count++;
    }
    if (count < MIN_WORDS) {
      return null;
    }
    Language[] ranked = DETECTORS.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return null;
    }
    if (ranked[0].getConfidence() >= SURE) {
      return new Detection(twoLetter(ranked[0].getLang()), true);
    }
    double english = 0;
    double spanish = 0;
    for (Language language : ranked) {
      if (language.getLang().equals("eng")) {
        english = language.getConfidence();
      } else if (language.getLang().equals("spa")) {
        spanish = language.getConfidence();
      }
    }
    String top = ranked[0].getLang();
    if (!top.equals("eng") && !top.equals("spa") && ranked[0].getConfidence() >= CLEAR_LEAD * Math.max(english, spanish)) {
      return new Detection(twoLetter(top), false); // "Bundeskanzler Scholz traf ...": plainly neither
    }
    return new Detection(spanish > english ? "es" : "en", false);
  }

  /** Whether a language code (as a page or the guess gives it, "en-GB" included) is English. */
  public static boolean isEnglish(String language) {
    return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
  }

  /** Whether a language code ("es", "es-MX", "spa") is Spanish. */
  public static boolean isSpanish(String language) {
    if (language == null) {
      return false;
    }
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("es") || lower.startsWith("es-") || lower.startsWith("es_") || lower.equals("spa");
  }

  private static String twoLetter(String threeLetter) {
    return ISO_639_1.getOrDefault(threeLetter, threeLetter);
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel local = model;
    if (local == null) {
      synchronized (LanguageGuess.class) {
        local = model;
        if (local == null) {
          try (InputStream in = LanguageGuess.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("missing the language detection model " + MODEL
                  + " (org.apache.opennlp:opennlp-models-langdetect)");
            }
            local = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + MODEL, e);
          }
          model = local;
        }
      }
    }
    return local;
  }
}
