package org.dyad.pipeline.quote;

import java.util.Map;

/** The word lists quote finding reads, loaded once. */
record Lexicons(Lexicon speechVerbs, Lexicon stanceVerbs, Lexicon messageVerbs, Lexicon roleNouns, Lexicon personNouns,
    Map<String, ArticleQuotes.Gender> givenNames) {}
