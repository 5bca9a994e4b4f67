package org.dyad.pipeline.knowledge;

/**
 * What a phrase of text can mean in the knowledge base. Exactly one of {@code country},
 * {@code organization}, {@code role}, {@code place}, {@code actor} is set, as {@code type} says.
 *
 * @param surface the phrase as written in the knowledge base
 * @param fromDictionary read from a user's PETRARCH dictionary rather than Dyad's own data
 */
public record Term(
    Type type,
    String surface,
    Country country,
    Organization organization,
    Role role,
    Place place,
    DictionaryActor actor,
    boolean fromDictionary) {

  /** The kinds of phrase the knowledge base knows. */
  public enum Type {
    /** A country's name or alias ("Russia", "U.S."). */
    COUNTRY,
    /** An adjective or noun for a country's people ("Russian", "Afghans"). */
    DEMONYM,
    /** A capital city ("Moscow"); a metonym for its country unless the country says otherwise. */
    CAPITAL,
    /** An organisation or group ("NATO", "Taliban"). */
    ORGANIZATION,
    /** A role noun or government body ("spokeswoman", "foreign ministry", "Kremlin"). */
    ROLE,
    /** Another place of the gazetteer ("Istanbul", "Gaza Strip"). */
    PLACE,
    /** An actor of a PETRARCH-format dictionary loaded by the user, with dated codes. */
    ACTOR
  }

  static Term country(Type type, String surface, Country country) {
    return new Term(type, surface, country, null, null, null, null, false);
  }

  static Term organization(String surface, Organization organization) {
    return new Term(Type.ORGANIZATION, surface, null, organization, null, null, null, false);
  }

  static Term role(String surface, Role role) {
    return new Term(Type.ROLE, surface, null, null, role, null, null, false);
  }

  static Term dictionaryRole(String surface, Role role) {
    return new Term(Type.ROLE, surface, null, null, role, null, null, true);
  }

  static Term dictionaryActor(String surface, DictionaryActor actor) {
    return new Term(Type.ACTOR, surface, null, null, null, null, actor, true);
  }

  public static Term place(String surface, Place place) {
    return new Term(Type.PLACE, surface, null, null, null, place, null, false);
  }

  /** An identity for "same entity" comparisons. */
  public String entityKey() {
    return switch (type) {
      case COUNTRY, DEMONYM, CAPITAL -> "country:" + country.iso3();
      case ORGANIZATION -> "org:" + organization.code() + ":" + organization.name();
      case ROLE -> "role:" + role.phrase();
      case PLACE -> "place:" + place.name() + ":" + place.country();
      case ACTOR -> "actor:" + actor.source();
    };
  }
}
