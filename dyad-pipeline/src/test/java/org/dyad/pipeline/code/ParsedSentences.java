package org.dyad.pipeline.code;

import java.util.List;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ResolvedArticle;

/** One sentence parsed by CoreNLP, as the coder's stages see it, for the stage ITs. */
final class ParsedSentences {

  private ParsedSentences() {}

  /** The coder's context for the first sentence of {@code text}, with {@code actors} resolving its names. */
  static SentenceContext context(FakeActors actors, String text) {
    Article article = new Article("test", null, null, List.of(), "2022-03-09", null, "en", text, List.of());
    ResolvedArticle resolved = actors.resolve(Annotator.shared().annotate(article));
    return new SentenceContext(resolved, new ParseGraph(resolved.annotated().sentences().get(0)), null, CodeTables.standard(),
        PredicateDictionary.standard(), actors.places(), Lexicon.standard());
  }

  /** The index of the first token of the context's sentence that is {@code word}. */
  static int token(SentenceContext context, String word) {
    ParseGraph graph = context.graph();
    for (int i = 0; i < graph.size(); i++) {
      if (graph.token(i).text().equals(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no token '" + word + "' in the sentence");
  }
}
