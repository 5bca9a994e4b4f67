package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/** Finds temporal expressions and normalises them against an anchor date (TIMEX-like values). */
public final class TimeNormalizer {

  public List<TimeExpression> find(AnnotatedArticle article, LocalDate anchor) {
    return List.of();
  }
}
