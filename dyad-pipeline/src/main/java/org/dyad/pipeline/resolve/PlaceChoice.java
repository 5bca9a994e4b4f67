package org.dyad.pipeline.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.knowledge.Gazetteer;
import org.dyad.pipeline.knowledge.Phrases;
import org.dyad.pipeline.knowledge.Place;

/**
 * Picks the place an ambiguous name means in one article: "Tripoli" is Libya's capital unless the
 * article names Lebanon (or a Lebanese actor, or another place in Lebanon) and not Libya. A name
 * keeps its first meaning when the text names that meaning's country, or none, or several of the
 * others.
 */
final class PlaceChoice {

  private PlaceChoice() {}

  /**
   * The places to read ambiguous names as, by {@link Phrases#key} of the name; empty when every
   * name keeps its first meaning.
   */
  static Map<String, Place> choose(List<ActorCandidate> candidates, Gazetteer gazetteer) {
    Set<String> mentioned = new HashSet<>();
    Map<String, List<Place>> ambiguous = new HashMap<>();
    for (ActorCandidate c : candidates) {
      List<Place> places = gazetteer.lookupAll(c.text());
      if (places.size() > 1) {
        ambiguous.put(Phrases.key(c.text()), places);
      } else if (c.country() != null && c.key() != null
          && (c.key().startsWith("country:") || c.key().startsWith("place:"))) {
        mentioned.add(c.country());
      }
    }
    Map<String, Place> out = new HashMap<>();
    for (Map.Entry<String, List<Place>> e : ambiguous.entrySet()) {
      List<Place> places = e.getValue();
      if (places.get(0).country() == null || mentioned.contains(places.get(0).country())) {
        continue;
      }
      Place chosen = null;
      int count = 0;
      for (Place p : places.subList(1, places.size())) {
        if (p.country() != null && mentioned.contains(p.country())) {
          chosen = p;
          count++;
        }
      }
      if (count == 1) {
        out.put(e.getKey(), chosen);
      }
    }
    return out;
  }
}
