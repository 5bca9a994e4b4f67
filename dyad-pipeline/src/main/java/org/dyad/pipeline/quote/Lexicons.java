package org.dyad.pipeline.quote;

import java.util.Map;

/**
 * The word lists quote finding reads, loaded once; {@code guillemets}: the language also marks
 * quotes with « » (Spanish), read as “ ”.
 */
record Lexicons(Lexicon speechVerbs, Lexicon stanceVerbs, Lexicon messageVerbs, Lexicon roleNouns, Lexicon personNouns,
    Map<String, ArticleQuotes.Gender> givenNames, boolean guillemets) {

  /** The lists of a language whose quotes are marked with “ ” and " only (English). */
  Lexicons(Lexicon speechVerbs, Lexicon stanceVerbs, Lexicon messageVerbs, Lexicon roleNouns, Lexicon personNouns,
      Map<String, ArticleQuotes.Gender> givenNames) {
    this(speechVerbs, stanceVerbs, messageVerbs, roleNouns, personNouns, givenNames, false);
  }
}
