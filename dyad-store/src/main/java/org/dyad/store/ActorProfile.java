package org.dyad.store;

import java.util.List;

/** An actor with its aliases, dated roles and the actors it has most events with. */
public record ActorProfile(ActorSummary actor, List<String> aliases, List<ActorRole> roles, List<NetworkEdge> partners) {

  public ActorProfile {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    partners = List.copyOf(partners);
  }
}
