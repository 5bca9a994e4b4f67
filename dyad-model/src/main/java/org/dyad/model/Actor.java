package org.dyad.model;

import java.util.List;

/**
 * A real-world entity named in the document. One actor per entity: every mention of it points here.
 *
 * @param kind country, organization, group, person or location
 * @param country ISO 3166-1 alpha-3 of the state it belongs to, or null
 * @param sector CAMEO-style sector (GOV, MIL, REB, IGO, ...) or null
 * @param code CAMEO-style actor code, e.g. RUSGOV
 * @param place the place the actor is tied to (a governor's province, a local militia's town, a
 *     country's own point), or null
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
    List<Span> mentions,
    Location place) {

  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An actor tied to no place. */
  public Actor(String id, String name, List<String> aliases, String kind, String country, String sector, String code,
      String role, List<Span> mentions) {
    this(id, name, aliases, kind, country, sector, code, role, mentions, null);
  }

  /** This actor tied to a place. */
  public Actor withPlace(Location newPlace) {
    return new Actor(id, name, aliases, kind, country, sector, code, role, mentions, newPlace);
  }
}
