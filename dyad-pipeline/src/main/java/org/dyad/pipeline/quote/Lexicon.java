package org.dyad.pipeline.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A word list owned by Dyad, read from a class-path resource: one lemma a line, '#' comments. */
final class Lexicon {

  private final Set<String> words;

  private Lexicon(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static Lexicon load(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : lines(resource)) {
      // lemmas, folded as the Spanish lemmatizer folds them (English words have no accents to fold)
      words.add(resource.startsWith("es/") ? org.dyad.pipeline.nlp.SpanishLemmatizer.fold(line) : line.toLowerCase(Locale.ROOT));
    }
    return new Lexicon(words);
  }

  /** The non-blank, non-comment lines of a resource beside this class, stripped. */
  static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return lines;
  }

  boolean contains(String lemma) {
    return lemma != null && words.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
