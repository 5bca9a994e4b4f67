package org.dyad.pipeline.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.knowledge.DataLines;
import org.dyad.pipeline.nlp.SpanishLemmatizer;

/**
 * The predicate dictionary: verbs and event nouns with their CAMEO codes and argument patterns,
 * and the control verbs. Read from {@code resources/org/dyad/code/predicates.txt} (the format is
 * documented at the top of that file); every code must be a CAMEO 1.1b3 code.
 */
public final class PredicateDictionary {

  private static final String RESOURCE = "/org/dyad/code/predicates.txt";
  private static final String SPANISH_RESOURCE = "/org/dyad/code/predicates-es.txt";
  private static volatile PredicateDictionary standard;
  private static volatile PredicateDictionary spanish;

  private final Map<String, List<Predicate>> verbs = new HashMap<>();
  private final Map<String, List<Predicate>> nouns = new HashMap<>();
  private final Map<String, ControlVerb> controls = new HashMap<>();
  private final Map<String, ControlVerb> objectControls = new HashMap<>();

  private PredicateDictionary() {}

  /** The dictionary shipped with Dyad. */
  public static PredicateDictionary standard() {
    PredicateDictionary local = standard;
    if (local == null) {
      synchronized (PredicateDictionary.class) {
        local = standard;
        if (local == null) {
          try (InputStream in = PredicateDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            local = read(new InputStreamReader(in, StandardCharsets.UTF_8), "predicates.txt", CodeTables.standard());
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
   * The Spanish dictionary shipped with Dyad ({@code predicates-es.txt}): lemmas, object nouns and
   * prepositions are folded as Spanish lemmas are (lower case, no accents).
   */
  public static PredicateDictionary spanish() {
    PredicateDictionary local = spanish;
    if (local == null) {
      synchronized (PredicateDictionary.class) {
        local = spanish;
        if (local == null) {
          try (InputStream in = PredicateDictionary.class.getResourceAsStream(SPANISH_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + SPANISH_RESOURCE);
            }
            local = read(new InputStreamReader(in, StandardCharsets.UTF_8), "predicates-es.txt", CodeTables.standard(),
                true);
          } catch (IOException e) {
            throw new UncheckedIOException("reading " + SPANISH_RESOURCE, e);
          }
          spanish = local;
        }
      }
    }
    return local;
  }

  /** Reads a dictionary in the predicates.txt format; unknown options and codes are errors. */
  static PredicateDictionary read(Reader reader, String name, CodeTables tables) throws IOException {
    return read(reader, name, tables, false);
  }

  /** As {@link #read(Reader, String, CodeTables)}; {@code foldAccents} folds words as Spanish lemmas are folded. */
  static PredicateDictionary read(Reader reader, String name, CodeTables tables, boolean foldAccents)
      throws IOException {
    PredicateDictionary dictionary = new PredicateDictionary();
    for (DataLines.Line data : DataLines.read(reader)) {
      int number = data.number();
      String content = data.content();
      String where = name + ":" + number;
      String[] fields = content.split("\\s+");
      if (foldAccents) {
        for (int i = 1; i < fields.length; i++) {
          fields[i] = SpanishLemmatizer.fold(fields[i]);
        }
      }
      if (fields.length < 3) {
        throw new IllegalArgumentException(where + ": expected 'kind lemma code-or-class [options]'");
      }
      String lemma = fields[1].toLowerCase(Locale.ROOT);
      switch (fields[0]) {
        case "verb", "noun" -> {
          Predicate predicate = parsePredicate(fields, lemma, where, tables);
          Map<String, List<Predicate>> into = predicate.kind() == Predicate.Kind.VERB ? dictionary.verbs : dictionary.nouns;
          into.computeIfAbsent(lemma, k -> new ArrayList<>()).add(predicate);
        }
        case "control" -> {
          ControlVerb.ControlClass controlClass;
          try {
            controlClass = ControlVerb.ControlClass.valueOf(fields[2].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown control class '" + fields[2] + "'", e);
          }
          boolean withObject = fields[fields.length - 1].equals("object");
          int last = withObject ? fields.length - 1 : fields.length;
          String code = last > 3 ? fields[3] : null;
          (withObject ? dictionary.objectControls : dictionary.controls).put(lemma, new ControlVerb(lemma, controlClass, code));
        }
        default -> throw new IllegalArgumentException(where + ": unknown kind '" + fields[0] + "' (verb, noun or control)");
      }
    }
    Comparator<Predicate> specificFirst = Comparator.comparingInt(Predicate::specificity).reversed();
    dictionary.verbs.values().forEach(list -> list.sort(specificFirst));
    dictionary.nouns.values().forEach(list -> list.sort(specificFirst));
    return dictionary;
  }

  private static Predicate parsePredicate(String[] fields, String lemma, String where, CodeTables tables) {
    Predicate.Kind kind = fields[0].equals("verb") ? Predicate.Kind.VERB : Predicate.Kind.NOUN;
    String code = fields[2];
    if (code.equals(Predicate.NO_EVENT) && (kind != Predicate.Kind.VERB || fields.length == 3)) {
      throw new IllegalArgumentException(where + ": '-' (no event) needs a verb entry with a condition");
    }
    if (!code.equals(Predicate.NO_EVENT) && tables.cameo(code) == null) {
      throw new IllegalArgumentException(where + ": '" + code + "' is not a CAMEO code");
    }
    Set<String> objects = new LinkedHashSet<>();
    String preposition = null;
    List<String> sources = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    boolean noTarget = false;
    String voice = null;
    boolean intransitive = false;
    boolean transitive = false;
    Set<String> needs = new LinkedHashSet<>();
    Set<String> unless = new LinkedHashSet<>();
    for (int i = 3; i < fields.length; i++) {
      String option = fields[i];
      if (option.startsWith("obj=")) {
        objects.addAll(Arrays.asList(option.substring(4).toLowerCase(Locale.ROOT).split("\\|")));
      } else if (option.startsWith("prep=")) {
        preposition = option.substring(5).toLowerCase(Locale.ROOT);
      } else if (option.startsWith("target=")) {
        targets.addAll(Arrays.asList(option.substring(7).split(",")));
      } else if (option.startsWith("source=")) {
        sources.addAll(Arrays.asList(option.substring(7).split(",")));
      } else if (option.equals("notarget")) {
        noTarget = true;
      } else if (option.equals("intransitive")) {
        intransitive = true;
      } else if (option.equals("transitive")) {
        transitive = true;
      } else if (option.equals("active") || option.equals("passive")) {
        voice = option;
      } else if (option.startsWith("needs=")) {
        for (String need : option.substring(6).split(",")) {
          if (!Set.of("target", "people", "state", "noclause", "clause").contains(need)) {
            throw new IllegalArgumentException(where + ": needs=" + need + ": expected target, people, state, noclause or clause");
          }
          needs.add(need);
        }
      } else if (option.startsWith("unless=")) {
        unless.addAll(Arrays.asList(option.substring(7).toLowerCase(Locale.ROOT).split("\\|")));
      } else {
        throw new IllegalArgumentException(where + ": unknown option '" + option + "'");
      }
    }
    return new Predicate(kind, lemma, code, Set.copyOf(objects), preposition, List.copyOf(sources),
        List.copyOf(targets), noTarget, voice, where, intransitive, transitive, Set.copyOf(needs), Set.copyOf(unless));
  }

  /** Verb entries for a lemma, most specific first. */
  List<Predicate> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Noun entries for a lemma, most specific first. */
  List<Predicate> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** The control word with this lemma, or null. */
  ControlVerb control(String lemma) {
    return controls.get(lemma);
  }

  /**
   * The control word with this lemma as it reads with an object of its own that is the
   * infinitive's subject ("wants Russia to withdraw": a request to Russia), or null.
   */
  ControlVerb objectControl(String lemma) {
    return objectControls.get(lemma);
  }

  /** Number of verb and noun entries. */
  public int size() {
    return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
  }
}
