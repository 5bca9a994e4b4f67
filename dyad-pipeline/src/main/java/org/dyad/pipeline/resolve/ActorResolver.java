package org.dyad.pipeline.resolve;

import java.util.List;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/** Finds the actors of an article: knowledge-base entities, and people and organisations found by NER. */
public final class ActorResolver {

  public Resolution resolve(AnnotatedArticle article) {
    return new Resolution(List.of(), List.of());
  }
}
