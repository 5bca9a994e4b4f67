package org.dyad.pipeline.eval;

import java.util.List;
import org.dyad.pipeline.resolve.ResolvedArticle;

/** Test access to how the evaluation turns Dyad quotes into scored quotes. */
public final class QuoteEvaluationAccess {

  public List<QuoteScore.SystemQuote> dyadQuotes(ResolvedArticle resolved) {
    return new QuoteEvaluation(null, null).dyadQuotes(resolved);
  }
}
