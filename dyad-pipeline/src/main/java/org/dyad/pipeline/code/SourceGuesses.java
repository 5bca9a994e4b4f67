package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.resolve.Resolution;

/**
 * Sources guessed from places when no actor is named as the doer, part of assigning arguments:
 * the people of the place an unnamed crowd demonstrated in; the state a passive act happened in
 * ("is banned in Russia"; for violence only when the victims were foreign soldiers); the country
 * of the place an attack noun is located at ("a bombing near Samarra") or a projectile was fired
 * from ("from the Gaza Strip"). {@link ReportedAggression} never reads such a guess as an accusation.
 */
final class SourceGuesses {

  /** Where an attack noun is said to be ("a bombing near Samarra"). */
  private static final Set<String> ATTACK_PLACE_RELATIONS = Set.of("nmod:in", "nmod:near", "nmod:at", "nmod:outside",
      "nmod:outside_of", "nmod:around");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Resolution resolution;
  private final Lexicon words;

  SourceGuesses(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.resolution = context.resolution();
    this.words = context.words();
  }

  /**
   * An attack named by a common noun no actor stands for ("a roadside bombing near Kandahar", "a
   * device outside the Afghan city of Herat"): the country of the place the attack itself is
   * located at (on the attack's own noun, not where the victims were), or null.
   */
  String attackPlaceSource(int verb) {
    List<Integer> attacks = new ArrayList<>();
    for (Dependency d : graph.children(verb)) {
      String relation = d.relation();
      int child = d.dependent();
      if ((relation.equals("nsubj") || relation.equals("obl:agent")) && graph.token(child).isNoun()
          && !graph.token(child).isProperNoun() && !isPronoun(child) && !isGroupNoun(child) && actorsAt(child).isEmpty()) {
        attacks.add(child);
      }
    }
    for (int attack : attacks) {
      for (Dependency d : graph.children(attack)) {
        if (!ATTACK_PLACE_RELATIONS.contains(d.relation())) {
          continue;
        }
        String country = placeCountry(d.dependent());
        if (country != null) {
          String actor = countryActor(country);
          if (actor != null) {
            return actor;
          }
          for (String id : actorsAt(d.dependent())) {
            Actor place = resolution.actor(id);
            if (place != null && country.equals(place.country())) {
              return id;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * A projectile fired or launched from a named place ("a rocket was fired from the Gaza Strip"):
   * the country actor of that place, else the place when it is an actor of that country; null
   * when there is no such phrase.
   */
  String launchPlaceSource(int verb) {
    if (!words.launchVerbs().contains(graph.lemma(verb))) {
      return null;
    }
    for (int from : graph.children(verb, "obl:from")) {
      String country = placeCountry(from);
      if (country == null) {
        continue;
      }
      String actor = countryActor(country);
      if (actor != null) {
        return actor;
      }
      for (String id : actorsAt(from)) {
        Actor place = resolution.actor(id);
        if (place != null && country.equals(place.country())) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * In a passive without agent, a state named as the place ("is banned in Russia"), or the actor
   * named on the means ("killed in Israeli shelling"). Where people were killed ("killed in
   * Baghdad") says who the victims are, not who attacked: a place name is no source of violence.
   */
  List<String> passiveStateSource(int verb, String code, List<String> victims) {
    boolean violent = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    if (code.startsWith("15")) {
      return List.of(); // "mercenaries have been deployed in Mali": where forces go, not who sends them
    }
    for (int first : graph.descendants(verb, 2)) {
      Dependency up = graph.parent(first);
      if (violent && graph.token(first).isProperNoun() && !(up != null && up.governor() == verb && foreignVictims(verb, first, victims))) {
        continue;
      }
      if (violent && !graph.token(first).isProperNoun() && !attackNoun(first)) {
        continue; // "killed in Israeli shelling" names the side that fired; "shot dead in the Czech capital" only where
      }
      if (up != null && (up.relation().equals("obl:in") || up.relation().equals("nmod:in"))
          && (violent || graph.token(first).isProperNoun())) { // "wish for a settlement in U.S.-Soviet talks" names no state
        for (String id : actorsAt(first)) {
          Actor actor = resolution.actor(id);
          if (actor != null && "country".equals(actor.kind())) {
            return List.of(id);
          }
        }
      }
    }
    return List.of();
  }

  /** Whether a noun names an attack or a weapon firing ("shelling", "an Israeli tank shelling", "a drone strike"). */
  private boolean attackNoun(int noun) {
    if (words.attackNouns().contains(graph.lemma(noun).toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (Dependency d : graph.children(noun)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && words.attackNouns().contains(graph.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Victims who all belong to another country than the one the violence took place in ("Russian
   * soldiers were killed in Ukraine"): the place's country is then the side they fought, the
   * source CAMEO gives an attack with no named attacker (as "a bombing near Samarra killed one
   * U.S. soldier"). Only for armed victims: soldiers die fighting the place's side, but "two
   * British tourists were killed in Egypt" says nothing of who killed them.
   */
  private boolean foreignVictims(int verb, int place, List<String> victims) {
    if (!armedVictims(verb, victims)) {
      return false;
    }
    String country = null;
    for (String id : actorsAt(place)) {
      Actor actor = resolution.actor(id);
      if (actor != null && "country".equals(actor.kind())) {
        country = actor.country();
        break;
      }
    }
    if (country == null || victims.isEmpty()) {
      return false;
    }
    for (String id : victims) {
      Actor victim = resolution.actor(id);
      if (victim == null || victim.country() == null || victim.country().equals(country)) {
        return false;
      }
    }
    return true;
  }

  /** The victims are armed forces: by their actor's sector, or by the noun the passive verb is said of. */
  private boolean armedVictims(int verb, List<String> victims) {
    for (String id : victims) {
      Actor victim = resolution.actor(id);
      if (victim != null && ("MIL".equals(victim.sector()) || "SPY".equals(victim.sector()))) {
        return true;
      }
    }
    for (int subject : graph.children(verb, "nsubj:pass")) {
      if (words.armedNouns().contains(graph.lemma(subject).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The verb's subject is a common noun no actor stands for ("thousands of people", "ethnic Albanians"). */
  boolean unnamedCrowd(int verb) {
    for (int subject : graph.children(verb, "nsubj")) {
      if (graph.token(subject).isNoun() && !isPronoun(subject) && actorsAt(subject).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private String countryActor(String iso3) {
    return context.places().countryActor(iso3);
  }

  private boolean isGroupNoun(int token) {
    return context.actors().isGroupNoun(token);
  }

  private boolean isPronoun(int token) {
    return context.actors().isPronoun(token);
  }

  private String placeCountry(int node) {
    return context.places().placeCountry(node);
  }
}
