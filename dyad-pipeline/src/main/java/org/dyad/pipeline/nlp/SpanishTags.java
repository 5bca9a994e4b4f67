package org.dyad.pipeline.nlp;

import java.util.Set;

/**
 * Penn Treebank tags for Spanish tokens, from the universal tags of CoreNLP's Spanish tagger and
 * the word's form, so that every stage reads Spanish tokens as it reads English ones ({@link
 * Token#isVerb()}, "NNP", "PRP$", "VBN"). The verb forms are told by their endings: the infinitive
 * is VB, the gerund VBG, the participle VBN, the preterite and imperfect VBD, the rest (present,
 * future, conditional, subjunctive) VBZ; the modal auxiliaries poder and deber are MD.
 */
final class SpanishTags {

  private static final Set<String> POSSESSIVES = Set.of("su", "sus", "mi", "mis", "tu", "tus", "nuestro", "nuestra",
      "nuestros", "nuestras", "vuestro", "vuestra", "vuestros", "vuestras", "suyo", "suya", "suyos", "suyas");
  private static final Set<String> RELATIVES = Set.of("que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya",
      "cuyos", "cuyas", "donde");
  private static final Set<String> IRREGULAR_PAST = Set.of("fue", "fueron", "fui", "fuimos", "dijo", "dijeron", "hizo",
      "hicieron", "tuvo", "tuvieron", "puso", "pusieron", "vino", "vinieron", "quiso", "quisieron", "dio", "dieron", "vio",
      "vieron", "supo", "pudo", "pudieron", "estuvo", "estuvieron", "hubo", "trajo", "trajeron", "condujo", "produjo",
      "redujo", "mantuvo", "mantuvieron", "obtuvo", "detuvo", "detuvieron", "retuvo", "propuso", "impuso", "impusieron",
      "opuso", "dispuso", "intervino", "era", "eran", "habia", "habian", "estaba", "estaban", "iba", "iban");
  private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hecho", "hecha", "hechos", "hechas", "dicho",
      "dicha", "puesto", "puesta", "muerto", "muerta", "muertos", "muertas", "visto", "vista", "abierto", "abierta",
      "escrito", "escrita", "roto", "rota", "vuelto", "devuelto", "resuelto", "cubierto", "descubierto", "impuesto",
      "impuesta", "propuesto", "propuesta", "dispuesto", "expuesto", "previsto", "disuelto", "absuelto", "preso", "presos");

  private SpanishTags() {}

  /** Whether a folded word is an irregular participle ("muerto", "hecho", "preso"). */
  static boolean isIrregularParticiple(String folded) {
    return IRREGULAR_PARTICIPLES.contains(folded);
  }

  /**
   * The Penn tag of a token.
   *
   * @param upos the universal tag CoreNLP's Spanish tagger gives
   * @param word the token as written
   * @param lemma its lemma ({@link SpanishLemmatizer}: lower case, accents folded)
   */
  static String penn(String upos, String word, String lemma) {
    String folded = SpanishLemmatizer.fold(word);
    return switch (upos) {
      case "NOUN" -> !folded.equals(lemma) && folded.endsWith("s") ? "NNS" : "NN";
      case "PROPN" -> "NNP";
      case "VERB", "AUX" -> verb(upos, word, folded, lemma);
      case "ADJ" -> "JJ";
      case "ADV" -> "RB";
      case "ADP", "SCONJ" -> "IN";
      case "DET" -> POSSESSIVES.contains(folded) ? "PRP$" : "DT";
      case "PRON" -> RELATIVES.contains(folded) ? "WDT" : POSSESSIVES.contains(folded) ? "PRP$" : "PRP";
      case "NUM" -> "CD";
      case "CCONJ" -> "CC";
      case "PART" -> "RP";
      case "INTJ" -> "UH";
      case "SYM" -> "SYM";
      case "PUNCT" -> punctuation(word);
      default -> "FW";
    };
  }

  private static String verb(String upos, String word, String folded, String lemma) {
    if (upos.equals("AUX") && (lemma.equals("poder") || lemma.equals("deber"))) {
      return "MD";
    }
    if (IRREGULAR_PARTICIPLES.contains(folded)) {
      return "VBN";
    }
    if (IRREGULAR_PAST.contains(folded)) {
      return "VBD";
    }
    if (folded.endsWith("ar") || folded.endsWith("er") || folded.endsWith("ir")) {
      return "VB";
    }
    if (folded.endsWith("ando") || folded.endsWith("iendo") || folded.endsWith("yendo")) {
      return "VBG";
    }
    if (folded.matches(".*(ad|id)(o|a|os|as)")) {
      return "VBN";
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("ó") || lower.endsWith("é") || lower.endsWith("í") || folded.endsWith("aron")
        || folded.endsWith("ieron") || folded.endsWith("yeron") || folded.endsWith("aste") || folded.endsWith("iste")
        || folded.matches(".*ab(a|an|as|amos)") || lower.matches(".*í(a|an|as|amos)")) {
      return "VBD";
    }
    if (lower.equals(folded) && folded.endsWith("o") && !lemma.equals(folded) && lemma.endsWith("ar")
        && folded.length() > 4) {
      return "VBD"; // wire copy without accents: "ataco" for "atacó" (a first-person present is rare in news)
    }
    return "VBZ";
  }

  private static String punctuation(String word) {
    return switch (word) {
      case ",", "." -> word;
      case "?", "!", "¿", "¡" -> ".";
      case ":", ";", "-", "—", "–", "..." -> ":";
      case "(", "[", "{" -> "-LRB-";
      case ")", "]", "}" -> "-RRB-";
      case "«", "“", "‘" -> "``";
      case "»", "”", "’" -> "''";
      case "\"", "'" -> "''";
      default -> word;
    };
  }
}
