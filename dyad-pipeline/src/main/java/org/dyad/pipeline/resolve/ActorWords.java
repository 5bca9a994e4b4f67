package org.dyad.pipeline.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The function words the actor reader reads in one language: the preposition that ties a role to
 * its owner ("the foreign minister of Iran", "el canciller de Irán"), articles, and the place
 * prepositions, given by the English word of the same role ("en" reads as "in"); and whether an
 * adjective may follow its noun and name the noun's owner ("el canciller ruso").
 *
 * @param prepositions each preposition's English equivalent (English maps each to itself)
 * @param articles articles a role phrase may start with
 * @param ownerAfterRole whether a demonym right after a role noun names its country
 * @param unplacedGroupsAreActors whether a group or body the text gives no country ("los manifestantes",
 *     "unos jóvenes", "la policía" in a text of no country) is an actor of no country rather than no
 *     actor: the Spanish gold codes such agents ("~CVL", "---COP")
 * @param civiliansTakeContextCountry whether civilians and refugees the text ties to no place
 *     ("killed 20 civilians") are the country's in context; in Spanish they stay of no country
 *     ("asesinaron a tres personas": "~CVL"), as the Spanish gold codes them
 */
record ActorWords(Map<String, String> prepositions, Set<String> articles, boolean ownerAfterRole,
    boolean unplacedGroupsAreActors, boolean civiliansTakeContextCountry) {

  static final ActorWords ENGLISH = new ActorWords(Map.of("of", "of", "in", "in", "from", "from"),
      Set.of("the"), false, false, true);

  static final ActorWords SPANISH = new ActorWords(
      Map.of("de", "of", "del", "of", "en", "in", "desde", "from", "procedente", "from"),
      Set.of("el", "la", "los", "las", "unos", "unas"), true, true, false);

  /** The English preposition a word stands for ("de" → "of"), or null. */
  String preposition(String word) {
    return prepositions.get(word.toLowerCase(Locale.ROOT));
  }

  boolean isOf(String word) {
    return "of".equals(preposition(word));
  }

  boolean isArticle(String word) {
    return articles.contains(word.toLowerCase(Locale.ROOT));
  }
}
