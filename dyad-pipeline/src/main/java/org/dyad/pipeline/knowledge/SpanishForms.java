package org.dyad.pipeline.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The regular inflected forms of Spanish demonyms and role nouns, for the Spanish knowledge files. */
final class SpanishForms {

  private SpanishForms() {}

  /**
   * A masculine singular demonym with its feminine and plural forms: ruso → rusa, rusos, rusas;
   * francés → francesa, franceses, francesas; alemán → alemana, alemanes, alemanas; israelí →
   * israelíes, israelís; estadounidense → estadounidenses; belga → belgas.
   */
  static List<String> demonymForms(String demonym) {
    List<String> out = new ArrayList<>();
    out.add(demonym);
    String lower = demonym.toLowerCase(Locale.ROOT);
    int n = demonym.length();
    if (lower.endsWith("o")) {
      String stem = demonym.substring(0, n - 1);
      out.add(stem + "a");
      out.add(stem + "os");
      out.add(stem + "as");
    } else if (lower.endsWith("és") || lower.endsWith("án") || lower.endsWith("ín") || lower.endsWith("ón")) {
      String stem = demonym.substring(0, n - 2) + unaccented(demonym.charAt(n - 2)) + demonym.charAt(n - 1);
      out.add(stem + "a");
      out.add(stem + "es");
      out.add(stem + "as");
    } else if (lower.endsWith("í") || lower.endsWith("ú")) {
      out.add(demonym + "es");
      out.add(demonym + "s");
    } else if (lower.endsWith("e") || lower.endsWith("a")) {
      out.add(demonym + "s");
    } else if (lower.endsWith("z")) {
      out.add(demonym.substring(0, n - 1) + "ces");
    } else if (!lower.endsWith("s")) {
      out.add(demonym + "es");
      out.add(demonym + "a"); // kirguís
    }
    return out;
  }

  /** The phrase with its first word made plural: "ministro de Defensa" → "ministros de Defensa". */
  static String pluralOfFirstWord(String phrase) {
    int space = phrase.indexOf(' ');
    String first = space < 0 ? phrase : phrase.substring(0, space);
    String rest = space < 0 ? "" : phrase.substring(space);
    return plural(first) + rest;
  }

  static String plural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int n = word.length();
    if (lower.endsWith("z")) {
      return word.substring(0, n - 1) + "ces";
    }
    if (lower.endsWith("s") && n > 3 && !lower.endsWith("és")) {
      return word;
    }
    char last = lower.charAt(n - 1);
    if ("aeiouáéó".indexOf(last) >= 0) {
      return word + "s";
    }
    if ("íú".indexOf(last) >= 0) {
      return word + "es";
    }
    if (n >= 2 && "áéíóú".indexOf(lower.charAt(n - 2)) >= 0) {
      return word.substring(0, n - 2) + unaccented(word.charAt(n - 2)) + word.charAt(n - 1) + "es"; // alemán → alemanes
    }
    return word + "es";
  }

  private static char unaccented(char c) {
    return switch (c) {
      case 'á' -> 'a';
      case 'é' -> 'e';
      case 'í' -> 'i';
      case 'ó' -> 'o';
      case 'ú' -> 'u';
      default -> c;
    };
  }
}
