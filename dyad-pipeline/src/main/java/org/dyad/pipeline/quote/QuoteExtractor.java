package org.dyad.pipeline.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Quote;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Finds quotes and their speakers. Direct quotes are words between double quotation marks that
 * stand as a clause (possibly over several sentences or paragraphs, possibly split by the
 * attribution); partial quotes are quoted words inside a sentence; indirect quotes are clauses
 * reported by a verb of saying ("X said that …", "X told reporters …", "…, X wrote") or by
 * "according to X". The speaker is the actor named by the subject of the cue (or the object of
 * "according to"); a pronoun refers back to the most recent compatible actor in subject position;
 * a quote paragraph without a cue continues the speaker of the quote before it. Quoted words with
 * no cue (scare quotes) are left out, as are reported clauses whose speaker names no actor.
 * Thread-safe.
 */
public final class QuoteExtractor {

  private final Lexicons lexicons;

  public QuoteExtractor() {
    this(new Lexicons(
        Lexicon.load("speech-verbs.txt"),
        Lexicon.load("stance-verbs.txt"),
        Lexicon.load("message-verbs.txt"),
        Lexicon.load("speaker-role-nouns.txt"),
        Lexicon.load("person-nouns.txt"),
        givenNames()));
  }

  private QuoteExtractor(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  /**
   * The extractor of quotes in Spanish text: quotes marked with « » as well, and the Spanish word
   * lists of {@code es/} (verbs of saying as lemmas: "afirmar", "señalar"; role nouns: "portavoz").
   */
  public static QuoteExtractor spanish() {
    return new QuoteExtractor(new Lexicons(
        Lexicon.load("es/speech-verbs.txt"),
        Lexicon.load("es/stance-verbs.txt"),
        Lexicon.load("es/message-verbs.txt"),
        Lexicon.load("es/speaker-role-nouns.txt"),
        Lexicon.load("es/person-nouns.txt"),
        givenNames(),
        true));
  }

  /** The quotes of an article, numbered q1, q2, … in text order. */
  public List<Quote> find(ResolvedArticle article) {
    List<Quote> quotes = new ArrayList<>();
    for (AttributedQuote quote : findAttributed(article)) {
      quotes.add(quote.quote());
    }
    return quotes;
  }

  /** The same quotes, each with the stretch of text its speaker was read from. */
  public List<AttributedQuote> findAttributed(ResolvedArticle article) {
    return new ArticleQuotes(article, lexicons).find();
  }

  private static Map<String, ArticleQuotes.Gender> givenNames() {
    Map<String, ArticleQuotes.Gender> names = new HashMap<>();
    for (String line : Lexicon.lines("given-names.txt")) {
      String[] fields = line.split("\t");
      if (fields.length == 2) {
        names.put(fields[0], fields[1].equals("f") ? ArticleQuotes.Gender.FEMALE : ArticleQuotes.Gender.MALE);
      }
    }
    return Map.copyOf(names);
  }
}
