package org.dyad.pipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phrases that mark page junk, by kind, read from {@code org/dyad/extract/junk-vocabulary.txt}. */
final class JunkVocabulary {

  enum Kind { PROMO, SHARE, HEADING, CREDIT, CREDIT_MARKER, BOILERPLATE }

  private static final String RESOURCE = "/org/dyad/extract/junk-vocabulary.txt";

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*");
  private static final int LONGEST_PHRASE = 5;
  private static final JunkVocabulary SHARED = load();

  private final Map<Kind, Set<String>> phrases;

  private JunkVocabulary(Map<Kind, Set<String>> phrases) {
    this.phrases = phrases;
  }

  static JunkVocabulary shared() {
    return SHARED;
  }

  /** How many phrases of {@code kind} occur in {@code text} (case-insensitive, whole words, longest first). */
  int count(Kind kind, String text) {
    return match(kind, text)[0];
  }

  /** How many words of {@code text} are covered by phrases of {@code kind}. */
  int coveredWords(Kind kind, String text) {
    return match(kind, text)[1];
  }

  private int[] match(Kind kind, String text) {
    List<String> tokens = tokens(text);
    Set<String> set = phrases.get(kind);
    int count = 0;
    int covered = 0;
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int length = Math.min(LONGEST_PHRASE, tokens.size() - i); length >= 1; length--) {
        if (set.contains(String.join(" ", tokens.subList(i, i + length)))) {
          matched = length;
          break;
        }
      }
      if (matched > 0) {
        count++;
        covered += matched;
        i += matched;
      } else {
        i++;
      }
    }
    return new int[] {count, covered};
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  private static JunkVocabulary load() {
    Map<Kind, Set<String>> entries = new EnumMap<>(Kind.class);
    try (InputStream in = JunkVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Kind kind = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        if (entry.startsWith("[") && entry.endsWith("]")) {
          kind = Kind.valueOf(entry.substring(1, entry.length() - 1).toUpperCase(Locale.ROOT).replace('-', '_'));
          continue;
        }
        if (kind == null) {
          throw new IllegalStateException(RESOURCE + ": entry before any [kind]: " + entry);
        }
        entries.computeIfAbsent(kind, k -> new HashSet<>()).add(String.join(" ", tokens(entry)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Kind kind : Kind.values()) {
      entries.putIfAbsent(kind, Set.of());
    }
    return new JunkVocabulary(entries);
  }
}
