package org.dyad.pipeline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dyad.pipeline.knowledge.DataLines;

/**
 * Lemmas for Spanish words, which CoreNLP's Spanish models do not give. Lemmas are lower case and
 * written without accents ("reunión" and "reunion" are both {@code reunion}; "atacó" and the
 * unaccented "ataco" of wire copy are both {@code atacar}), so that the project's Spanish
 * lexicons, written with accents and folded when read, match either spelling.
 *
 * <p>Verbs: an irregular form is looked up ({@code fue} → ser, {@code dijo} → decir); otherwise
 * each regular ending of the three conjugations, undone, proposes an infinitive (with the stem
 * changes and spelling changes of Spanish verbs undone too: {@code pide} → pedir, {@code
 * ataqué} → atacar), and the first proposal that is a known verb wins; a form no known verb
 * explains gets the likeliest proposal. Nouns: the singular, preferring a known noun. Adjectives:
 * the masculine singular. Other words: the folded word. The known verbs, nouns and irregular forms
 * are data, {@code spanish-lemmas.txt} beside this class (written for Dyad).
 */
public final class SpanishLemmatizer {

  private static final String RESOURCE = "/org/dyad/pipeline/nlp/spanish-lemmas.txt";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static volatile SpanishLemmatizer shared;

  /** Regular endings (accents folded), longest first within a conjugation, with the infinitive endings they may come from. */
  private static final String[][] VERB_ENDINGS = {
      // gerunds and participles
      {"ando", "ar"}, {"iendo", "er", "ir"}, {"yendo", "er", "ir"},
      {"ados", "ar"}, {"adas", "ar"}, {"ado", "ar"}, {"ada", "ar"},
      {"idos", "er", "ir"}, {"idas", "er", "ir"}, {"ido", "er", "ir"}, {"ida", "er", "ir"},
      // future and conditional (built on the infinitive)
      {"aremos", "ar"}, {"areis", "ar"}, {"aran", "ar"}, {"aras", "ar"}, {"are", "ar"}, {"ara", "ar"},
      {"eremos", "er"}, {"ereis", "er"}, {"eran", "er"}, {"eras", "er"}, {"ere", "er"}, {"era", "er"},
      {"iremos", "ir"}, {"ireis", "ir"}, {"iran", "ir"}, {"iras", "ir"}, {"ire", "ir"}, {"ira", "ir"},
      {"ariamos", "ar"}, {"ariais", "ar"}, {"arian", "ar"}, {"arias", "ar"}, {"aria", "ar"},
      {"eriamos", "er"}, {"eriais", "er"}, {"erian", "er"}, {"erias", "er"}, {"eria", "er"},
      {"iriamos", "ir"}, {"iriais", "ir"}, {"irian", "ir"}, {"irias", "ir"}, {"iria", "ir"},
      // past (preterite, imperfect) and imperfect subjunctive
      {"asteis", "ar"}, {"aste", "ar"}, {"aron", "ar"}, {"abamos", "ar"}, {"abais", "ar"}, {"aban", "ar"},
      {"abas", "ar"}, {"aba", "ar"}, {"aramos", "ar"}, {"asen", "ar"}, {"ase", "ar"},
      {"isteis", "er", "ir"}, {"iste", "er", "ir"}, {"ieron", "er", "ir"}, {"yeron", "er", "ir"}, {"io", "er", "ir"},
      {"yo", "er", "ir"}, {"iamos", "er", "ir"}, {"iais", "er", "ir"}, {"ian", "er", "ir"}, {"ias", "er", "ir"},
      {"ia", "er", "ir"}, {"ieramos", "er", "ir"}, {"ieran", "er", "ir"}, {"ieras", "er", "ir"}, {"iera", "er", "ir"},
      {"iesen", "er", "ir"}, {"iese", "er", "ir"}, {"yera", "er", "ir"}, {"yeran", "er", "ir"},
      // present indicative and subjunctive
      {"amos", "ar", "er"}, {"emos", "er", "ar"}, {"imos", "ir"}, {"ais", "ar", "er", "ir"}, {"eis", "er", "ar"}, {"is", "ir"},
      {"an", "ar", "er", "ir"}, {"en", "er", "ir", "ar"}, {"as", "ar", "er", "ir"}, {"es", "er", "ir", "ar"},
      {"a", "ar", "er", "ir"}, {"e", "er", "ir", "ar"}, {"o", "ar", "er", "ir"}, {"i", "er", "ir"},
      {"yen", "ir"}, {"ye", "ir"}, {"ya", "ir"}, {"yan", "ir"},
  };

  private final Set<String> verbs;
  private final Set<String> nouns;
  private final Map<String, String> irregular;

  SpanishLemmatizer(Set<String> verbs, Set<String> nouns, Map<String, String> irregular) {
    this.verbs = Set.copyOf(verbs);
    this.nouns = Set.copyOf(nouns);
    this.irregular = Map.copyOf(irregular);
  }

  /** The lemmatizer with the project's word lists; loads once per JVM. */
  public static SpanishLemmatizer shared() {
    SpanishLemmatizer local = shared;
    if (local == null) {
      synchronized (SpanishLemmatizer.class) {
        local = shared;
        if (local == null) {
          local = load();
          shared = local;
        }
      }
    }
    return local;
  }

  /** Lower case, accents removed (ñ kept: "año" is not "ano"). */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean plain = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return lower;
    }
    String protectedEnye = lower.replace('ñ', '\u0001');
    String folded = MARKS.matcher(Normalizer.normalize(protectedEnye, Normalizer.Form.NFD)).replaceAll("");
    return folded.replace('\u0001', 'ñ');
  }

  /** Whether this is a verb the lists know (a lemma, folded). */
  public boolean isKnownVerb(String lemma) {
    return verbs.contains(lemma);
  }

  /**
   * The lemma of {@code word} with universal part-of-speech tag {@code upos} (VERB, AUX, NOUN,
   * ADJ, ...): lower case, accents folded.
   */
  public String lemma(String word, String upos) {
    String folded = fold(word);
    if (folded.isEmpty() || !Character.isLetter(folded.charAt(0))) {
      return folded;
    }
    return switch (upos) {
      case "VERB", "AUX" -> verb(folded);
      case "NOUN" -> stressedIPlural(word) ? folded.substring(0, folded.length() - 2) : noun(folded);
      case "ADJ" -> stressedIPlural(word) ? folded.substring(0, folded.length() - 2) : adjective(folded);
      case "PROPN" -> folded;
      default -> {
        String known = irregular.get(folded);
        yield known != null && !verbs.contains(known) ? known : folded;
      }
    };
  }

  /** "israelíes", "iraquíes", "hindúes": the plural of a word ending in a stressed í or ú is that word plus "es". */
  private static boolean stressedIPlural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() > 5 && (lower.endsWith("íes") || lower.endsWith("úes"));
  }

  /** The infinitive of a verb form (folded). */
  String verb(String form) {
    String known = irregular.get(form);
    if (known != null) {
      return known;
    }
    if (verbs.contains(form)) {
      return form;
    }
    if (form.endsWith("se") && verbs.contains(form.substring(0, form.length() - 2))) {
      return form.substring(0, form.length() - 2); // "reunirse"
    }
    List<String> proposals = new ArrayList<>();
    for (String[] ending : VERB_ENDINGS) {
      if (!form.endsWith(ending[0]) || form.length() - ending[0].length() < 1) {
        continue;
      }
      String stem = form.substring(0, form.length() - ending[0].length());
      for (int i = 1; i < ending.length; i++) {
        for (String candidate : stems(stem, ending[i])) {
          if (verbs.contains(candidate)) {
            return candidate;
          }
          proposals.add(candidate);
        }
      }
    }
    if (form.endsWith("ar") || form.endsWith("er") || form.endsWith("ir")) {
      return form;
    }
    return proposals.isEmpty() ? form : proposals.get(0);
  }

  /** Infinitives a stem and an infinitive ending may come from, undoing stem and spelling changes. */
  private static List<String> stems(String stem, String infinitive) {
    List<String> out = new ArrayList<>(4);
    out.add(stem + infinitive);
    // spelling kept before e/i: ataqu-é → atac-ar, llegu-é → lleg-ar, lanc-é → lanz-ar, exij-o → exig-ir, venz-o → venc-er
    if (stem.endsWith("qu")) {
      out.add(stem.substring(0, stem.length() - 2) + "c" + infinitive);
    } else if (stem.endsWith("gu")) {
      out.add(stem.substring(0, stem.length() - 1) + infinitive);
    } else if (stem.endsWith("c")) {
      out.add(stem.substring(0, stem.length() - 1) + "z" + infinitive);
    } else if (stem.endsWith("j")) {
      out.add(stem.substring(0, stem.length() - 1) + "g" + infinitive);
    } else if (stem.endsWith("zc")) {
      out.add(stem.substring(0, stem.length() - 2) + "c" + infinitive);
    } else if (stem.endsWith("z")) {
      out.add(stem.substring(0, stem.length() - 1) + "c" + infinitive);
    } else if (stem.endsWith("g")) {
      out.add(stem.substring(0, stem.length() - 1) + infinitive); // teng-o → ten-er is in the irregular list; sig-o → seguir below
    }
    // stem vowel changes: ie → e (piensa), ue → o (vuelve), i → e (pide), u → o (murió)
    int ie = stem.lastIndexOf("ie");
    if (ie >= 0) {
      out.add(stem.substring(0, ie) + "e" + stem.substring(ie + 2) + infinitive);
    }
    int ue = stem.lastIndexOf("ue");
    if (ue >= 0 && !(ue > 0 && (stem.charAt(ue - 1) == 'q' || stem.charAt(ue - 1) == 'g'))) {
      out.add(stem.substring(0, ue) + "o" + stem.substring(ue + 2) + infinitive);
      if (ue > 0 && stem.charAt(ue - 1) == 'u') {
        out.add(stem.substring(0, ue) + "u" + stem.substring(ue + 2) + infinitive);
      }
    }
    int lastI = lastVowel(stem, 'i');
    if (lastI >= 0) {
      out.add(stem.substring(0, lastI) + "e" + stem.substring(lastI + 1) + infinitive);
    }
    int lastU = lastVowel(stem, 'u');
    if (lastU >= 0) {
      out.add(stem.substring(0, lastU) + "o" + stem.substring(lastU + 1) + infinitive);
    }
    return out;
  }

  /** The last vowel of the stem when it is {@code vowel}, or -1. */
  private static int lastVowel(String stem, char vowel) {
    for (int i = stem.length() - 1; i >= 0; i--) {
      char c = stem.charAt(i);
      if (c == 'u' && i > 0 && (stem.charAt(i - 1) == 'g' || stem.charAt(i - 1) == 'q')) {
        continue; // the u of "gu", "qu" spells the consonant
      }
      if ("aeiou".indexOf(c) >= 0) {
        return c == vowel ? i : -1;
      }
    }
    return -1;
  }

  /** The singular of a noun (folded). */
  String noun(String form) {
    String known = irregular.get(form);
    if (known != null && nouns.contains(known)) {
      return known;
    }
    if (nouns.contains(form) || !form.endsWith("s") || form.length() < 4) {
      return form;
    }
    List<String> proposals = new ArrayList<>();
    if (form.endsWith("ces")) {
      proposals.add(form.substring(0, form.length() - 3) + "z"); // veces → vez
    }
    if (form.endsWith("es")) {
      proposals.add(form.substring(0, form.length() - 2)); // ciudades → ciudad, reuniones → reunion
    }
    proposals.add(form.substring(0, form.length() - 1)); // ataques → ataque
    for (String p : proposals) {
      if (nouns.contains(p)) {
        return p;
      }
    }
    if (form.endsWith("us") || form.endsWith("is")) {
      return form; // no plural ends so: "autobus", "crisis", "virus", "analisis" are singular
    }
    char beforeEs = form.length() > 3 ? form.charAt(form.length() - 3) : 'a';
    boolean afterConsonant = form.length() > 4 && "aeiou".indexOf(form.charAt(form.length() - 4)) < 0;
    if (form.endsWith("es") && "lnrdjyz".indexOf(beforeEs) >= 0 && !form.endsWith("ntes") && !afterConsonant) {
      // "militares" → militar, "naciones" → nacion; but no singular ends in two consonants:
      // "calles" → calle, "torres" → torre, "hombres" → hombre
      return form.endsWith("ces") ? form.substring(0, form.length() - 3) + "z" : form.substring(0, form.length() - 2);
    }
    return form.substring(0, form.length() - 1);
  }

  /** The masculine singular of an adjective (folded): "humanitarias" → humanitario. */
  String adjective(String form) {
    String known = irregular.get(form);
    if (known != null) {
      return known;
    }
    String singular = form;
    if (singular.endsWith("es") && singular.length() > 4 && "lnrsz".indexOf(singular.charAt(singular.length() - 3)) >= 0) {
      singular = singular.substring(0, singular.length() - 2); // militares → militar, franceses → frances
    } else if (singular.endsWith("s") && singular.length() > 3) {
      singular = singular.substring(0, singular.length() - 1);
    }
    if (singular.endsWith("a") && singular.length() > 3) {
      singular = singular.substring(0, singular.length() - 1) + "o"; // humanitaria → humanitario
    }
    return singular;
  }

  static SpanishLemmatizer load() {
    try (InputStream in = SpanishLemmatizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> verbs = new HashSet<>();
      Set<String> nouns = new HashSet<>();
      Map<String, String> irregular = new HashMap<>();
      for (DataLines.Line data : DataLines.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int number = data.number();
        String content = data.content();
        String[] fields = content.split("\\s+");
        switch (fields[0]) {
          case "verbs" -> {
            for (int i = 1; i < fields.length; i++) {
              verbs.add(fold(fields[i]));
            }
          }
          case "nouns" -> {
            for (int i = 1; i < fields.length; i++) {
              nouns.add(fold(fields[i]));
            }
          }
          case "forms" -> {
            if (fields.length < 3) {
              throw new IllegalArgumentException("spanish-lemmas.txt:" + number + ": 'forms LEMMA form ...' needs a form");
            }
            String lemma = fold(fields[1]);
            for (int i = 2; i < fields.length; i++) {
              irregular.putIfAbsent(fold(fields[i]), lemma);
            }
          }
          default -> throw new IllegalArgumentException("spanish-lemmas.txt:" + number
              + ": expected a line starting with 'verbs', 'nouns' or 'forms', got '" + fields[0] + "'");
        }
      }
      return new SpanishLemmatizer(verbs, nouns, irregular);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
