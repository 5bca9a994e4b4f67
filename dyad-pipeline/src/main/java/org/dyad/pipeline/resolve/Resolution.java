package org.dyad.pipeline.resolve;

import java.util.List;
import org.dyad.model.Actor;

/** The actors of one article and every mention of them, in text order. */
public record Resolution(List<Actor> actors, List<ActorMention> mentions) {

  public Resolution {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
  }

  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /** The mention covering token {@code token} of sentence {@code sentence}, or null. */
  public ActorMention mentionAt(int sentence, int token) {
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence && token >= m.firstToken() && token < m.endToken()) {
        return m;
      }
    }
    return null;
  }
}
