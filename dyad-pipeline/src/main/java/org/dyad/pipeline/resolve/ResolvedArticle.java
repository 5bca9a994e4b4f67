package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Amount;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.geo.ToponymResolver;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/**
 * An annotated article with its actors, times and amounts resolved.
 *
 * @param anchor the date relative expressions were resolved against (publication date), or null
 * @param toponyms the places the text names, resolved in the gazetteer (org.dyad.pipeline.geo), in text order
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, Resolution resolution, List<TimeExpression> times, List<Amount> amounts, LocalDate anchor,
    List<ToponymResolver.Resolved> toponyms) {

  public ResolvedArticle {
    times = List.copyOf(times);
    amounts = List.copyOf(amounts);
    toponyms = toponyms == null ? List.of() : List.copyOf(toponyms);
  }

  /** An article whose toponyms are not resolved (none). */
  public ResolvedArticle(AnnotatedArticle annotated, Resolution resolution, List<TimeExpression> times,
      List<Amount> amounts, LocalDate anchor) {
    this(annotated, resolution, times, amounts, anchor, List.of());
  }

  public String text() {
    return annotated.text();
  }

  /**
   * This article with {@code added} among its actor mentions (in text order), the rest as it is;
   * this article itself when there are none (mentions the coder reads in: pronouns, definite
   * descriptions, a text's author).
   */
  public ResolvedArticle withMentionsAdded(List<ActorMention> added) {
    if (added.isEmpty()) {
      return this;
    }
    List<ActorMention> mentions = new java.util.ArrayList<>(resolution.mentions());
    mentions.addAll(added);
    mentions.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return new ResolvedArticle(annotated, new Resolution(resolution.actors(), mentions, resolution.dating()), times,
        amounts, anchor, toponyms);
  }
}
