package org.dyad.pipeline.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised phrase keys and the case rules that decide whether a text form may match a phrase. */
public final class Phrases {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");

  private Phrases() {}

  /**
   * The lookup key of a phrase: lower case, accents removed, typographic quotes made plain, runs
   * of white space made one space, no space around hyphens.
   */
  public static String key(String phrase) {
    String s = phrase;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    boolean afterHyphen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      } else if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
        c = '-';
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (c == '-') {
        pendingSpace = false;
        afterHyphen = true;
        out.append('-');
        continue;
      }
      if (pendingSpace && !afterHyphen) {
        out.append(' ');
      }
      pendingSpace = false;
      afterHyphen = false;
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * Whether {@code text} may be read as the knowledge-base phrase {@code phrase} of the same key:
   * a phrase in capitals only ("US", "IS") or with a capital inside a word ("LeT") must match
   * exactly; a phrase starting with a capital ("Russia") needs a capital first letter in the text
   * ("us" is never the United States, "turkey" never the country); a lower-case phrase
   * ("spokeswoman") matches in any case.
   */
  public static boolean caseMatches(String phrase, String text) {
    if (isExactCase(phrase)) {
      return stripSpaces(phrase).equals(stripSpaces(text));
    }
    int first = firstLetter(phrase);
    if (first >= 0 && Character.isUpperCase(phrase.charAt(first))) {
      int textFirst = firstLetter(text);
      return textFirst >= 0 && Character.isUpperCase(text.charAt(textFirst));
    }
    return true;
  }

  /** True for acronyms and mixed-case names that only match in their own case. */
  public static boolean isExactCase(String phrase) {
    int upper = 0;
    int lower = 0;
    char previous = ' ';
    boolean innerCapital = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
        if (Character.isLowerCase(previous)) {
          innerCapital = true;
        }
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
      previous = c;
    }
    return (upper >= 2 && lower == 0) || innerCapital;
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String stripSpaces(String s) {
    return SPACED_HYPHEN.matcher(SPACES.matcher(s.strip()).replaceAll(" ")).replaceAll("-")
        .replace('\u2019', '\'');
  }
}
