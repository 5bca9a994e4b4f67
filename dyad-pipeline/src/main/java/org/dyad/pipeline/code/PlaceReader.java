package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Location;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Stage 5, place: where an event happens (its location) and the places that stand for a target,
 * read from the gazetteer ({@link PlaceLookup}) for proper nouns and from place actors: "met in
 * Zurich" happens in Zurich and, with no other target, is aimed at Switzerland; "arrived in
 * Moscow" is aimed at Russia.
 */
final class PlaceReader {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final ResolvedArticle article;
  private final Candidate previous;
  private final PlaceLookup places;
  private final Lexicon words;
  private final List<Candidate> out;

  PlaceReader(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.article = context.article();
    this.previous = context.previous();
    this.places = context.lookup();
    this.words = context.words();
    this.out = context.out();
  }

  /** The gazetteer place a proper-noun token (with its compounds) names, or null. */
  Location placeAt(int token) {
    if (!graph.token(token).isProperNoun()) {
      return null;
    }
    int from = token;
    int to = token + 1;
    for (int c : graph.children(token, "compound")) {
      if (graph.token(c).isProperNoun() && c < from && c == from - 1) {
        from = c;
      }
    }
    Location place = places.find(sentence.text(article.text(), from, to));
    if (place == null && from != token) {
      place = places.find(graph.token(token).text());
    }
    if (place == null) {
      ActorMention mention = resolution.mentionAt(sentence.index(), token);
      if (mention != null) {
        Actor actor = resolution.actor(mention.actorId());
        if (actor != null && ("location".equals(actor.kind()) || "country".equals(actor.kind()))) {
          place = places.find(actor.name());
          if (place == null) {
            place = new Location(actor.name(), actor.country(), null, null);
          }
        }
      }
    }
    return place;
  }

  /** The id of the country actor with this ISO code in the article, or null. */
  String countryActor(String iso3) {
    for (Actor actor : resolution.actors()) {
      if ("country".equals(actor.kind()) && iso3.equals(actor.country())) {
        return actor.id();
      }
    }
    return null;
  }

  /** Where the event happens: "in Moscow" on the trigger or its object, or the place visited. */
  Location location(int trigger, String code) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    for (Dependency d : graph.children(trigger)) {
      if (d.relation().equals("obj") || d.relation().startsWith("obl:for") || (d.relation().equals("obl:to")
          || d.relation().equals("obl:at") || d.relation().equals("obl:in"))
          && graph.token(d.dependent()).isNoun() && !graph.token(d.dependent()).isProperNoun()) {
        heads.add(d.dependent()); // "agreed to a truce in Khartoum": where the truce is
      }
    }
    Dependency up = graph.parent(trigger);
    if (up != null && graph.token(trigger).isNoun() && graph.token(up.governor()).isVerb()) {
      heads.add(up.governor());
    }
    for (int head : heads) {
      for (Dependency d : graph.children(head)) {
        String relation = d.relation();
        if (relation.equals("obl:in") || relation.equals("obl:at") || relation.equals("nmod:in") || relation.equals("nmod:at")) {
          Location place = placeAt(d.dependent());
          if (place != null) {
            return place;
          }
        }
        if (relation.equals("advmod") && graph.lemma(d.dependent()).equals("there") && previous != null
            && previous.location != null) {
          return previous.location;
        }
      }
    }
    for (int subject : graph.children(trigger, "nsubj")) {
      if (isGroupNoun(subject) && !code.startsWith("04")) {
        for (int at : graph.children(subject, "nmod:in")) {
          Location place = placeAt(at); // "police in Seoul fired tear gas": where the police acted
          if (place != null) {
            return place;
          }
        }
      }
    }
    if (code.startsWith("042") || code.startsWith("043")) {
      for (Dependency d : graph.children(trigger)) {
        String relation = d.relation();
        if (relation.equals("obj") || relation.equals("obl:to") || relation.equals("nmod:to")) {
          Location place = placeAt(d.dependent());
          if (place != null) {
            return place;
          }
        }
      }
    }
    return null;
  }

  /** Targets named as the place a verb or noun goes to ("arrive in Moscow", "visit to Qatar"). */
  List<String> placeTargets(int trigger) {
    List<String> out = new ArrayList<>();
    for (Dependency d : graph.children(trigger)) {
      String relation = d.relation();
      if (relation.equals("obj") || relation.equals("obl:in") || relation.equals("obl:to") || relation.equals("obl:at")
          || relation.equals("obl:for") || relation.equals("nmod:to") || relation.equals("nmod:in") || relation.equals("obl")) {
        int t = d.dependent();
        if (purposePhrase(t)) {
          continue;
        }
        ActorMention mention = resolution.mentionAt(sentence.index(), t);
        Location place = placeAt(t);
        if (mention != null) {
          Actor actor = resolution.actor(mention.actorId());
          if (actor != null && "location".equals(actor.kind()) && actor.country() != null) {
            String country = countryActor(actor.country());
            out.add(country != null ? country : actor.id());
          } else {
            out.add(mention.actorId());
          }
        } else if (place != null && place.country() != null) {
          String country = countryActor(place.country());
          if (country != null) {
            out.add(country);
          }
        }
      }
    }
    return out;
  }

  /**
   * The actor for the place where the event happens ("in Zurich", "in Montenegro"): the country
   * actor of the place's country when the article names one, else the place itself when it is
   * an actor with a country; null when the place is the source's own or unknown.
   */
  String placeTarget(int trigger, List<String> sources) {
    List<Integer> heads = new ArrayList<>();
    heads.add(trigger);
    Dependency up = graph.parent(trigger);
    if (up != null && graph.token(trigger).isNoun() && graph.token(up.governor()).isVerb()) {
      heads.add(up.governor());
    }
    for (int level = 0; level < 2; level++) {
      for (int head : List.copyOf(heads)) {
        for (Dependency d : graph.children(head)) {
          String base = d.baseRelation();
          // the object, the controlled infinitive ("refused to deploy troops in Iraq") and what they govern
          // ... and a time or other common-noun adjunct the parser hung the place on ("on Tuesday in Serbia")
          boolean adjunct = base.equals("obl") && level == 0 && head == trigger && graph.token(d.dependent()).isNoun()
              && (!graph.token(d.dependent()).isProperNoun() || isTimeWord(d.dependent()));
          if ((base.equals("obj") || base.equals("xcomp") || base.equals("nsubj") && d.relation().equals("nsubj:pass")
              || base.equals("nmod") && level > 0 || adjunct) && !heads.contains(d.dependent())) {
            heads.add(d.dependent());
          }
        }
      }
    }
    for (int head : heads) {
      for (Dependency d : graph.children(head)) {
        String relation = d.relation();
        if (!(relation.equals("obl:in") || relation.equals("obl:at") || relation.equals("nmod:in") || relation.equals("nmod:at")
            || relation.equals("obl:across") || relation.equals("obl:throughout")) || purposePhrase(d.dependent())) {
          continue; // "fired missiles at ships in support of the Palestinians": for whom, not where
        }
        String country = null;
        String own = null;
        for (String id : actorsAt(d.dependent())) {
          Actor actor = resolution.actor(id);
          if (actor != null && actor.country() != null && ("location".equals(actor.kind()) || "country".equals(actor.kind()))) {
            country = actor.country();
            own = actor.id();
            break;
          }
        }
        if (own == null) {
          Location place = placeAt(d.dependent());
          country = place == null ? null : place.country();
        }
        if (country == null) {
          continue;
        }
        String target = countryActor(country);
        if (target == null) {
          target = own;
        }
        if (target != null && !sources.contains(target)) {
          return target;
        }
      }
    }
    return null;
  }

  private boolean purposePhrase(int head) {
    return context.actors().purposePhrase(head);
  }

  /** The country of a place phrase: "Herat", "the town of Herat", "the Afghan city of Herat". */
  String placeCountry(int node) {
    Location place = placeAt(node);
    if (place != null && place.country() != null) {
      return place.country();
    }
    for (int of : graph.children(node, "nmod:of")) {
      place = placeAt(of);
      if (place != null && place.country() != null) {
        return place.country();
      }
    }
    for (int adjective : graph.children(node, "amod")) {
      for (String id : actorsAt(adjective)) {
        Actor actor = resolution.actor(id);
        if (actor != null && "country".equals(actor.kind()) && actor.country() != null) {
          return actor.country();
        }
      }
    }
    return null;
  }

  /** A day or month name ("on Tuesday", "in March"): a proper noun that is a time, not an actor or place. */
  private boolean isTimeWord(int token) {
    return words.timeWords().contains(graph.lemma(token).toLowerCase(Locale.ROOT))
        && resolution.mentionAt(sentence.index(), token) == null;
  }

  /** Every target is a place actor with no country and no code: it says where, not to whom. */
  private boolean unplacedPlaces(List<String> targets) {
    for (String id : targets) {
      Actor actor = resolution.actor(id);
      if (actor == null || !"location".equals(actor.kind()) || actor.country() != null || actor.code() != null) {
        return false;
      }
    }
    return true;
  }

  private Location asLocation(String id) {
    Actor actor = resolution.actor(id);
    Location known = places.find(actor.name());
    return known != null ? known : new Location(actor.name(), null, null, null);
  }

  /** Whether the place target lies in the country of one of the sources. */
  boolean homePlace(String place, List<String> sources) {
    Actor actor = resolution.actor(place);
    return actor != null && actor.country() != null && homeCountry(actor.country(), sources);
  }

  /**
   * Targets that are all places of no country and no code say where, not whom: the event is
   * located there (unless it has a place), and aimed at the place's country when the gazetteer
   * knows it and it is not the source's own ("struck Gaza": its country), else at no one. A lone
   * target that is a place abroad with a country but no code of its own ("occupied Crimea") is
   * aimed at that country when the text names it, and the place is where.
   */
  void placesAsTargets(Draft draft) {
    if (!draft.targets.isEmpty() && unplacedPlaces(draft.targets)) {
      Location place = asLocation(draft.targets.get(0));
      String country = place.country() == null ? null : countryActor(place.country());
      if (draft.location == null) {
        draft.location = place;
      }
      if (country != null && !homeCountry(place.country(), draft.sources)) {
        draft.targets = List.of(country); // "struck Gaza" with Gaza known to the gazetteer: its country is hit
        draft.rule = draft.rule + " +place-country";
      } else {
        draft.targets = List.of(); // "visited the city of Kahramanmaras": a place of unknown country is where, not whom
        draft.rule = draft.rule + " +place-not-target";
      }
    } else if (draft.targets.size() == 1 && uncodedPlaceAbroad(draft.targets.get(0), draft.sources)) {
      // "the occupation by Russia of Crimea" with Ukraine named in the text: the place stands for its state,
      // which is whom the act is against; the place is where
      Actor place = resolution.actor(draft.targets.get(0));
      String country = countryActor(place.country());
      if (country != null) {
        if (draft.location == null) {
          draft.location = asLocation(draft.targets.get(0));
        }
        draft.targets = List.of(country);
        draft.rule = draft.rule + " +place-country";
      }
    }
  }

  /** A place of a known country, not a source's own, that has no actor code of its own ("Crimea", "Gaza"). */
  private boolean uncodedPlaceAbroad(String id, List<String> sources) {
    Actor actor = resolution.actor(id);
    return actor != null && "location".equals(actor.kind()) && actor.code() == null && actor.country() != null
        && !homeCountry(actor.country(), sources);
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private boolean homeCountry(String country, List<String> sources) {
    return context.actors().homeCountry(country, sources);
  }

  private boolean isGroupNoun(int token) {
    return context.actors().isGroupNoun(token);
  }
}
