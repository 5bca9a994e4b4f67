package org.dyad.pipeline.resolve;

import java.util.List;
import org.dyad.model.Amount;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/** Finds amounts of money (ISO 4217 units) and other quantities. */
public final class AmountExtractor {

  public List<Amount> find(AnnotatedArticle article) {
    return List.of();
  }
}
