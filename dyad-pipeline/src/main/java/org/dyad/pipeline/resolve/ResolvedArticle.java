package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Amount;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/**
 * An annotated article with its actors, times and amounts resolved.
 *
 * @param anchor the date relative expressions were resolved against (publication date), or null
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, Resolution resolution, List<TimeExpression> times, List<Amount> amounts, LocalDate anchor) {

  public ResolvedArticle {
    times = List.copyOf(times);
    amounts = List.copyOf(amounts);
  }

  public String text() {
    return annotated.text();
  }
}
