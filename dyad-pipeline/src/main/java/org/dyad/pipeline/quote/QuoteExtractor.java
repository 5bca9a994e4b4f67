package org.dyad.pipeline.quote;

import java.util.List;
import org.dyad.model.Quote;
import org.dyad.pipeline.resolve.ResolvedArticle;

/** Finds quotes and their speakers. */
public final class QuoteExtractor {

  public List<Quote> find(ResolvedArticle article) {
    return List.of();
  }
}
