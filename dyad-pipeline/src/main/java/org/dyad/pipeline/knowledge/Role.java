package org.dyad.pipeline.knowledge;

/**
 * A role noun or a government body, with the sector it implies.
 *
 * @param phrase the phrase as written in the knowledge base
 * @param sector CAMEO-style sector (GOV, MIL, REB...)
 * @param kind one holder (person), many people (collective) or an institution (body)
 * @param country ISO3 when the phrase itself names one country's body ("Kremlin"), else null
 * @param canonical the role name given to actors ("foreign minister" for "minister of foreign affairs")
 */
public record Role(String phrase, String sector, Kind kind, String country, String canonical) {

  /** What a role phrase names. */
  public enum Kind {
    PERSON,
    COLLECTIVE,
    BODY
  }
}
