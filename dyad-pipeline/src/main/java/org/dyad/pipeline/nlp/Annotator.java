package org.dyad.pipeline.nlp;

import org.dyad.pipeline.extract.Article;

/** Splits an article into annotated sentences. Implementations are thread-safe. */
public interface Annotator {

  AnnotatedArticle annotate(Article article);

  /** The shared CoreNLP-backed annotator of this JVM; models load on first use. */
  static Annotator shared() {
    return CoreNlpAnnotator.shared();
  }

  /** The shared annotator of Spanish (CoreNLP's Spanish models); they load on first use, not before. */
  static Annotator spanish() {
    return SpanishAnnotator.shared();
  }
}
