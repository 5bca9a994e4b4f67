package org.dyad.model;

import java.util.List;

/**
 * A real-world entity named in the document. One actor per entity: every mention of it points here.
 *
 * @param kind country, organization, group, person or location
 * @param country ISO 3166-1 alpha-3 of the state it belongs to, or null
 * @param sector CAMEO-style sector (GOV, MIL, REB, IGO, ...) or null
 * @param code CAMEO-style actor code, e.g. RUSGOV
 */
public record Actor(
    String id,
    String name,
    List<String> aliases,
    String kind,
    String country,
    String sector,
    String code,
    String role,
    List<Span> mentions) {

  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
