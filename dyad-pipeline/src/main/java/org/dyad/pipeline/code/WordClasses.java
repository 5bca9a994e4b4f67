package org.dyad.pipeline.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.pipeline.knowledge.DataLines;
import org.dyad.pipeline.nlp.SpanishLemmatizer;

/**
 * Named classes of words the coder's rules read ("SPEECH_VERBS", "PEOPLE_NOUNS"), from a file in
 * the {@code word-classes.txt} format (documented at the top of that file): one line per class,
 * {@code CLASS word word ...}, {@code #} comments. The words are data so that another language
 * can bring its own file with the same classes. Asking for a class the file does not define is an
 * error that names the file and the classes it has.
 */
final class WordClasses {

  private static final String RESOURCE = "/org/dyad/code/word-classes.txt";
  private static final String SPANISH_RESOURCE = "/org/dyad/code/word-classes-es.txt";
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static volatile WordClasses standard;
  private static volatile WordClasses spanish;

  private final String name;
  private final Map<String, Set<String>> classes;

  private WordClasses(String name, Map<String, Set<String>> classes) {
    this.name = name;
    this.classes = classes;
  }

  /** The English word classes shipped with Dyad ({@code resources/org/dyad/code/word-classes.txt}). */
  static WordClasses standard() {
    WordClasses local = standard;
    if (local == null) {
      synchronized (WordClasses.class) {
        local = standard;
        if (local == null) {
          try (InputStream in = WordClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            local = read(new InputStreamReader(in, StandardCharsets.UTF_8), "word-classes.txt");
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
          }
          standard = local;
        }
      }
    }
    return local;
  }

  /**
   * The Spanish word classes shipped with Dyad ({@code word-classes-es.txt}); their words are
   * folded as Spanish lemmas are (lower case, no accents).
   */
  static WordClasses spanish() {
    WordClasses local = spanish;
    if (local == null) {
      synchronized (WordClasses.class) {
        local = spanish;
        if (local == null) {
          try (InputStream in = WordClasses.class.getResourceAsStream(SPANISH_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + SPANISH_RESOURCE);
            }
            local = read(new InputStreamReader(in, StandardCharsets.UTF_8), "word-classes-es.txt", true);
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + SPANISH_RESOURCE, e);
          }
          spanish = local;
        }
      }
    }
    return local;
  }

  /** Reads word classes; a malformed class name, a class without words or a repeated class is an error. */
  static WordClasses read(Reader reader, String name) throws IOException {
    return read(reader, name, false);
  }

  /** As {@link #read(Reader, String)}; {@code foldAccents} folds each word as Spanish lemmas are folded. */
  static WordClasses read(Reader reader, String name, boolean foldAccents) throws IOException {
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    for (DataLines.Line data : DataLines.read(reader)) {
      int number = data.number();
      String content = data.content();
      String where = name + ":" + number;
      String[] fields = content.split("\\s+");
      if (!CLASS_NAME.matcher(fields[0]).matches()) {
        throw new IllegalArgumentException(where + ": expected 'CLASS word word ...' with an upper-case class name, got '"
            + fields[0] + "'");
      }
      if (fields.length < 2) {
        throw new IllegalArgumentException(where + ": class " + fields[0] + " has no words");
      }
      if (classes.containsKey(fields[0])) {
        throw new IllegalArgumentException(where + ": class " + fields[0] + " is defined twice");
      }
      List<String> words = Arrays.asList(fields).subList(1, fields.length);
      if (foldAccents) {
        words = words.stream().map(SpanishLemmatizer::fold).toList();
      }
      classes.put(fields[0], Set.copyOf(words));
    }
    return new WordClasses(name, classes);
  }

  /** The words of a class the file may leave out, or {@code absent} when it does. */
  Set<String> getOrDefault(String className, Set<String> absent) {
    Set<String> words = classes.get(className);
    return words == null ? absent : words;
  }

  /** The words of a class. */
  Set<String> get(String className) {
    Set<String> words = classes.get(className);
    if (words == null) {
      throw new IllegalArgumentException("unknown word class '" + className + "' in " + name + " (it defines "
          + String.join(", ", new TreeSet<>(classes.keySet())) + ")");
    }
    return words;
  }
}
