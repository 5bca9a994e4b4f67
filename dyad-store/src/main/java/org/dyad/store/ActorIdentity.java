package org.dyad.store;

import java.text.Normalizer;
import java.util.Locale;
import org.dyad.model.Actor;

/**
 * Who an actor is across documents. Countries are one actor per ISO code; everything else is
 * keyed by kind, country and canonical name with case, accents, punctuation and a leading "the"
 * ignored, so "the Taliban" in one article and "Taliban" in another are one group.
 */
final class ActorIdentity {

  private ActorIdentity() {}

  static String key(Actor actor) {
    String kind = actor.kind() == null ? "unknown" : actor.kind().toLowerCase(Locale.ROOT);
    String country = actor.country() == null ? "" : actor.country().toUpperCase(Locale.ROOT);
    if (kind.equals("country") && !country.isEmpty()) {
      return "country|" + country;
    }
    return kind + "|" + country + "|" + normalizedName(actor.name());
  }

  static String normalizedName(String name) {
    if (name == null) {
      return "";
    }
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String words = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (words.startsWith("the ")) {
      words = words.substring(4);
    }
    return words;
  }
}
