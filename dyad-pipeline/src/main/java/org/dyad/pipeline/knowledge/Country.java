package org.dyad.pipeline.knowledge;

import java.util.List;

/**
 * A state in the knowledge base.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param demonyms adjectives and nouns for its people ("Afghan", "Afghans")
 * @param capitalIsMetonym whether a mention of the capital may be read as the country ("Moscow said")
 */
public record Country(
    String iso3, String name, List<String> aliases, List<String> demonyms, String capital, boolean capitalIsMetonym) {

  public Country {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }
}
