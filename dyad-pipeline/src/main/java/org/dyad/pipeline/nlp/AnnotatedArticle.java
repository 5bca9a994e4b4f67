package org.dyad.pipeline.nlp;

import java.util.List;
import org.dyad.pipeline.extract.Article;

/** An article with its sentences annotated. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }

  /** The sentence holding character offset {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
