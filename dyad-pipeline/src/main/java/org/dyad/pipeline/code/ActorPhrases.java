package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Location;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;

/**
 * The actors the parse names: the resolved actors a noun phrase stands for (coordinated ones, the
 * nearest actor modifier of a common noun, "security forces in Guinea", "nurses affiliated with
 * the union", a gazetteer place's country; never a currency's country), the actors deeper in a
 * trigger's arguments, and how actors relate (one side, abroad, coded). Shared by the stages.
 */
final class ActorPhrases {

  /** The modifiers of a common noun that name its actor, nearest first ("the Turkish side of Cyprus": Turkey). */
  private static final List<String> ACTOR_MODIFIER_ORDER = List.of("compound", "amod", "nmod:poss", "nmod:of", "appos",
      "nmod:from", "nmod:by", "nmod:agent");
  /** Where a group noun is ("security forces in Guinea", "students throughout Indonesia"). */
  private static final Set<String> GROUP_PLACE_RELATIONS = Set.of("nmod:in", "nmod:throughout", "nmod:across", "nmod:from");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final Lexicon words;

  ActorPhrases(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.words = context.words();
  }

  /** The actors a noun phrase headed by {@code head} names, coordinated ones included. */
  List<String> actorsAt(int head) {
    List<String> out = new ArrayList<>();
    collectActors(head, 0, out, new HashSet<>());
    return out;
  }

  /** The actors named by the {@code relation} dependents of {@code head} ("nsubj": the subjects' actors), in order. */
  List<String> actorsOf(int head, String relation) {
    List<String> actors = new ArrayList<>();
    for (int t : graph.children(head, relation)) {
      actors.addAll(actorsAt(t));
    }
    return actors;
  }

  /**
   * "A New York man", "an Indianapolis family", "the Agnelli family", "a Dublin school": private
   * people or institutions named by the town they are from or the person they belong to, who are
   * neither (a country, "a Russian man", stays the country's).
   */
  private boolean townsfolk(int head, int modifier) {
    if (!words.privatePersonNouns().contains(graph.lemma(head).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    ActorMention mention = resolution.mentionAt(sentence.index(), modifier);
    if (mention == null) {
      return false;
    }
    org.dyad.model.Actor actor = resolution.actor(mention.actorId());
    return actor != null && ("location".equals(actor.kind()) || "person".equals(actor.kind())
        || "country".equals(actor.kind()) && namedByTown(modifier, actor));
  }

  /**
   * Whether the word names a town of the country, not the country ("a Dublin school": Dublin
   * stands for Ireland elsewhere, but a school from Dublin is no act of Ireland's): the gazetteer
   * knows it by another name than the country actor's.
   */
  private boolean namedByTown(int token, org.dyad.model.Actor country) {
    org.dyad.model.Location place = context.lookup().find(graph.token(token).text());
    return place != null && place.name() != null && !place.name().equalsIgnoreCase(country.name());
  }

  private void collectActors(int node, int depth, List<String> out, Set<Integer> seen) {
    if (!seen.add(node)) {
      return;
    }
    ActorMention mention = resolution.mentionAt(sentence.index(), node);
    if (mention != null && currencyModifier(node)) {
      return; // "10 million Swiss francs": a currency, not Switzerland
    }
    if (mention != null && !isPronounWithoutAntecedent(node)) {
      if (!out.contains(mention.actorId())) {
        out.add(mention.actorId());
      }
      for (String other : coordinatedModifierActors(node, mention.actorId())) {
        if (!out.contains(other)) {
          out.add(other); // "Hungarian and Romanian officials": the Hungarian side too
        }
      }
    } else if (depth == 0 && appositionOfActor(node) != null) {
      out.add(appositionOfActor(node)); // "the Houthis, militants in Yemen backed by Iran": the militants are the Houthis
    } else if (depth < 2) {
      int before = out.size();
      for (String relation : ACTOR_MODIFIER_ORDER) {
        if (relation.equals("compound") && nameOfItsOwn(node)) {
          continue; // "the Bangkok International Film Festival": a name of its own, not Thailand acting
        }
        for (Dependency d : graph.children(node)) {
          if (d.relation().equals(relation) && !townsfolk(node, d.dependent())) {
            collectActors(d.dependent(), depth + 1, out, seen);
          }
        }
        if (out.size() > before) {
          break; // the nearest modifier names the actor: "the Turkish side of Cyprus" is Turkey
        }
      }
      if (out.isEmpty() && depth == 0) {
        for (Dependency d : graph.children(node)) {
          int name = d.dependent();
          if (d.relation().equals("dep") && name > node && name - node <= 3 && graph.token(name).isProperNoun()) {
            collectActors(name, depth + 1, out, seen); // "his rival Raila Odinga" with the name hung loose
          }
        }
      }
      if (out.isEmpty() && isGroupNoun(node)) {
        for (Dependency d : graph.children(node)) {
          if (GROUP_PLACE_RELATIONS.contains(d.relation())) {
            collectActors(d.dependent(), depth + 1, out, seen); // "security forces in Guinea", "students throughout Indonesia"
          }
        }
      }
      if (out.isEmpty() && isGroupNoun(node)) {
        for (Dependency d : graph.children(node)) {
          if ((d.relation().equals("amod") || d.relation().equals("acl")) && words.affiliationWords().contains(graph.lemma(d.dependent()))) {
            for (Dependency a : graph.children(d.dependent())) {
              if (a.relation().equals("obl:with") || a.relation().equals("obl:to")) {
                collectActors(a.dependent(), depth + 1, out, seen); // "nurses affiliated with the Polish union"
              }
            }
          }
        }
      }
      if (out.isEmpty() && depth == 0) {
        Location place = placeAt(node);
        if (place != null && place.country() != null) {
          String country = countryActor(place.country());
          if (country != null) {
            out.add(country);
          }
        }
      }
    }
    for (Dependency d : graph.children(node)) {
      if (d.relation().startsWith("conj:and") || d.relation().startsWith("conj:or") || d.relation().equals("conj")) {
        collectActors(d.dependent(), depth, out, seen);
      }
    }
  }

  /**
   * The other sides of coordinated nationality modifiers on a noun the resolver read as one
   * actor ("Greek and Turkish officials", "Indian and Chinese negotiators"): the actors the
   * other modifiers name, when they name a different country than {@code actorId}.
   */
  private List<String> coordinatedModifierActors(int node, String actorId) {
    List<String> out = new ArrayList<>();
    Actor own = resolution.actor(actorId);
    if (own == null || own.country() == null) {
      return out;
    }
    List<Integer> modifiers = new ArrayList<>();
    for (Dependency d : graph.children(node)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        modifiers.add(d.dependent());
      }
    }
    for (int modifier : modifiers) {
      boolean coordinated = false;
      for (Dependency d : graph.children(modifier)) {
        coordinated |= d.relation().startsWith("conj:and") && modifiers.contains(d.dependent());
      }
      Dependency up = graph.parent(modifier);
      coordinated |= up != null && up.relation().startsWith("conj:and") && modifiers.contains(up.governor());
      if (!coordinated) {
        continue;
      }
      ActorMention mention = resolution.mentionAt(sentence.index(), modifier);
      if (mention == null || mention.actorId().equals(actorId)) {
        continue;
      }
      Actor other = resolution.actor(mention.actorId());
      if (other != null && other.country() != null && !other.country().equals(own.country())) {
        out.add(mention.actorId());
      }
    }
    return out;
  }

  /** A phrase of purpose or cause ("in support of", "in response to"): whom it names is neither where nor at whom. */
  boolean purposePhrase(int head) {
    return graph.token(head).isNoun() && !graph.token(head).isProperNoun() && words.purposeNouns().contains(graph.lemma(head));
  }

  /**
   * A capitalised name of three words or more that no actor stands for ("the Bangkok International
   * Film Festival", "the Manchester Evening News"): a body with a name of its own, whose place word
   * is part of the name. Shorter ones ("Kenyan Airways", "Gaza City") may still be read by their place.
   */
  private boolean nameOfItsOwn(int node) {
    if (!graph.token(node).isProperNoun()) {
      return false;
    }
    int compounds = 0;
    for (Dependency d : graph.children(node)) {
      if (d.relation().equals("compound") && graph.token(d.dependent()).isProperNoun()) {
        compounds++;
      }
    }
    return compounds >= 2;
  }

  /**
   * The actor a common noun stands in apposition to ("the Houthis, militants in Yemen"; "Hamas,
   * the group that runs Gaza"), or null: the noun describes that actor rather than naming another.
   */
  private String appositionOfActor(int node) {
    Dependency up = graph.parent(node);
    if (up == null || !up.relation().equals("appos") || graph.token(node).isProperNoun() || isPronoun(node)) {
      return null;
    }
    ActorMention mention = resolution.mentionAt(sentence.index(), up.governor());
    return mention == null || isPronounWithoutAntecedent(up.governor()) ? null : mention.actorId();
  }

  private boolean currencyModifier(int token) {
    Dependency up = graph.parent(token);
    return up != null && (up.relation().equals("amod") || up.relation().equals("compound"))
        && words.currencyNouns().contains(graph.lemma(up.governor()));
  }

  /** A common noun for a body or group of people ("police", "rebels"): the GROUP_NOUNS class. */
  boolean isGroupNoun(int token) {
    return words.groupNouns().contains(graph.lemma(token));
  }

  /** A pronoun, by its tag or its lemma. */
  boolean isPronoun(int token) {
    return graph.token(token).pos().startsWith("PRP") || words.pronouns().contains(graph.lemma(token));
  }

  private boolean isPronounWithoutAntecedent(int token) {
    return false; // pronoun mentions come from the resolver, which links them to their antecedent
  }

  /** The clause's subject is the speaker or an actor of the speaker's country. */
  boolean sameSide(List<String> actors, List<String> sources) {
    for (String a : actors) {
      Actor actor = resolution.actor(a);
      for (String s : sources) {
        Actor source = resolution.actor(s);
        if (a.equals(s) || actor != null && source != null && actor.country() != null && actor.country().equals(source.country())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The actors that carry a country or an actor code (an unknown town or group says nothing about the target). */
  List<String> coded(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Actor actor = resolution.actor(id);
      if (actor != null && (actor.country() != null || actor.code() != null)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * The actors {@code keep} accepts nearest below the trigger, outside its subject and clauses of
   * their own; a place at home the filter leaves out does not end the search ("bans on travel to
   * Canada against officers of the Russian military": Russia, not Canada).
   */
  List<String> deepTargets(int trigger, List<String> sources, java.util.function.Predicate<String> keep) {
    List<String> found = new ArrayList<>();
    List<Integer> frontier = List.of(trigger);
    Set<Integer> seen = new HashSet<>(frontier);
    for (int depth = 0; depth < 5 && found.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : graph.children(node)) {
          String base = d.baseRelation();
          // "by" names the doer only in the passive; "oppose violations of the law by China" hangs the
          // violator on the active verb
          boolean sourceRelation = node == trigger && (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")
              || d.relation().equals("obl:agent") || d.relation().equals("obl:by") && passive(trigger))
              || notDeepTarget(d, sources)
              || d.relation().equals("obl:agent"); // "proposed an amendment that was vetoed by the US": the US vetoed, no one proposed to it
          if (sourceRelation || base.equals("ccomp") || base.equals("parataxis")
              || base.equals("advcl") || base.equals("conj") || base.equals("punct") || base.equals("ref")) {
            continue;
          }
          if (graph.token(d.dependent()).isVerb() && words.speechVerbs().contains(graph.lemma(d.dependent()))) {
            continue; // "…, the military said" hung low in the parse: its speaker is no target
          }
          if (base.equals("obl") && purposePhrase(d.dependent())) {
            continue; // "fired at ships in support of the Palestinians": for whom, not at whom
          }
          if (seen.add(d.dependent())) {
            next.add(d.dependent());
            ActorMention mention = resolution.mentionAt(sentence.index(), d.dependent());
            if (mention != null && !sources.contains(mention.actorId()) && !isPronoun(d.dependent())
                && !currencyModifier(d.dependent()) && keep.test(mention.actorId())) {
              found.add(mention.actorId());
            }
          }
        }
      }
      frontier = next;
    }
    return found;
  }

  /** A verb in the passive, or a noun (whose "by" phrase names its doer: "the attack by Hamas"). */
  private boolean passive(int trigger) {
    return !graph.token(trigger).isVerb() || graph.isPassive(trigger);
  }

  /**
   * Branches a deep target is not looked for in: a controlled subject and the source's own
   * phrase ("EU-member Austria is ready to ...": the EU is Austria's description, not the
   * target), and a concession ("despite Israel's wish"): who is conceded against is no target.
   */
  private boolean notDeepTarget(Dependency d, List<String> sources) {
    String relation = d.relation();
    if (relation.equals("nsubj:xsubj") || relation.equals("obl:despite") || relation.equals("nmod:despite")
        || relation.equals("obl:in_spite_of") || relation.equals("nmod:in_spite_of")) {
      return true;
    }
    ActorMention mention = resolution.mentionAt(sentence.index(), d.dependent());
    return mention != null && sources.contains(mention.actorId());
  }

  /**
   * The deep targets that are not a country or place of the sources' own country ("urged it to
   * start talks with Kyiv" said by Ukraine's president: Kyiv is not whom he urged).
   */
  List<String> abroad(List<String> deep, List<String> sources) {
    List<String> out = new ArrayList<>();
    for (String id : deep) {
      Actor actor = resolution.actor(id);
      boolean place = actor != null && ("country".equals(actor.kind()) || "location".equals(actor.kind()));
      if (!(place && actor.country() != null && homeCountry(actor.country(), sources))) {
        out.add(id);
      }
    }
    return out;
  }

  /** Whether {@code country} is the country of one of the sources (a place at home is no counterpart). */
  boolean homeCountry(String country, List<String> sources) {
    for (String id : sources) {
      Actor actor = resolution.actor(id);
      if (actor != null && country.equals(actor.country())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- read through the other stages

  private String countryActor(String iso3) {
    return context.places().countryActor(iso3);
  }

  private Location placeAt(int token) {
    return context.places().placeAt(token);
  }
}
