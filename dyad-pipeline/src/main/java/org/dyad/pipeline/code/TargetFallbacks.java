package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;

/**
 * Target fallbacks, part of assigning arguments: what an event whose arguments name a source but
 * no target is aimed at, guessed in a fixed order ({@link #fill}); each guess leaves a note in the
 * rule and a shift in the confidence.
 */
final class TargetFallbacks {

  /** Roots whose events without a named target fall on the source's own country (CAMEO domestic coding). */
  private static final Set<String> DOMESTIC_ROOTS = Set.of("08", "12", "14", "17", "18", "19", "20");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final Resolution resolution;
  private final PredicateDictionary dictionary;
  private final Lexicon words;

  TargetFallbacks(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.resolution = context.resolution();
    this.dictionary = context.dictionary();
    this.words = context.words();
  }

  /**
   * The target of an event that has a source but no target, by the first rule that names one:
   * the person a "him"/"her" object stands for; the place the event happens in (not at home,
   * except for domestic kinds; military exercises without a partner become a show of force); each
   * other of coordinated sources of a symmetric event (left to the emitter); none for a missile
   * fired at no one (a show of force); an actor deeper in the arguments; the reporter's own ("its
   * posts"); what an attack noun subject hit; for domestic kinds, the source's own country. Sets
   * the draft's targets, code, rule, confidence shift and whether the target may be the source.
   */
  void fill(Draft draft) {
    if (draft.rule.startsWith("speech verb") && draft.rule.contains(" + judgement")) {
      return; // "told BBC News: 'It is utterly unacceptable'": whom it is told is not whom it judges
    }
    int trigger = draft.trigger;
    String code = draft.code;
    String rule = draft.rule;
    List<String> sources = draft.sources;
    List<String> targets = draft.targets;
    double confidenceShift = 0;
    boolean selfTarget = false;
    List<String> deep;
    if (targets.isEmpty() && !sources.isEmpty()) {
      String him = personPronounObject(trigger, sources);
      if (him != null) {
        targets = List.of(him); // "sentenced Imran Khan ..., and police arrested him": the person named before
        rule = rule + " +pronoun-object";
        confidenceShift = Confidence.PRONOUN_OBJECT;
      }
    }
    boolean verbal = code.compareTo("14") < 0;
    if (targets.isEmpty() && !sources.isEmpty()) {
      // a comment's place is what it is about ("warned of conditions in Gaza"), not whom it is aimed at
      String place = words.infers("place-target") && !code.startsWith("01") ? placeTarget(trigger, sources) : null;
      if (place != null && !DOMESTIC_ROOTS.contains(code.substring(0, 2)) && !code.startsWith("13")
          && homePlace(place, sources)) {
        place = null; // "the army and the RSF agreed to a truce in Khartoum": a place at home is where, not with whom
      }
      if (place != null) {
        targets = List.of(place); // "met in Zurich", "lifted the curfew in Montenegro": the place's country
        rule = rule + " +place-target";
        confidenceShift = Confidence.PLACE_TARGET;
        if (code.startsWith("062") && sources.size() == 1) {
          code = "150"; // "Iran is conducting military exercises in the Gulf": no partner, a show of force
          rule = rule + " +no-partner";
        }
      } else if (sources.size() > 1 && isSymmetric(code)) {
        // "France and Germany met": each meets the other (below)
      } else if (launchWithoutTarget(trigger, code)) {
        code = "150"; // "fired a missile into the sea": a show of force, not an attack on anyone (least of all itself)
        rule = rule + " +show-of-force";
      } else if (words.infers("deep-target") && !asksUnnamed(trigger, rule)
          && !(deep = deepTargets(trigger, sources,
          id -> !coded(List.of(id)).isEmpty() && !abroad(List.of(id), sources).isEmpty()
              && !verbalAtPlace(id, verbal))).isEmpty()) {
        targets = deep.subList(0, 1); // "attacked a camp for Sudanese refugees", "agreed to help defend Kuwait"
        rule = rule + " +deep-target";
        confidenceShift = Confidence.DEEP_TARGET;
      } else if ((deep = reportersOwn(trigger, sources)).size() > 0) {
        targets = deep; // "India's army said Pakistani forces had opened fire on its posts": the speaker's posts
        rule = rule + " +reporter-possessive";
        confidenceShift = Confidence.REPORTER_POSSESSIVE;
      } else if ((deep = attackedBySubject(trigger, code, sources)).size() > 0) {
        targets = deep; // "Russian strikes on Kyiv killed five people": the attack noun names where it fell
        rule = rule + " +subject-target";
        confidenceShift = Confidence.SUBJECT_TARGET;
      } else if (words.infers("domestic-target")
          && (DOMESTIC_ROOTS.contains(code.substring(0, 2)) || code.startsWith("137"))
          && (isViolent(code) && (rule.contains("-source") || rule.contains("+passive-in-place")) || !unnamedPeopleUndergo(trigger))
          && !rejectsOthersWords(trigger, code) && oneCountry(sources) && !(isViolent(code) && aimedAtThing(trigger))) {
        String home = homeTarget(sources.get(0));
        if (home != null) {
          targets = List.of(home); // "the army imposed a curfew": on its own country
          selfTarget = home.equals(sources.get(0));
          if (selfTarget && !(code.startsWith("14") || code.startsWith("17"))) {
            // "rebels surrendered", "the US invaded the country": no one acts on itself; only protest and
            // coercion are domestic by nature ("Serbians demonstrated", "Algeria's authorities blocked roads")
            targets = List.of();
            selfTarget = false;
          } else if (selfTarget && code.startsWith("12")) {
            targets = List.of(); // "would deny entry to the United States": no one rejects itself
            selfTarget = false;
          }
          if (!targets.isEmpty()) {
            rule = rule + " +domestic-target";
            confidenceShift = Confidence.DOMESTIC_TARGET;
          }
        }
      }
    }
    draft.code = code;
    draft.rule = rule;
    draft.targets = targets;
    draft.confidenceShift = confidenceShift;
    draft.selfTarget = selfTarget;
  }

  /**
   * "accused Western countries of hypocrisy over their silence on Gaza": a place deep in the
   * clause of a verbal act (codes below 14) is what is talked about, not whom the act is against.
   */
  private boolean verbalAtPlace(String id, boolean verbal) {
    Actor actor = resolution.actor(id);
    return verbal && actor != null && "location".equals(actor.kind());
  }

  /**
   * "rejected the criticism", "dismissed the accusations": what is rejected is what someone
   * else said, and that someone, not the rejecter's own country, is whom the rejection is
   * against; unnamed, the event has no target.
   */
  private boolean rejectsOthersWords(int trigger, String code) {
    if (!code.startsWith("12")) {
      return false;
    }
    for (int object : graph.children(trigger, "obj")) {
      if (words.saidNouns().contains(graph.lemma(object))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people the act is done to are named by a common noun no actor stands for ("released the
   * civilians", "the civilians imprisoned for ... were released", "fighting militants"): they are
   * the target, unnamed, not the source's country.
   */
  private boolean unnamedPeopleUndergo(int trigger) {
    List<Integer> patients = new ArrayList<>(graph.children(trigger, "obj"));
    patients.addAll(graph.children(trigger, "nsubj:pass"));
    Integer misread = graph.token(trigger).isVerb() ? misparsedObject(trigger, null) : null;
    if (misread != null) {
      patients.add(misread);
    }
    for (int clause : graph.children(trigger, "csubj:pass")) {
      patients.addAll(graph.children(clause, "nsubj")); // "the civilians imprisoned for ... were released", misread
    }
    for (int patient : patients) {
      if (graph.token(patient).isNoun() && !graph.token(patient).isProperNoun() && words.peopleNouns().contains(graph.lemma(patient))
          && actorsAt(patient).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * For violence (18–20) whose subject is an attack noun ("strikes on Kyiv", "shelling of
   * Kharkiv"): the actor or place country that noun names as what was hit, else nothing.
   */
  private List<String> attackedBySubject(int trigger, String code, List<String> sources) {
    if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))) {
      return List.of();
    }
    for (int subject : graph.children(trigger, "nsubj")) {
      if (!graph.token(subject).isNoun() || graph.token(subject).isProperNoun()) {
        continue;
      }
      for (Dependency d : graph.children(subject)) {
        if (!(d.relation().equals("nmod:on") || d.relation().equals("nmod:against") || d.relation().equals("nmod:of")
            && !dictionary.nouns(graph.lemma(subject)).isEmpty())) {
          continue;
        }
        List<String> hit = new ArrayList<>(coded(actorsAt(d.dependent())));
        hit.removeAll(sources);
        if (!hit.isEmpty()) {
          return hit.subList(0, 1);
        }
      }
    }
    return List.of();
  }

  /**
   * In a reported clause, an object or oblique owned by "its"/"their"/"our" ("opened fire on its
   * posts") belongs to the speaker when the speaker is not the source.
   */
  private List<String> reportersOwn(int trigger, List<String> sources) {
    for (Dependency d : graph.children(trigger)) {
      String relation = d.relation();
      if (!(relation.equals("obj") || relation.startsWith("obl:on") || relation.startsWith("obl:at")
          || relation.startsWith("obl:against"))) {
        continue;
      }
      for (int owner : graph.children(d.dependent(), "nmod:poss")) {
        String word = graph.token(owner).text().toLowerCase(Locale.ROOT);
        if (word.equals("its") || word.equals("their") || word.equals("our")) {
          List<String> speakers = new ArrayList<>(coded(reportingSubject(trigger)));
          speakers.removeAll(sources);
          if (!speakers.isEmpty() && !sameSide(speakers, sources)) {
            return speakers.subList(0, 1);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The person a "him"/"her" object of the trigger stands for, or the group of people a "them"
   * object stands for: the one such actor named earlier in the same sentence who is not a source;
   * null when there is none or more than one candidate.
   */
  private String personPronounObject(int trigger, List<String> sources) {
    for (int object : graph.children(trigger, "obj")) {
      String word = graph.token(object).text().toLowerCase(Locale.ROOT);
      boolean plural = word.equals("them");
      if (!(word.equals("him") || word.equals("her") || plural)) {
        continue;
      }
      // "him" or "her": the one person named before it in the sentence; "them": the one group of
      // people ("the refugees ... Russia is blocking them from access to food")
      String kind = plural ? "group" : "person";
      Set<String> people = new LinkedHashSet<>();
      for (ActorMention mention : resolution.mentions()) {
        Actor actor = resolution.actor(mention.actorId());
        if (mention.sentence() == sentence.index() && mention.endToken() <= object && actor != null
            && kind.equals(actor.kind()) && !sources.contains(actor.id())) {
          people.add(actor.id());
        }
      }
      return people.size() == 1 ? people.iterator().next() : null;
    }
    return null;
  }

  /**
   * A missile fired or launched at no one ("fired a ballistic missile into the sea", "test-fired
   * a missile"): no target, no place target, no actor in its arguments.
   */
  private boolean launchWithoutTarget(int trigger, String code) {
    String lemma = graph.lemma(trigger);
    if (!code.startsWith("19") || !(lemma.equals("fire") || lemma.equals("launch") || lemma.equals("test")
        || lemma.equals("test-fire"))) {
      return false;
    }
    if (aimedAtThing(trigger)) {
      return false; // "fired missiles at ships": an attack on what it names, though no actor stands for it
    }
    for (int object : graph.children(trigger, "obj")) {
      String noun = graph.lemma(object);
      if (noun.equals("missile") || noun.equals("missiles") || noun.equals("icbm")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the act is aimed at something the text names but no actor stands for ("fired missiles
   * at ships", "opened fire on a convoy"): it is aimed there, not into the air, nor at the doer's own country.
   */
  private boolean aimedAtThing(int trigger) {
    for (String aimed : List.of("obl:at", "obl:on", "obl:against", "obl:toward", "obl:towards")) {
      for (int thing : graph.children(trigger, aimed)) {
        if (graph.token(thing).isNoun() && !words.timeWords().contains(graph.lemma(thing))
            && !context.actors().purposePhrase(thing) && actorsAt(thing).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A request to someone the parse names but no actor stands for ("pressed its allies to ..."): no deeper target. */
  private boolean asksUnnamed(int trigger, String rule) {
    ControlVerb control = dictionary.control(graph.lemma(trigger));
    return rule.startsWith("control") && control != null && control.controlClass() == ControlVerb.ControlClass.REQUEST
        && (!graph.children(trigger, "obj").isEmpty() || !graph.children(trigger, "iobj").isEmpty());
  }

  /**
   * Sources of one country: the home-country fallback is theirs. Coordinated sources of several
   * countries ("the Netherlands, Portugal and the Czech Republic announced their withdrawal") have
   * no one home to act on.
   */
  private boolean oneCountry(List<String> sources) {
    String country = null;
    for (String id : sources) {
      Actor actor = resolution.actor(id);
      String c = actor == null ? null : actor.country();
      if (c == null || country != null && !country.equals(c)) {
        return sources.size() == 1;
      }
      country = c;
    }
    return true;
  }

  /**
   * The target of an event done at home (a curfew, an arrest, a strike): the country actor of
   * the source's country, else another actor of that country in the sentence, else the source
   * itself; null when the source has no country.
   */
  private String homeTarget(String source) {
    Actor actor = resolution.actor(source);
    if (actor == null || actor.country() == null) {
      return null;
    }
    String country = countryActor(actor.country());
    if (country != null) {
      return country;
    }
    for (ActorMention mention : resolution.mentions()) {
      if (mention.sentence() == sentence.index() && !mention.actorId().equals(source)) {
        Actor other = resolution.actor(mention.actorId());
        if (other != null && actor.country().equals(other.country())) {
          return other.id();
        }
      }
    }
    return source;
  }

  /** Events that coordinated subjects do with each other: meeting, agreeing, signing, cooperating, fighting. */
  boolean isSymmetric(String code) {
    return code.startsWith("03") || code.startsWith("04") && !code.startsWith("042") && !code.startsWith("043")
        || code.startsWith("057") || code.startsWith("06") || code.startsWith("19") && !code.startsWith("191");
  }

  // ---------------------------------------------------------------- read through the other stages

  private List<String> abroad(List<String> deep, List<String> sources) {
    return context.actors().abroad(deep, sources);
  }

  private List<String> actorsAt(int head) {
    return context.actors().actorsAt(head);
  }

  private List<String> coded(List<String> ids) {
    return context.actors().coded(ids);
  }

  private String countryActor(String iso3) {
    return context.places().countryActor(iso3);
  }

  private List<String> deepTargets(int trigger, List<String> sources, java.util.function.Predicate<String> keep) {
    return context.actors().deepTargets(trigger, sources, keep);
  }

  private boolean homePlace(String place, List<String> sources) {
    return context.places().homePlace(place, sources);
  }

  private boolean isViolent(String code) {
    return context.arguments().isViolent(code);
  }

  private Integer misparsedObject(int verb, Set<String> lemmas) {
    return context.repairs().misparsedObject(verb, lemmas);
  }

  private String placeTarget(int trigger, List<String> sources) {
    return context.places().placeTarget(trigger, sources);
  }

  private List<String> reportingSubject(int verb) {
    return context.subjects().reportingSubject(verb);
  }

  private boolean sameSide(List<String> actors, List<String> sources) {
    return context.actors().sameSide(actors, sources);
  }
}
