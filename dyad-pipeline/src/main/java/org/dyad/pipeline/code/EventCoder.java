package org.dyad.pipeline.code;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.pipeline.resolve.ResolvedArticle;

/** Codes the events each sentence states. */
public final class EventCoder {

  public List<Event> code(ResolvedArticle article) {
    return List.of();
  }
}
