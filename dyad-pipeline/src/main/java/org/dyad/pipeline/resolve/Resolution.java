package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;

/**
 * The actors of one article and every mention of them, in text order.
 *
 * @param dating by actor id, how the code of an actor whose roles are dated depends on the date
 *     (absent: the actor's code holds at any date)
 */
public record Resolution(List<Actor> actors, List<ActorMention> mentions, Map<String, ActorDating> dating) {

  public Resolution {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
    dating = Map.copyOf(dating);
  }

  /** Actors whose codes hold at any date. */
  public Resolution(List<Actor> actors, List<ActorMention> mentions) {
    this(actors, mentions, Map.of());
  }

  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The code of actor {@code id} on {@code date}: a person's office or dictionary role then, else
   * the actor's code; null for no actor or an actor without code.
   */
  public String codeOn(String id, LocalDate date) {
    if (id == null) {
      return null;
    }
    ActorDating dated = dating.get(id);
    if (dated != null) {
      return dated.codeOn(date);
    }
    Actor actor = actor(id);
    return actor == null ? null : actor.code();
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
