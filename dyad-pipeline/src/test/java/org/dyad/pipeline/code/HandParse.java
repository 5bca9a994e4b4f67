package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * A hand-written parse of one sentence, for tests that need a parse of an exact shape (a misparse
 * CoreNLP makes only sometimes) without loading CoreNLP. Tokens are written {@code word/TAG} or
 * {@code word/TAG/lemma} (the lemma is the lower-case word by default), separated by spaces; edges
 * are {@code "relation governor dependent"} by token index, governor -1 for the root.
 */
final class HandParse {

  private final Sentence sentence;
  private final String text;

  private HandParse(Sentence sentence, String text) {
    this.sentence = sentence;
    this.text = text;
  }

  static HandParse of(String tokens, String... edges) {
    List<Token> parsed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String written : tokens.trim().split("\\s+")) {
      String[] parts = written.split("/");
      if (parts.length < 2) {
        throw new IllegalArgumentException("token '" + written + "' needs a tag: word/TAG or word/TAG/lemma");
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(parts[0]);
      String lemma = parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT);
      parsed.add(new Token(parsed.size(), parts[0], start, text.length(), parts[1], lemma, "O"));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (String edge : edges) {
      String[] parts = edge.trim().split("\\s+");
      dependencies.add(new Dependency(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    return new HandParse(new Sentence(0, 0, text.length(), parsed, dependencies), text.toString());
  }

  ParseGraph graph() {
    return new ParseGraph(sentence);
  }

  /** The sentence's text: the words joined by single spaces. */
  String text() {
    return text;
  }

  /** The coder's context for this sentence, with {@code actors} resolving its names. */
  SentenceContext context(FakeActors actors) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    ResolvedArticle resolved = actors.resolve(new AnnotatedArticle(article, List.of(sentence)));
    return new SentenceContext(resolved, new ParseGraph(sentence), null, CodeTables.standard(), PredicateDictionary.standard(),
        actors.places(), Lexicon.standard());
  }
}
