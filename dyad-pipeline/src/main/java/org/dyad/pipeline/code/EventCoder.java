package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.Removed;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.ParseGuards;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Codes the events each sentence states, from the predicate dictionary over the dependency
 * parse. Every event has at least one resolved actor (a source, or a target in the passive), a
 * trigger, the rule that fired and the sentence as evidence. Dates come from the event's own
 * clause, else from a governing clause, else from elsewhere in the sentence; never from the
 * publication date. Thread-safe.
 *
 * <p>An event without a named target takes, in this order, the place it happens in ("met in
 * Zurich": Switzerland; rule {@code +place-target}), an actor deeper in its arguments
 * ({@code +deep-target}), or, for domestic kinds of action (08, 12, 14, 17–20), the source's own
 * country ({@code +domestic-target}; the source itself when the article names no such country;
 * not when the act is done to people a common noun names, "released ten students", "fighting
 * militants", unless the source itself was read from a place).
 * One main event per clause: a purpose clause of a coded verb and an event noun a coded verb takes
 * as its object are not coded again. A negated cooperative event (03–08) also yields the rejection
 * it states (12x), and announced force (planned 14–20) is a threat (13x).
 */
public final class EventCoder {

  private static final Set<String> DEFAULT_VERB_TARGETS = Set.of("obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:at");
  private static final Set<String> NOUN_TARGETS = Set.of("nmod:to", "nmod:with", "nmod:against", "nmod:between");
  private static final List<String> ACTOR_MODIFIER_ORDER = List.of("compound", "amod", "nmod:poss", "nmod:of", "appos", "nmod:from",
      "nmod:by", "nmod:agent");
  private static final Set<String> OBJECT_MODIFIERS = Set.of("amod", "nmod:poss", "nmod:from", "nmod:of", "compound",
      "nmod:with", "nmod:to", "nmod:against", "nmod:between", "nmod:on", "nmod:for");
  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "advcl", "acl", "parataxis", "csubj", "conj", "dep", "root");
  private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "make", "pay", "begin", "start",
      "open", "resume", "launch", "stage", "carry", "mount", "join", "attend", "engage", "enter", "give", "take",
      "continue", "wrap", "end", "conclude", "issue", "undertake", "lead", "reiterate", "renew", "repeat", "complete",
      "finish", "accelerate", "intensify");
  /** Verbs whose direct object event noun is the subject's own act ("announced sanctions against", "imposed a ban on"). */
  private static final Set<String> ANNOUNCING_VERBS = Set.of("announce", "impose", "unveil");
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "report", "add", "note", "claim",
      "state", "write", "confirm", "declare", "explain", "insist", "argue", "quote", "according", "assert", "reveal",
      "disclose", "indicate", "suggest", "believe", "think", "reiterate", "stress", "emphasize", "emphasise", "warn",
      "repeat", "conclude", "demand");
  private static final Set<String> HYPOTHETICAL_AUXILIARIES = Set.of("would", "could", "might", "may", "should", "can");
  private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> OBJECT_CONTROL_VERBS = Set.of("ask", "urge", "expect", "want", "persuade",
      "force", "allow", "invite", "help", "order", "tell", "encourage", "call", "press", "compel", "permit", "enable",
      "like", "wish");
  private static final Set<String> GROUP_NOUNS = Set.of("police", "army", "government", "military", "opposition",
      "leadership", "parliament", "regime", "administration", "navy", "guerrilla", "militia", "junta", "cabinet",
      "force", "troop", "rebel", "authority", "official", "militant", "demonstrator", "protester", "student", "worker",
      "people", "leader", "insurgent", "soldier", "fighter", "activist", "resident", "refugee", "villager",
      "supporter", "group", "party", "diplomat", "lawmaker", "minister", "officer", "civilian", "policeman", "prisoner",
      "youth", "opponent", "elder", "politician", "doctor", "delegate", "representative", "court", "tribunal", "judge",
      "prosecutor");
  /** Nouns for members of armed forces. */
  private static final Set<String> ARMED_NOUNS = Set.of("soldier", "troop", "serviceman", "servicemen", "servicewoman",
      "marine", "sailor", "airman", "paratrooper", "commando", "pilot", "officer", "trooper", "conscript", "reservist");
  /** Common nouns for people an act can be done to (detained, released, expelled). */
  private static final Set<String> PEOPLE_NOUNS = Set.of("civilian", "prisoner", "detainee", "inmate", "hostage", "captive",
      "people", "person", "man", "woman", "child", "resident", "villager", "student", "worker", "activist", "protester",
      "demonstrator", "dissident", "journalist", "opponent", "member", "suspect", "citizen", "national", "migrant",
      "refugee", "fisherman", "passenger", "tourist", "foreigner", "militant", "rebel", "insurgent", "fighter", "gunman",
      "guerrilla", "jihadist", "extremist", "murderer", "convict", "criminal", "killer", "spy", "reporter", "blogger",
      "lawyer", "businessman", "sailor", "crew", "pilot", "priest");
  private static final Set<String> GROUP_PLACE_RELATIONS = Set.of("nmod:in", "nmod:throughout", "nmod:across", "nmod:from");
  private static final Set<String> ATTACK_PLACE_RELATIONS = Set.of("nmod:in", "nmod:near", "nmod:at", "nmod:outside",
      "nmod:outside_of", "nmod:around");
  /** Verbs of sending a projectile: "fired from the Gaza Strip" names where the attacker was. */
  private static final Set<String> LAUNCH_VERBS = Set.of("fire", "launch", "lob", "shoot");
  private static final Set<String> TROOP_NOUNS = Set.of("troop", "troops", "soldier", "force", "forces", "peacekeeper",
      "contingent", "battalion", "marine", "paratrooper", "unit");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");
  private static final Set<String> CO_AGENT_NOUNS = Set.of("help", "support", "assistance", "cooperation", "backing",
      "aid", "knowledge", "approval", "consent", "blessing", "participation", "collaboration", "involvement");
  private static final Set<String> AFFILIATION_WORDS = Set.of("affiliate", "affiliated", "loyal", "linked", "allied",
      "belong", "belonging", "attached", "aligned", "close", "tied");
  private static final Set<String> ISSUING_VERBS = Set.of("issue", "release", "publish", "adopt", "pass", "sign", "submit",
      "send", "deliver", "present", "file", "make", "put");
  private static final Set<String> DOCUMENT_NOUNS = Set.of("resolution", "draft", "motion", "text", "proposal", "bill",
      "amendment");
  private static final Set<String> NOT_ADOPTING_VERBS = Set.of("veto", "reject", "block", "defeat", "scuttle");
  private static final Set<String> SAYING_ROOTS = Set.of("02", "10", "11", "12", "13");
  /** Roots whose events without a named target fall on the source's own country (CAMEO domestic coding). */
  private static final Set<String> DOMESTIC_ROOTS = Set.of("08", "12", "14", "17", "18", "19", "20");
  private static final Set<String> FUTURE_AS_INTENT_ROOTS = Set.of("05", "06", "07", "08");
  private static final Set<String> CURRENCY_NOUNS = Set.of("franc", "dollar", "euro", "pound", "yen", "yuan", "rupee",
      "rouble", "ruble", "peso", "lira", "won", "shekel", "riyal", "dinar", "krona", "krone", "rand", "naira", "shilling",
      "dirham", "ringgit", "rupiah", "hryvnia", "zloty", "forint", "real", "bond", "treasury");
  /** Infinitives after "declined to", "refused to" that withhold words, not cooperation ("declined to comment"). */
  private static final Set<String> NO_COMMENT = Set.of("comment", "elaborate", "speak", "say", "answer", "confirm",
      "disclose", "identify", "specify", "reveal", "name", "give");
  private static final Set<String> SAID_NOUNS = Set.of("criticism", "accusation", "allegation", "charge", "claim",
      "comment", "remark", "statement", "assertion", "report", "concern", "censure", "condemnation", "rebuke");
  /** Stance note: an event noun is the object of a negated verb ("did not announce a pledge"). */
  private static final String NEGATED_GOVERNOR = "negated governor";
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you", "this", "that",
      "which", "who");

  private final CodeTables tables;
  private final PredicateDictionary dictionary;
  private final PlaceLookup places;

  public EventCoder() {
    this(CodeTables.standard(), PredicateDictionary.standard(), PlaceLookup.gazetteer());
  }

  /** A coder that resolves event locations and place targets with {@code places}. */
  public EventCoder(PlaceLookup places) {
    this(CodeTables.standard(), PredicateDictionary.standard(), places);
  }

  EventCoder(CodeTables tables, PredicateDictionary dictionary, PlaceLookup places) {
    this.tables = tables;
    this.dictionary = dictionary;
    this.places = places;
  }

  public List<Event> code(ResolvedArticle article) {
    List<Candidate> all = new ArrayList<>();
    Candidate previous = null;
    for (Sentence sentence : article.annotated().sentences()) {
      if (sentence.parsed() && sentence.dependencies().isEmpty() || inRemovedText(article, sentence)
          || ParseGuards.enabled() && !mayNameActor(article, sentence)) {
        continue;
      }
      // The graph parses the sentence only when the coder first reads an edge (a word the
      // dictionary knows); an unparsed sentence codes nothing, as before.
      SentenceCoder coder = new SentenceCoder(article, new ParseGraph(sentence), previous);
      List<Candidate> found = coder.code();
      if (!found.isEmpty() && sentence.dependencies().isEmpty()) {
        continue;
      }
      all.addAll(found);
      if (!found.isEmpty()) {
        previous = found.get(found.size() - 1);
      }
    }
    return toEvents(article, all);
  }

  /**
   * Whether the sentence can give an event an actor; a sentence that cannot codes nothing, so it is
   * neither coded nor parsed for coding. Every event has an actor (a source, or a target of a
   * passive or of an unnamed attacker), and the coder takes actors only from this sentence: the
   * resolver's mentions in it, and gazetteer places named by proper nouns (a run of them) whose
   * country the article has as an actor; a source lent by the previous event needs a target here.
   * Keep in step with {@code SentenceCoder.actorsAt} and {@code placeAt}.
   */
  private boolean mayNameActor(ResolvedArticle article, Sentence sentence) {
    for (ActorMention mention : article.resolution().mentions()) {
      if (mention.sentence() == sentence.index()) {
        return true;
      }
    }
    for (int t = 0; t < sentence.size(); t++) {
      for (int from = t; from >= 0 && sentence.token(from).isProperNoun(); from--) {
        Location place = places.find(sentence.text(article.text(), from, t + 1));
        if (place != null && place.country() != null) {
          for (Actor actor : article.resolution().actors()) {
            if ("country".equals(actor.kind()) && place.country().equals(actor.country())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean inRemovedText(ResolvedArticle article, Sentence sentence) {
    String text = article.text().substring(sentence.start(), sentence.end());
    for (Removed removed : article.annotated().article().removed()) {
      String gone = removed.text().trim();
      if (gone.length() >= 12 && (text.contains(gone) || gone.contains(text.trim()))) {
        return true;
      }
    }
    return false;
  }

  private List<Event> toEvents(ResolvedArticle article, List<Candidate> candidates) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      String key = c.sentence + "|" + c.code.substring(0, 2) + "|" + c.source + "|" + c.target + "|" + c.negated;
      Candidate kept = best.get(key);
      if (kept == null || c.confidence > kept.confidence) {
        best.put(key, c);
      }
    }
    List<Candidate> ordered = new ArrayList<>(best.values());
    ordered.sort(Comparator.comparingInt((Candidate c) -> c.sentence).thenComparingInt(c -> c.triggerStart));
    List<Event> events = new ArrayList<>();
    String text = article.text();
    for (Candidate c : ordered) {
      CameoCode code = tables.cameo(c.code);
      PloverCoding plover = tables.plover(c.code);
      events.add(new Event(
          "e" + (events.size() + 1),
          code.code(),
          code.name(),
          plover == null ? null : plover.type(),
          code.quadClass(),
          code.goldstein(),
          c.source,
          c.target,
          new Span(c.triggerStart, c.triggerEnd, text.substring(c.triggerStart, c.triggerEnd)),
          c.negated,
          c.modality.label(),
          c.date == null ? null : c.date.value(),
          c.date == null ? null : c.date.text(),
          c.location,
          c.sentence,
          new Span(c.evidenceStart, c.evidenceEnd, text.substring(c.evidenceStart, c.evidenceEnd)),
          Math.round(c.confidence * 100) / 100.0,
          c.rule));
    }
    return events;
  }

  /** One event before it gets its id. */
  private static final class Candidate {
    String code;
    String source;
    String target;
    int sentence;
    int trigger;
    int triggerStart;
    int triggerEnd;
    boolean negated;
    Modality modality = Modality.ASSERTED;
    TimeExpression date;
    Location location;
    int evidenceStart;
    int evidenceEnd;
    double confidence;
    String rule;
  }

  /** How a trigger stands in its sentence: negation and modality gathered up the control chain. */
  private record Stance(boolean negated, Modality modality, int clauseHead, List<String> notes, boolean absorbed) {}

  /** The arguments found for one trigger. */
  private record Arguments(List<String> sources, List<String> targets, String how, double confidence) {}

  /** Codes one sentence. */
  private final class SentenceCoder implements ReportedAggression.Coder {
    private final ResolvedArticle article;
    private final ParseGraph graph;
    private final Sentence sentence;
    private final Resolution resolution;
    private final Candidate previous;
    private final Set<Integer> consumedNouns = new HashSet<>();
    private final List<Candidate> out = new ArrayList<>();

    SentenceCoder(ResolvedArticle article, ParseGraph graph, Candidate previous) {
      this.article = article;
      this.graph = graph;
      this.sentence = graph.sentence();
      this.resolution = article.resolution();
      this.previous = previous;
    }

    List<Candidate> code() {
      for (int i = 0; i < graph.size(); i++) {
        if (graph.token(i).isVerb() || isPredicateAdjective(i) || mistaggedVerb(i)) {
          codeVerb(i);
        }
      }
      for (int i = 0; i < graph.size(); i++) {
        if (graph.token(i).isNoun() && !consumedNouns.contains(i)) {
          codeNoun(i);
        }
      }
      dropPurposeEvents();
      addAccusations();
      return out;
    }

    /**
     * Reported force as the speaker's accusation of the perpetrator (or, for its own act, its claim
     * of responsibility); see {@link ReportedAggression}. Under a verb that only claims, the
     * accusation replaces the reported act.
     */
    private void addAccusations() {
      List<ReportedAggression.Reported> acts = new ArrayList<>();
      List<Candidate> found = new ArrayList<>(out);
      for (Candidate c : found) {
        acts.add(new ReportedAggression.Reported(c.trigger, c.code, c.source, c.target, c.modality, c.negated, c.rule));
      }
      for (ReportedAggression.Accusation a : ReportedAggression.find(this, acts)) {
        if (a.code() == null) {
          out.remove(found.get(acts.indexOf(a.act()))); // "denied that its forces had shelled ...": not done
          continue;
        }
        int before = out.size();
        emit(a.speechVerb(), a.code(), new Arguments(List.of(a.source()), List.of(a.target()), "", 0.6), a.rule());
        if (out.size() > before && a.replaces()) {
          out.remove(found.get(acts.indexOf(a.act())));
        }
      }
    }

    @Override
    public ParseGraph graph() {
      return graph;
    }

    @Override
    public Actor actor(String id) {
      return resolution.actor(id);
    }

    @Override
    public List<String> speakers(int speechVerb) {
      if (graph.token(speechVerb).isNoun()) {
        List<String> makers = new ArrayList<>();
        for (Dependency d : graph.children(speechVerb)) {
          String relation = d.relation();
          if (relation.equals("nmod:poss") || relation.equals("nmod:by") || relation.equals("nmod:agent")
              || relation.equals("amod") || relation.equals("compound")) {
            makers.addAll(actorsAt(d.dependent())); // "Kyiv's claim", "an allegation by Rwanda", "Ukrainian claims"
          }
        }
        return makers;
      }
      return subjectActors(speechVerb, graph.isPassive(speechVerb));
    }

    @Override
    public boolean stated(int speechVerb) {
      if (graph.token(speechVerb).isNoun()) {
        return !negatedAt(speechVerb); // "rejected Kyiv's claim that ...": the claim was made all the same
      }
      Stance stance = stance(speechVerb);
      return !stance.negated() && (stance.modality() == Modality.ASSERTED || stance.modality() == Modality.REPORTED);
    }

    /**
     * One main event per clause: an event whose source was lent by a governing clause through a
     * purpose or adjunct infinitive ("telephoned X to discuss", "summoned the ambassador to
     * complain", "rejected an offer to host") is left out when that clause has an event of its own.
     */
    private void dropPurposeEvents() {
      Map<Integer, Set<String>> sourcesAt = new java.util.HashMap<>();
      for (Candidate c : out) {
        sourcesAt.computeIfAbsent(c.trigger, k -> new HashSet<>()).add(String.valueOf(c.source));
      }
      out.removeIf(c -> {
        if (c.rule.startsWith("control")) {
          return false;
        }
        int governor = governingTrigger(c.trigger, sourcesAt.keySet());
        return governor >= 0 && (c.rule.contains("+controller") || sourcesAt.get(governor).contains(String.valueOf(c.source)));
      });
    }

    /** The trigger whose purpose or adjunct clause {@code token} stands in, or -1. */
    private int governingTrigger(int token, Set<Integer> triggers) {
      int node = token;
      for (int steps = 0; steps < 3; steps++) {
        Dependency up = graph.parent(node);
        if (up == null) {
          return -1;
        }
        String base = up.baseRelation();
        int governor = up.governor();
        boolean purpose = base.equals("advcl") && !participialAdjunct(up) || base.equals("acl") && !participleModifier(up)
            || base.equals("xcomp") && dictionary.control(graph.lemma(governor)) == null;
        if (!purpose && !(steps > 0 && (base.equals("obj") || base.startsWith("obl")))) {
          return -1;
        }
        if (triggers.contains(governor)) {
          return governor;
        }
        node = governor;
      }
      return -1;
    }

    /**
     * "vetoed a resolution that called on Sudan to cease fire": what a text says that was vetoed
     * or rejected is no act of its would-be sponsor (an adopted one's is).
     */
    private boolean inRejectedDocument(int verb) {
      int node = verb;
      for (int steps = 0; steps < 6; steps++) {
        Dependency up = graph.parent(node);
        if (up == null) {
          return false;
        }
        String base = up.baseRelation();
        if (base.equals("acl")) {
          int document = up.governor();
          Dependency holder = graph.parent(document);
          return DOCUMENT_NOUNS.contains(graph.lemma(document)) && holder != null
              && (holder.relation().equals("obj") || holder.relation().equals("nsubj:pass"))
              && NOT_ADOPTING_VERBS.contains(graph.lemma(holder.governor()));
        }
        if (!(base.equals("xcomp") || base.equals("conj") || base.equals("ccomp"))) {
          return false;
        }
        node = up.governor();
      }
      return false;
    }

    /** A word tagged as a noun the parse uses as a verb ("they would blockade Paris"): subject, auxiliary and a verb entry. */
    private boolean mistaggedVerb(int i) {
      return graph.token(i).isNoun() && !graph.token(i).isProperNoun() && graph.hasChild(i, "nsubj")
          && graph.hasChild(i, "aux") && graph.children(i, "cop").isEmpty() && !dictionary.verbs(graph.lemma(i)).isEmpty();
    }

    private boolean isPredicateAdjective(int i) {
      return graph.token(i).pos().startsWith("JJ") && dictionary.control(graph.lemma(i)) != null;
    }

    // ------------------------------------------------------------------ verbs

    private void codeVerb(int verb) {
      if (infinitiveOfPlainNoun(verb) || inRejectedDocument(verb)) {
        return;
      }
      String lemma = graph.lemma(verb);
      ControlVerb control = controlAt(verb);
      if (afterPossessive(verb)) {
        return;
      }
      if (lemma.equals("warn") && codeWarnedResponse(verb)) {
        return;
      }
      for (Predicate predicate : dictionary.verbs(lemma)) {
        Integer object = matches(verb, predicate);
        if (object == null) {
          continue;
        }
        if (predicate.noEvent()) {
          return; // "fighting corruption", "protect its interests", "release the data": no event
        }
        if (control != null && control.controlClass() != ControlVerb.ControlClass.PLAN && infinitive(verb) >= 0
            && (predicate.objects().isEmpty() || !predicate.code().startsWith("03")
                && graph.children(verb).stream().noneMatch(d -> d.dependent() == object))) {
          // "agreed to lift embargoes": the embargo noun belongs to the infinitive, not to "agree" (163)
          break; // "agreed to ...", "refused to ...": the control reading decides
        }
        if (object >= 0) {
          consumedNouns.add(object);
        }
        Arguments arguments = verbArguments(verb, predicate, object);
        String code = peacekeeping(troopMovement(verb, refine(predicate.code(), object)), verb, object);
        String conditional = "";
        if (graph.hasChild(verb, "advcl:unless") && !code.startsWith("13")) {
          code = threatCode(code); // "will withdraw its force unless ...": a conditional threat
          conditional = " +unless-threat";
        }
        int before = out.size();
        emit(verb, code, arguments, predicate.describe(object >= 0 ? graph.lemma(object) : null) + arguments.how() + conditional);
        if (out.size() > before) {
          consumeObjectNouns(verb);
        }
        return;
      }
      if (control != null) {
        codeControl(verb, control);
      }
      if (SPEECH_VERBS.contains(lemma) || lemma.equals("conclude")) {
        codeMustComplement(verb);
      }
    }

    /**
     * The control reading of a word: its reading with an object when it has an actor as object
     * that is the subject of its infinitive ("wants Russia to withdraw": a request to Russia),
     * else its plain reading ("wants to visit": a plan); null for no control word.
     */
    private ControlVerb controlAt(int word) {
      ControlVerb withObject = dictionary.objectControl(graph.lemma(word));
      if (withObject != null && graph.children(word, "xcomp").stream().anyMatch(x -> graph.token(x).isVerb())) {
        // "wants Michael to be accessible": a wish about a state, not a request to act
        for (int object : graph.children(word, "obj")) {
          if (!actorsAt(object).isEmpty()) {
            return withObject;
          }
        }
      }
      return dictionary.control(graph.lemma(word));
    }

    /**
     * An -ing word right after a possessive ("Jordan's visiting King Abdullah", "the party's
     * ruling council") modifies the noun after it: an adjective, not a clause stating an event.
     */
    private boolean afterPossessive(int verb) {
      return verb > 0 && graph.token(verb).pos().equals("VBG") && graph.token(verb - 1).pos().equals("POS");
    }

    /**
     * "X warned that it (or X's own side) would respond / retaliate / strike": the speaker announces
     * its own future action, a threat 13x (138 when force is named) rather than a warning 110.
     */
    private boolean codeWarnedResponse(int verb) {
      List<String> sources = subjectActors(verb, graph.isPassive(verb));
      if (sources.isEmpty()) {
        sources = misattachedSpeaker(verb);
      }
      if (sources.isEmpty()) {
        return false;
      }
      for (int clause : graph.children(verb, "ccomp")) {
        boolean future = false;
        for (int aux : graph.children(clause, "aux")) {
          String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
          future |= word.equals("would") || FUTURE_AUXILIARIES.contains(word);
        }
        if (!future || !graph.token(clause).isVerb() || negatedAt(clause) || graph.isPassive(clause)) {
          continue;
        }
        List<String> actors = new ArrayList<>();
        boolean pronoun = false;
        for (int t : graph.children(clause, "nsubj")) {
          actors.addAll(actorsAt(t));
          pronoun |= actors.isEmpty() && isPronoun(t);
        }
        if (!pronoun && !sameSide(actors, sources)) {
          continue;
        }
        String inner = innerCode(clause);
        if (inner != null && inner.compareTo("14") < 0) {
          continue; // "warned that X would cut aid" is coded by the inner reading, not as force
        }
        boolean force = inner != null;
        for (int d : descendants(clause, 3)) {
          force |= graph.lemma(d).equals("force") || graph.lemma(d).equals("military");
        }
        List<String> targets = new ArrayList<>(innerTargets(clause));
        targets.removeAll(sources);
        emit(verb, force ? threatCode(inner == null ? "19" : inner) : "130", new Arguments(distinct(sources), distinct(targets), "", 0.7),
            "verb warn + own future action" + (inner == null ? "" : " + " + inner));
        return true;
      }
      return false;
    }

    /**
     * "Peskov said Japan was 'dragging itself into a conflict that does not concern it' and warned
     * that ...": the parser hangs the second speech verb inside the quoted relative clause, with
     * the relative pronoun as its subject; the speaker is the subject of the speech verb above.
     */
    private List<String> misattachedSpeaker(int verb) {
      boolean relativeSubject = false;
      for (int subject : graph.children(verb, "nsubj")) {
        String word = graph.token(subject).text().toLowerCase(Locale.ROOT);
        relativeSubject |= word.equals("that") || word.equals("which");
      }
      if (!relativeSubject) {
        return List.of();
      }
      int node = verb;
      for (int steps = 0; steps < 6; steps++) {
        Dependency up = graph.parent(node);
        if (up == null) {
          return List.of();
        }
        node = up.governor();
        if (graph.token(node).isVerb() && SPEECH_VERBS.contains(graph.lemma(node))) {
          List<String> speakers = new ArrayList<>();
          for (int t : graph.children(node, "nsubj")) {
            speakers.addAll(actorsAt(t));
          }
          return speakers;
        }
      }
      return List.of();
    }

    /** The clause's subject is the speaker or an actor of the speaker's country. */
    private boolean sameSide(List<String> actors, List<String> sources) {
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

    /**
     * The event nouns a coded verb takes as its object ("rejected calls by X", "rejected X's
     * proposal") belong to the verb's event: they are not coded again on their own.
     */
    private void consumeObjectNouns(int verb) {
      for (Dependency d : graph.children(verb)) {
        if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
          int noun = d.dependent();
          if (graph.token(noun).isNoun() && !dictionary.nouns(graph.lemma(noun)).isEmpty()) {
            consumedNouns.add(noun);
          }
        }
      }
      consumeMisparsedObjectNoun(verb);
    }

    /**
     * "rejected North Korea's demand to sever the alliance" parsed as "rejected [demand to sever]":
     * an infinitive has no subject of its own, so its "subject" noun is the coded verb's object.
     */
    private void consumeMisparsedObjectNoun(int verb) {
      for (int clause : graph.children(verb, "ccomp")) {
        boolean infinitive = false;
        for (Dependency d : graph.children(clause)) {
          infinitive |= (d.relation().equals("mark") || d.relation().equals("dep")) && graph.token(d.dependent()).text().equals("to")
              && d.dependent() < clause;
        }
        if (!infinitive) {
          continue;
        }
        for (int noun : graph.children(clause, "nsubj")) {
          if (graph.token(noun).isNoun() && noun < clause && !dictionary.nouns(graph.lemma(noun)).isEmpty()) {
            consumedNouns.add(noun);
          }
        }
      }
    }

    /** "X said that Y must V": a demand by X on Y. */
    private void codeMustComplement(int verb) {
      if (ParseGuards.enabled() && !hasWord("must")) {
        return; // no "must" in the sentence: no parse needed to tell
      }
      for (int clause : graph.children(verb, "ccomp")) {
        boolean must = false;
        for (int aux : graph.children(clause, "aux")) {
          String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
          must |= word.equals("must");
        }
        if (!must) {
          continue;
        }
        List<String> sources = subjectActors(verb, graph.isPassive(verb));
        List<String> targets = new ArrayList<>();
        for (int t : graph.children(clause, graph.isPassive(clause) ? "nsubj:pass" : "nsubj")) {
          targets.addAll(actorsAt(t));
        }
        targets.removeAll(sources);
        if (targets.isEmpty()) {
          continue;
        }
        String innerCode = innerCode(clause);
        emit(verb, demandCode(innerCode), new Arguments(distinct(sources), distinct(targets), "", 0.7),
            "speech verb " + lemma(verb) + " + 'must' complement" + (innerCode == null ? "" : " + " + innerCode));
      }
    }

    private String lemma(int token) {
      return graph.lemma(token);
    }

    /** Whether a token of the sentence has one of these lemmas (as {@link ParseGraph#lemma} gives them). */
    private boolean hasLemma(Set<String> lemmas) {
      for (int t = 0; t < graph.size(); t++) {
        if (lemmas.contains(graph.lemma(t))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a token of the sentence is this word (lower case). */
    private boolean hasWord(String word) {
      for (int t = 0; t < graph.size(); t++) {
        if (graph.token(t).text().toLowerCase(Locale.ROOT).equals(word)) {
          return true;
        }
      }
      return false;
    }

    /** -1 when the entry matches without an object noun, the object noun's index, or null. */
    private Integer matches(int verb, Predicate predicate) {
      if (ParseGuards.enabled() && !predicate.objects().isEmpty() && !hasLemma(predicate.objects())) {
        return null; // no noun of the entry anywhere in the sentence: no parse needed to tell
      }
      if (ParseGuards.enabled() && predicate.preposition() != null && !hasLemma(Set.of(predicate.preposition()))
          && !hasWord(predicate.preposition())) {
        return null; // the preposition (an "obl:P" edge names a word of the sentence) is not there
      }
      if (predicate.voice() != null) {
        boolean passive = graph.isPassive(verb);
        if (predicate.voice().equals("passive") != passive) {
          return null;
        }
      }
      if (predicate.preposition() != null && !hasPreposition(verb, predicate.preposition())) {
        return null;
      }
      if (predicate.intransitive() && !graph.children(verb, "obj").isEmpty()) {
        return null;
      }
      if (predicate.transitive() && graph.children(verb, "obj").isEmpty()) {
        return null;
      }
      if (predicate.objects().isEmpty()) {
        return -1;
      }
      return governedNoun(verb, predicate.objects());
    }

    private boolean hasPreposition(int verb, String preposition) {
      for (Dependency d : graph.children(verb)) {
        if (d.relation().equals("obl:" + preposition) || d.relation().equals("compound:prt")
            && graph.lemma(d.dependent()).equals(preposition) || d.relation().equals("advmod")
            && graph.lemma(d.dependent()).equals(preposition)) {
          return true;
        }
        if (d.relation().startsWith("obl") || d.relation().startsWith("advcl")) {
          for (Dependency c : graph.children(d.dependent())) {
            if ((c.relation().equals("case") || c.relation().equals("mark")) && graph.lemma(c.dependent()).equals(preposition)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** A noun with one of the lemmas among the verb's complements (two steps at most), or null. */
    private Integer governedNoun(int verb, Set<String> lemmas) {
      for (Dependency d : graph.children(verb)) {
        String base = d.baseRelation();
        if (base.equals("nsubj") && !d.relation().equals("nsubj:pass") || base.equals("punct") || base.equals("aux")
            || base.equals("conj")) {
          continue;
        }
        int child = d.dependent();
        if (base.equals("obj") && appendedObject(verb, child)) {
          continue;
        }
        if (lemmas.contains(graph.lemma(child)) && (graph.token(child).isNoun() || graph.token(child).pos().startsWith("JJ")
            || graph.token(child).pos().equals("CD"))) {
          return child;
        }
      }
      for (Dependency d : graph.children(verb)) {
        String base = d.baseRelation();
        if (!(base.equals("obj") || base.equals("obl") || base.equals("advcl") || base.equals("iobj") || base.equals("xcomp")
            || base.equals("dep"))) {
          continue;
        }
        if ((base.equals("advcl") || base.equals("obl")) && !graph.children(verb, "obj").isEmpty()) {
          continue; // "made the announcement after meeting X, the first visit": the object slot is taken
        }
        for (Dependency c : graph.children(d.dependent())) {
          String cb = c.baseRelation();
          if ((cb.equals("nsubj") || cb.equals("obj") || cb.equals("nmod") || cb.equals("compound") || cb.equals("nummod")
              || cb.equals("dep") || cb.equals("appos") || cb.equals("amod") && base.equals("obj"))
              && lemmas.contains(graph.lemma(c.dependent())) && c.dependent() != verb) {
            return c.dependent();
          }
        }
      }
      return misparsedObject(verb, lemmas);
    }

    /**
     * "issued arrest warrants for three suspects sought over ...", parsed with "sought" as a clause whose
     * subject is "warrants": a verb without an object whose unmarked complement clause has as
     * subject a noun standing between them is the verb's object, a reduced relative misread
     * (with one of {@code lemmas}, or any noun when null).
     */
    private Integer misparsedObject(int verb, Set<String> lemmas) {
      if (!graph.children(verb, "obj").isEmpty()) {
        return null;
      }
      for (int clause : graph.children(verb, "ccomp")) {
        if (clause < verb || !graph.children(clause, "mark").isEmpty() || !graph.children(clause, "aux").isEmpty()
            || SPEECH_VERBS.contains(graph.lemma(clause))) {
          continue; // "..., a spokesman said": the speaker, not a misread object
        }
        for (int subject : graph.children(clause, "nsubj")) {
          if (subject > verb && subject < clause && graph.token(subject).isNoun()
              && (lemmas == null || lemmas.contains(graph.lemma(subject)))) {
            return subject;
          }
        }
      }
      return null;
    }

    /**
     * A second object set off by a comma after the verb's first object ("made the announcement
     * ..., the first visit by ..."): a misparsed apposition, not the light verb's own noun.
     */
    private boolean appendedObject(int verb, int object) {
      for (int first : graph.children(verb, "obj")) {
        if (first < object) {
          for (int p : graph.children(verb, "punct")) {
            if (p > first && p < object) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private Arguments verbArguments(int verb, Predicate predicate, int object) {
      boolean passive = graph.isPassive(verb);
      String how = "";
      double confidence = 0.85;
      List<String> sources = new ArrayList<>();
      if (!predicate.sourceRelations().isEmpty()) {
        for (String relation : predicate.sourceRelations()) {
          for (int t : graph.children(verb, relation)) {
            sources.addAll(actorsAt(t));
          }
          if (object >= 0 && relation.startsWith("obl:")) {
            for (int t : graph.children(object, "nmod:" + relation.substring(4))) {
              sources.addAll(actorsAt(t)); // "received assurances from the government": the phrase hangs on the noun
            }
          }
        }
      } else {
        sources.addAll(subjectActors(verb, passive));
      }
      if (sources.isEmpty() && !passive && !ownNominalSubject(verb)) {
        List<String> inherited = inheritedSubject(verb, 0);
        if (!inherited.isEmpty()) {
          sources.addAll(inherited);
          how += " +controller";
          confidence -= 0.05;
        }
      }
      List<String> targets = new ArrayList<>();
      if (!predicate.noTarget()) {
        Set<String> relations = predicate.targetRelations().isEmpty() ? DEFAULT_VERB_TARGETS
            : new LinkedHashSet<>(predicate.targetRelations());
        if (passive && predicate.targetRelations().isEmpty()) {
          relations = Set.of("nsubj:pass", "obj", "iobj", "obl:to", "obl:with", "obl:against", "obl:at");
        }
        for (Dependency d : graph.children(verb)) {
          boolean complement = predicate.preposition() != null && d.relation().equals("obl:" + predicate.preposition());
          if (d.relation().equals("obj") && appendedObject(verb, d.dependent())) {
            continue; // "met Qin in Beijing, the first visit by a top American diplomat": an apposition, not a second partner
          }
          if ((relations.contains(d.relation()) || complement) && d.dependent() != object && !coAgentPhrase(d)) {
            List<String> named = complement && !predicate.targetRelations().contains(d.relation()) ? new ArrayList<>()
                : actorsAt(d.dependent());
            if (named.isEmpty() && (d.relation().equals("obj") || d.relation().equals("nsubj:pass") || complement)) {
              // "imposed sanctions on Russia", "ratified an agreement with the EU"
              for (Dependency c : graph.children(d.dependent())) {
                if ((NOUN_TARGETS.contains(c.relation()) || c.relation().equals("nmod:on")) && !coAgentPhrase(c)) {
                  named.addAll(actorsAt(c.dependent()));
                }
              }
            }
            targets.addAll(named);
          }
        }
        if (relations.contains("place")) {
          targets.addAll(placeTargets(verb));
        }
        Integer misread = relations.contains("obj") && !SAYING_ROOTS.contains(predicate.code().substring(0, 2))
            && predicate.code().compareTo("02") >= 0 ? misparsedObject(verb, null) : null;
        if (misread != null && misread != object) {
          targets.addAll(actorsAt(misread)); // "released two American women held hostage", read as "women held hostage"
        }
        if (object >= 0) {
          for (Dependency d : graph.children(object)) {
            if (OBJECT_MODIFIERS.contains(d.relation()) && !coAgentPhrase(d)) {
              targets.addAll(actorsAt(d.dependent()));
            }
          }
          if (object >= 0 && targets.isEmpty()) {
            targets.addAll(actorsAt(object));
          }
        }
      }
      if (!passive && sources.isEmpty() && predicate.code().startsWith("14") && unnamedCrowd(verb)) {
        String place = placeTarget(verb, List.of());
        if (place != null) {
          sources.add(place); // "some 200 ethnic Kurds demonstrated in Turkey": people of the place
          how += " +place-source";
          confidence -= 0.25;
        }
      }
      if (passive && sources.isEmpty()) {
        List<String> state = passiveStateSource(verb, predicate.code(), targets);
        if (!state.isEmpty()) {
          sources.addAll(state);
          how += " +passive-in-place";
          confidence -= 0.25;
        }
      }
      if (targets.isEmpty() && isViolent(predicate.code())) {
        List<String> speaker = speakerAsPronounTarget(verb);
        if (!speaker.isEmpty()) {
          targets.addAll(speaker); // "Ukraine said a drone was launched at it": at the speaker
          how += " +speaker-pronoun-target";
          confidence -= 0.1;
        }
      }
      if (sources.isEmpty() && !targets.isEmpty() && isViolent(predicate.code())) {
        String place = attackPlaceSource(verb);
        if (place != null) {
          sources.add(place); // "a roadside bombing near Samarra killed ...": an attack by someone of that place
          how += " +attack-place-source";
          confidence -= 0.25;
        } else if ((place = launchPlaceSource(verb)) != null) {
          sources.add(place); // "a rocket was fired from the Gaza Strip": by someone of the place it came from
          how += " +launch-place-source";
          confidence -= 0.25;
        }
      }
      if (targets.isEmpty() && !predicate.noTarget() && SAYING_ROOTS.contains(predicate.code().substring(0, 2))) {
        for (int clause : graph.children(verb, "ccomp")) {
          for (int t : graph.children(clause, "nsubj")) {
            targets.addAll(actorsAt(t)); // "alleged that France ...", "demanded that Russia ..."
          }
          if (!targets.isEmpty()) {
            how += " +complement-subject";
            break;
          }
        }
        if (targets.isEmpty()) {
          for (Dependency d : graph.children(verb)) {
            if (d.relation().equals("obj") || d.relation().startsWith("obl:")) {
              targets.addAll(clauseSubjects(d.dependent())); // "insisted on its demands that Chad's government free ..."
            }
          }
          if (!targets.isEmpty()) {
            how += " +complement-subject";
          }
        }
      }
      if (targets.isEmpty() && !sources.isEmpty() && !predicate.noTarget()
          && (predicate.code().startsWith("015") || predicate.code().startsWith("018"))) {
        String incident = incidentTarget(verb, object, sources);
        if (incident != null) {
          targets.add(incident); // "claimed responsibility for an attack on a mall in Kenya's capital"
          how += " +incident-target";
          confidence -= 0.2;
        }
      }
      targets = recipientsOnly(verb, predicate.code(), targets);
      targets.removeAll(sources);
      if (targets.isEmpty() && !sources.isEmpty() && !predicate.noTarget() && deepTargetAllowed(predicate.code())) {
        List<String> deep = deepTargets(verb, sources, id -> !abroad(List.of(id), sources).isEmpty());
        if (!deep.isEmpty()) {
          targets.addAll(deep.subList(0, 1));
          how += " +deep-target";
          confidence -= 0.3;
        }
      }
      return new Arguments(distinct(sources), distinct(targets), how, confidence);
    }

    /**
     * What is handed over is no target when the receiver is named: "provided photographs and
     * military intelligence to Macedonia", "contribute troops to a force in Liberia", "extradited
     * X to Britain" are aimed at the receiver (aid, promised aid, judicial cooperation, release).
     */
    private List<String> recipientsOnly(int verb, String code, List<String> targets) {
      if (code == null || !(code.startsWith("07") || code.startsWith("033") || code.startsWith("063")
          || code.startsWith("084") || code.startsWith("0353"))) {
        return targets;
      }
      List<String> recipients = new ArrayList<>();
      for (int t : graph.children(verb, "obl:to")) {
        recipients.addAll(actorsAt(t));
      }
      List<String> kept = new ArrayList<>(targets);
      kept.retainAll(recipients);
      return kept.isEmpty() ? targets : kept;
    }

    /**
     * "with Albania's help", "with the backing of the UN", "with the knowledge of officers": who
     * helps or knows is a partner of the source, not the target.
     */
    private boolean coAgentPhrase(Dependency d) {
      return (d.relation().equals("obl:with") || d.relation().equals("nmod:with")) && CO_AGENT_NOUNS.contains(graph.lemma(d.dependent()));
    }

    /** The actors named as subject of a that-clause a noun takes ("the demand that Israel ease ..."). */
    private List<String> clauseSubjects(int noun) {
      List<String> out = new ArrayList<>();
      if (!graph.token(noun).isNoun()) {
        return out;
      }
      for (Dependency d : graph.children(noun)) {
        if (d.relation().equals("ccomp") || d.relation().equals("acl") && hasMark(d.dependent(), "that")) {
          for (int t : graph.children(d.dependent(), "nsubj")) {
            if (!isPronoun(t)) {
              out.addAll(actorsAt(t));
            }
          }
        }
      }
      return out;
    }

    private boolean isViolent(String code) {
      return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * An attack named by a common noun no actor stands for ("a roadside bombing near Kandahar", "a
     * device outside the Afghan city of Herat"): the country of the place the attack itself is
     * located at (on the attack's own noun, not where the victims were), or null.
     */
    private String attackPlaceSource(int verb) {
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
    private String launchPlaceSource(int verb) {
      if (!LAUNCH_VERBS.contains(graph.lemma(verb))) {
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
     * In a reported clause, "it", "us" or "them" as what force was aimed at ("said a mortar bomb
     * was fired at it", "opened fire on us") is the speaker; empty when the clause is not reported
     * or the aim is not such a pronoun.
     */
    private List<String> speakerAsPronounTarget(int verb) {
      for (Dependency d : graph.children(verb)) {
        String relation = d.relation();
        String word = graph.token(d.dependent()).text().toLowerCase(Locale.ROOT);
        if ((relation.equals("obl:at") || relation.equals("obl:on") || relation.equals("obl:against"))
            && (word.equals("it") || word.equals("us") || word.equals("them")) && actorsAt(d.dependent()).isEmpty()) {
          return coded(reportingSubject(verb));
        }
      }
      return List.of();
    }

    /** The country of a place phrase: "Herat", "the town of Herat", "the Afghan city of Herat". */
    private String placeCountry(int node) {
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

    /**
     * Who or where the incident a responsibility claim or an expression of sympathy is about
     * ("for an attack on a mall in Kenya's capital", "for the shootings in South Carolina"):
     * the first actor named in the for-phrase, on the verb or on its object noun; null when none.
     */
    private String incidentTarget(int verb, int object, List<String> sources) {
      List<Integer> incidents = new ArrayList<>(graph.children(verb, "obl:for"));
      if (object >= 0) {
        incidents.addAll(graph.children(object, "nmod:for"));
      }
      for (int incident : incidents) {
        List<String> found = new ArrayList<>(actorsAt(incident));
        found.removeAll(sources);
        if (found.isEmpty()) {
          found = deepTargets(incident, sources, id -> true);
        }
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
      return null;
    }

    private boolean deepTargetAllowed(String code) {
      return code.startsWith("07") || code.startsWith("033");
    }

    private List<String> subjectActors(int verb, boolean passive) {
      List<String> actors = new ArrayList<>();
      List<String> relations = passive ? List.of("obl:agent", "obl:by") : List.of("nsubj", "nsubj:xsubj");
      for (String relation : relations) {
        if (relation.equals("nsubj:xsubj") && !controlledComplement(verb)) {
          continue; // a purpose clause misread as a complement: its subject is the governor's subject
        }
        if (relation.equals("nsubj") && bareParticiple(verb)) {
          continue; // "released the mayor, a member of Hamas jailed a year ago": the one jailed, not the jailer
        }
        for (int t : graph.children(verb, relation)) {
          List<String> named = actorsAt(t);
          if (named.isEmpty() && isPronoun(t)) {
            named = reportingSubject(verb);
          }
          if (named.isEmpty() && speakersCountry(t)) {
            named = new ArrayList<>();
            for (String id : reportingSubject(verb)) {
              Actor speaker = resolution.actor(id);
              String country = speaker == null || speaker.country() == null ? null : countryActor(speaker.country());
              named.add(country != null ? country : id); // "Sweden's prime minister said his country would donate ..."
            }
          }
          if (named.isEmpty() && relation.equals("nsubj")) {
            named = previousPerson(verb, t);
          }
          int speaker = named.isEmpty() && isPronoun(t) ? speakerBelow(verb) : -1;
          if (speaker >= 0) {
            named = new ArrayList<>();
            for (int s : graph.children(speaker, "nsubj")) {
              named.addAll(actorsAt(s)); // "as Egypt announced it would release ..." parsed with "announced" below "release"
            }
          }
          actors.addAll(named);
        }
      }
      return actors;
    }

    /**
     * "Biden welcomed the freed Americans. He praised Scholz ...": "he" or "she" as subject of a
     * sentence's main verb, with no antecedent in the sentence, is the person who was the source
     * of the previous sentence's last event, else the one person the previous sentence names
     * ("..., Biden said. He praised ...").
     */
    private List<String> previousPerson(int verb, int subject) {
      String word = graph.token(subject).text().toLowerCase(Locale.ROOT);
      if (!(word.equals("he") || word.equals("she")) || graph.parent(verb) != null) {
        return List.of();
      }
      if (previous != null && previous.source != null && previous.sentence == sentence.index() - 1) {
        Actor actor = resolution.actor(previous.source);
        return actor != null && "person".equals(actor.kind()) ? List.of(previous.source) : List.of();
      }
      Set<String> persons = new LinkedHashSet<>();
      for (ActorMention mention : resolution.mentions()) {
        Actor actor = resolution.actor(mention.actorId());
        if (mention.sentence() == sentence.index() - 1 && actor != null && "person".equals(actor.kind())) {
          persons.add(actor.id());
        }
      }
      return persons.size() == 1 ? List.copyOf(persons) : List.of();
    }

    /**
     * A past participle without auxiliary or object that the parse hangs below another word as a
     * complement with a subject ("a leader of the party jailed two years ago"): a reduced passive
     * whose "subject" is the one the act was done to.
     */
    private boolean bareParticiple(int verb) {
      Dependency up = graph.parent(verb);
      if (!graph.token(verb).pos().equals("VBN") || up == null || !graph.children(verb, "aux").isEmpty()
          || !graph.children(verb, "aux:pass").isEmpty() || !graph.children(verb, "obj").isEmpty()) {
        return false;
      }
      return up.relation().equals("xcomp") || up.relation().equals("acl"); // not a main clause tagged VBN ("rebels surrendered, X said")
    }

    /**
     * The antecedent of a pronoun subject in a reported clause: "Japan said it had halted aid" →
     * Japan (the subject of the verb whose complement the clause is).
     */
    private List<String> reportingSubject(int verb) {
      int misparsed = ReportedAggression.misparsedSpeech(graph, verb, SPEECH_VERBS);
      if (misparsed >= 0) {
        List<String> actors = new ArrayList<>();
        for (int t : graph.children(misparsed, "nsubj")) {
          actors.addAll(actorsAt(t));
        }
        return actors;
      }
      int node = verb;
      for (int steps = 0; steps < 3; steps++) {
        Dependency up = graph.parent(node);
        if (up == null) {
          return List.of();
        }
        String base = up.baseRelation();
        if (base.equals("ccomp") || base.equals("parataxis")) {
          int governor = up.governor();
          if (graph.token(governor).isVerb() && SPEECH_VERBS.contains(graph.lemma(governor))
              || "announce".equals(graph.lemma(governor))) {
            List<String> actors = new ArrayList<>();
            for (int t : graph.children(governor, "nsubj")) {
              actors.addAll(actorsAt(t));
            }
            return actors.isEmpty() ? quotedSubject(graph.parent(governor)) : actors;
          }
          return List.of();
        }
        if (base.equals("advcl")) {
          return quotedSubject(up); // "King Hassan was quoted as saying he would ..." (parsed without the saying)
        }
        if (!(base.equals("conj") || base.equals("xcomp"))) {
          return List.of();
        }
        node = up.governor();
      }
      return List.of();
    }

    /** "his country", "their nation": the country of whoever says so. */
    private boolean speakersCountry(int noun) {
      if (!(graph.lemma(noun).equals("country") || graph.lemma(noun).equals("nation"))) {
        return false;
      }
      for (int owner : graph.children(noun, "nmod:poss")) {
        String word = graph.token(owner).text().toLowerCase(Locale.ROOT);
        if (word.equals("his") || word.equals("her") || word.equals("their") || word.equals("our")) {
          return true;
        }
      }
      return false;
    }

    /**
     * A speech verb the parse hangs below the clause it reports ("came as Egypt announced it would
     * release ...", read as "release" governing "announced"): a speech verb with a subject but no
     * complement or object of its own among the clause's adjuncts; -1 when there is none.
     */
    private int speakerBelow(int verb) {
      for (Dependency d : graph.children(verb)) {
        String relation = d.relation();
        int child = d.dependent();
        if ((relation.equals("advcl") || relation.equals("advcl:as") || relation.equals("parataxis") || relation.equals("dep"))
            && graph.token(child).isVerb() && SPEECH_VERBS.contains(graph.lemma(child)) && graph.hasChild(child, "nsubj")
            && graph.children(child, "ccomp").isEmpty() && graph.children(child, "obj").isEmpty()
            && graph.children(child, "xcomp").isEmpty()) {
          return child;
        }
      }
      return -1;
    }

    /** "X was quoted as saying ...": X, when {@code up} hangs a clause on a passive "quoted". */
    private List<String> quotedSubject(Dependency up) {
      if (up == null || !up.baseRelation().equals("advcl") || !graph.lemma(up.governor()).equals("quote")) {
        return List.of();
      }
      List<String> actors = new ArrayList<>();
      for (int t : graph.children(up.governor(), "nsubj:pass")) {
        actors.addAll(actorsAt(t));
      }
      return actors;
    }

    /** Whether {@code verb} is the complement of a control word (whose controller the parse names). */
    private boolean controlledComplement(int verb) {
      Dependency up = graph.parent(verb);
      if (up == null || !up.relation().equals("xcomp")) {
        return true;
      }
      int governor = up.governor();
      return dictionary.control(graph.lemma(governor)) != null || !graph.hasChild(governor, "obj")
          || OBJECT_CONTROL_VERBS.contains(graph.lemma(governor));
    }

    /** The subject a control verb, noun ("plans to") or conjoined verb lends to {@code verb}. */
    private List<String> inheritedSubject(int token, int depth) {
      if (depth > 4) {
        return List.of();
      }
      Dependency up = graph.parent(token);
      if (up == null) {
        return List.of();
      }
      String relation = up.relation();
      int governor = up.governor();
      if (relation.equals("xcomp") || relation.startsWith("conj") || relation.equals("acl:to") || relation.equals("advcl:to")) {
        if (graph.token(governor).isNoun()) {
          // "has no plans to give": the subject of the verb holding the noun
          Dependency holder = graph.parent(governor);
          if (holder == null) {
            return List.of();
          }
          List<String> actors = subjectActors(holder.governor(), graph.isPassive(holder.governor()));
          return actors.isEmpty() ? inheritedSubject(holder.governor(), depth + 1) : actors;
        }
        boolean objectControl = relation.equals("xcomp") && graph.hasChild(governor, "obj")
            && (OBJECT_CONTROL_VERBS.contains(graph.lemma(governor)) || dictionary.control(graph.lemma(governor)) != null);
        if (objectControl) {
          return actorsAt(graph.children(governor, "obj").get(0));
        }
        List<String> actors = subjectActors(governor, graph.isPassive(governor));
        if (graph.isPassive(governor) && actors.isEmpty()) {
          for (int t : graph.children(governor, "nsubj:pass")) {
            actors.addAll(actorsAt(t)); // "is expected to arrive"
          }
        }
        return actors.isEmpty() ? inheritedSubject(governor, depth + 1) : actors;
      }
      if (relation.equals("dep") && pronounObjectAsSubject(governor, token)) {
        // "the agency has said it will send experts", parsed with "it" as the object of "said"
        List<String> actors = new ArrayList<>();
        for (int t : graph.children(governor, "nsubj")) {
          actors.addAll(actorsAt(t));
        }
        return actors;
      }
      if (participleModifier(up)) {
        List<String> actors = actorsAt(governor); // "demonstrators protesting election results": the demonstrators protest
        Dependency holder = graph.parent(governor);
        if (actors.isEmpty() && holder != null && holder.relation().equals("obj") && graph.token(holder.governor()).isVerb()
            && ISSUING_VERBS.contains(graph.lemma(holder.governor()))) {
          // "issued a declaration demanding that ...": who issued it
          actors = subjectActors(holder.governor(), graph.isPassive(holder.governor()));
        }
        return actors;
      }
      if (participialAdjunct(up) && graph.token(governor).isVerb()) {
        // "imposed sanctions, accusing Tehran of ...", "after meeting X": the governor's subject
        return subjectActors(governor, graph.isPassive(governor));
      }
      return List.of();
    }

    /**
     * "said it will send", parsed with "it" as the speech verb's object and the clause as a loose
     * dependent without subject: the pronoun is the clause's subject, and stands for the speaker.
     */
    private boolean pronounObjectAsSubject(int speech, int clause) {
      if (!graph.token(speech).isVerb() || !SPEECH_VERBS.contains(graph.lemma(speech)) || graph.hasChild(clause, "nsubj")
          || graph.children(clause, "aux").isEmpty()) {
        return false;
      }
      for (int object : graph.children(speech, "obj")) {
        String word = graph.token(object).text().toLowerCase(Locale.ROOT);
        if (object > speech && object < clause && (word.equals("it") || word.equals("they") || word.equals("we"))) {
          return true;
        }
      }
      return false;
    }

    /** "demonstrators protesting election results": an -ing clause modifying a noun, its subject. */
    private boolean participleModifier(Dependency up) {
      return up.relation().equals("acl") && graph.token(up.dependent()).pos().equals("VBG") && graph.token(up.governor()).isNoun()
          && up.dependent() > up.governor();
    }

    /** An -ing adjunct clause without a subject of its own: an event of its own, not a purpose. */
    private boolean participialAdjunct(Dependency up) {
      int clause = up.dependent();
      return (up.baseRelation().equals("advcl") || up.relation().equals("dep")) && !up.relation().equals("advcl:to") && graph.token(clause).pos().equals("VBG")
          && !hasMark(clause, "to") && !graph.hasChild(clause, "nsubj") && !graph.hasChild(clause, "nsubj:pass")
          && namesObject(clause);
    }

    /** The clause's direct object names an actor ("accusing Tehran", "meeting Zelensky"). */
    private boolean namesObject(int clause) {
      for (int object : graph.children(clause, "obj")) {
        if (graph.token(object).isProperNoun() && !actorsAt(object).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /**
     * In a passive without agent, a state named as the place ("is banned in Russia"), or the actor
     * named on the means ("killed in Israeli shelling"). Where people were killed ("killed in
     * Baghdad") says who the victims are, not who attacked: a place name is no source of violence.
     */
    private List<String> passiveStateSource(int verb, String code, List<String> victims) {
      boolean violent = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
      if (code.startsWith("15")) {
        return List.of(); // "mercenaries have been deployed in Mali": where forces go, not who sends them
      }
      for (int first : descendants(verb, 2)) {
        Dependency up = graph.parent(first);
        if (violent && graph.token(first).isProperNoun() && !(up != null && up.governor() == verb && foreignVictims(verb, first, victims))) {
          continue;
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
        if (ARMED_NOUNS.contains(graph.lemma(subject).toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The actors {@code keep} accepts nearest below the trigger, outside its subject and clauses of
     * their own; a place at home the filter leaves out does not end the search ("bans on travel to
     * Canada against officers of the Russian military": Russia, not Canada).
     */
    private List<String> deepTargets(int trigger, List<String> sources, java.util.function.Predicate<String> keep) {
      List<String> found = new ArrayList<>();
      List<Integer> frontier = List.of(trigger);
      Set<Integer> seen = new HashSet<>(frontier);
      for (int depth = 0; depth < 5 && found.isEmpty(); depth++) {
        List<Integer> next = new ArrayList<>();
        for (int node : frontier) {
          for (Dependency d : graph.children(node)) {
            String base = d.baseRelation();
            boolean sourceRelation = node == trigger && (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")
                || d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
                || notDeepTarget(d, sources);
            if (sourceRelation || base.equals("ccomp") || base.equals("parataxis")
                || base.equals("advcl") || base.equals("conj") || base.equals("punct") || base.equals("ref")) {
              continue;
            }
            if (graph.token(d.dependent()).isVerb() && SPEECH_VERBS.contains(graph.lemma(d.dependent()))) {
              continue; // "…, the military said" hung low in the parse: its speaker is no target
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

    private List<Integer> descendants(int head, int depth) {
      List<Integer> out = new ArrayList<>();
      List<Integer> frontier = List.of(head);
      for (int level = 0; level < depth; level++) {
        List<Integer> next = new ArrayList<>();
        for (int node : frontier) {
          for (Dependency d : graph.children(node)) {
            if (!d.baseRelation().equals("conj") && !out.contains(d.dependent()) && d.dependent() != head) {
              out.add(d.dependent());
              next.add(d.dependent());
            }
          }
        }
        frontier = next;
      }
      return out;
    }

    // ------------------------------------------------------------------ control verbs

    /** The to-infinitive (or that-clause for demands) a control word governs, or -1. */
    private int infinitive(int head) {
      for (Dependency d : graph.children(head)) {
        String relation = d.relation();
        if (relation.equals("xcomp") || relation.equals("ccomp") || relation.equals("advcl:to") || relation.equals("acl:to")) {
          int child = d.dependent();
          if (graph.token(child).isVerb() || graph.token(child).isNoun() || graph.token(child).pos().startsWith("JJ")) {
            if (relation.equals("ccomp") && !hasMark(child, "to") && !hasMark(child, "that")) {
              continue;
            }
            return child;
          }
        }
      }
      return -1;
    }

    private boolean hasMark(int token, String word) {
      for (int m : graph.children(token, "mark")) {
        if (graph.lemma(m).equals(word)) {
          return true;
        }
      }
      return false;
    }

    private void codeControl(int verb, ControlVerb control) {
      ControlVerb.ControlClass kind = control.controlClass();
      if (kind == ControlVerb.ControlClass.PLAN || kind == ControlVerb.ControlClass.FAIL || kind == ControlVerb.ControlClass.HYPO) {
        return; // they shape the infinitive's event, found on its own
      }
      int inner = infinitive(verb);
      if (inner < 0) {
        return;
      }
      if (hasMark(inner, "whether") || hasMark(inner, "if")) {
        return; // "would decide whether to withdraw", "asked whether": an open question, no commitment or request
      }
      if (kind == ControlVerb.ControlClass.REQUEST && !graph.token(inner).isVerb() && !hasMark(inner, "to")
          && !hasMark(inner, "that")) {
        return; // "called the junta illegitimate": naming, not asking
      }
      String innerCode = innerCode(inner);
      if (kind == ControlVerb.ControlClass.INTENT && innerCode == null && !hasMark(inner, "to")
          && graph.children(verb, "xcomp").isEmpty()) {
        return; // "vowed that the group would not stay silent": a statement, no commitment to an action
      }
      if (kind == ControlVerb.ControlClass.REFUSE && innerCode == null && NO_COMMENT.contains(graph.lemma(inner))) {
        return; // "declined to comment": no rejection of anyone
      }
      if (kind == ControlVerb.ControlClass.REFUSE && innerCode != null && innerCode.compareTo("10") >= 0
          && innerCode.compareTo("14") < 0) {
        return; // "refused to condemn" (a verbal conflict act 10-13): no rejection of anyone; the negated inner event says it
      }
      String code = switch (kind) {
        case INTENT -> intentCode(innerCode);
        case REQUEST -> "10".equals(control.code()) ? demandCode(innerCode) : appealCode(innerCode);
        case REFUSE -> refusalCode(innerCode);
        case THREAT -> threatCode(innerCode);
        default -> null;
      };
      if (code == null) {
        return;
      }
      boolean passive = graph.isPassive(verb);
      List<String> sources = new ArrayList<>(subjectActors(verb, passive));
      String how = "";
      double confidence = 0.8;
      if (sources.isEmpty()) {
        sources.addAll(inheritedSubject(verb, 0));
        if (!sources.isEmpty()) {
          how = " +controller";
        }
      }
      List<String> targets = new ArrayList<>();
      if (kind == ControlVerb.ControlClass.REQUEST) {
        for (String relation : List.of("obj", "iobj", "obl:on", "obl:upon", "obl:to")) {
          for (int t : graph.children(verb, relation)) {
            targets.addAll(actorsAt(t));
          }
        }
        if (targets.isEmpty()) {
          targets.addAll(subjectActors(inner, graph.isPassive(inner)));
        }
      } else {
        targets.addAll(recipientsOnly(inner, innerCode, innerTargets(inner)));
      }
      if (kind == ControlVerb.ControlClass.REQUEST && sources.containsAll(targets)) {
        String it = agentPronounObject(verb, sources);
        if (it != null) {
          targets = new ArrayList<>(List.of(it)); // "thanked the EU and urged it to start talks": the EU
          how += " +pronoun-object";
        }
      }
      if (kind == ControlVerb.ControlClass.THREAT) {
        List<String> conditioned = conditionTargets(verb, inner, targets, sources);
        if (conditioned != null) {
          targets = conditioned;
          how += " +condition-target";
        }
      }
      targets.removeAll(sources);
      emit(verb, code, new Arguments(distinct(sources), distinct(targets), how, confidence),
          "control " + control.lemma() + " (" + kind.name().toLowerCase(Locale.ROOT) + ")"
              + (innerCode == null ? "" : " + " + innerCode) + how);
    }

    /**
     * "threatened to strike unless Israel withdraws", "threatened to stop talks if the United States
     * goes ahead": the actor the condition names is whom the threat is aimed at. Replaces targets
     * that only came from a place or nothing (null when the condition names no actor, or the
     * threatened act has a named target of its own).
     */
    private List<String> conditionTargets(int verb, int inner, List<String> targets, List<String> sources) {
      if (!namedInnerTargets(inner).isEmpty()) {
        return null;
      }
      List<String> named = new ArrayList<>();
      for (int node : conditionClauses(verb)) {
        List<Integer> subjects = new ArrayList<>(graph.children(node, "nsubj"));
        subjects.addAll(graph.children(node, "nsubj:pass"));
        String word = graph.lemma(node);
        if (word.equals("if") || word.equals("unless")) {
          subjects.addAll(graph.children(node, "dep")); // a parse that hangs the clause on its conjunction
        }
        for (int subject : subjects) {
          if (!isPronoun(subject)) {
            named.addAll(coded(actorsAt(subject)));
          }
        }
      }
      named.removeAll(sources);
      return named.isEmpty() || named.equals(targets) ? null : distinct(named);
    }

    /** The if- and unless-clauses below a threat verb (through its infinitive chain). */
    private List<Integer> conditionClauses(int verb) {
      List<Integer> found = new ArrayList<>();
      List<Integer> frontier = List.of(verb);
      for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
        List<Integer> next = new ArrayList<>();
        for (int node : frontier) {
          for (Dependency d : graph.children(node)) {
            String relation = d.relation();
            int child = d.dependent();
            String word = graph.lemma(child);
            if (relation.equals("advcl:if") || relation.equals("advcl:unless")
                || relation.equals("advcl") && (word.equals("if") || word.equals("unless"))) {
              found.add(child);
            } else if (relation.equals("xcomp") || relation.equals("obj") || relation.startsWith("obl")) {
              next.add(child);
            }
          }
        }
        frontier = next;
      }
      return found;
    }

    /** The code the infinitive's own entry gives, or null. */
    private String innerCode(int inner) {
      for (Predicate predicate : dictionary.verbs(graph.lemma(inner))) {
        Integer object = matches(inner, predicate);
        if (object != null) {
          return predicate.noEvent() ? null : predicate.code();
        }
      }
      for (Predicate predicate : dictionary.nouns(graph.lemma(inner))) {
        return predicate.code();
      }
      return null;
    }

    private List<String> innerTargets(int inner) {
      List<String> targets = namedInnerTargets(inner);
      if (targets.isEmpty()) {
        targets.addAll(placeTargets(inner));
      }
      return targets;
    }

    /** The infinitive's own named targets (object, "with", "to", "against"), no place. */
    private List<String> namedInnerTargets(int inner) {
      List<String> targets = new ArrayList<>();
      for (Dependency d : graph.children(inner)) {
        if (DEFAULT_VERB_TARGETS.contains(d.relation()) || NOUN_TARGETS.contains(d.relation())) {
          List<String> named = actorsAt(d.dependent());
          if (named.isEmpty() && d.relation().equals("obj")) {
            for (Dependency c : graph.children(d.dependent())) {
              if (NOUN_TARGETS.contains(c.relation()) || c.relation().equals("nmod:on")) {
                named.addAll(actorsAt(c.dependent())); // "threatened to break relations with Russia"
              }
            }
          }
          targets.addAll(named);
        }
      }
      return targets;
    }

    // ------------------------------------------------------------------ nouns

    private void codeNoun(int noun) {
      List<Predicate> entries = dictionary.nouns(graph.lemma(noun));
      if (entries.isEmpty() || mannerAdjunct(noun)) {
        return;
      }
      Predicate predicate = nounEntry(noun, entries);
      List<String> sources = new ArrayList<>();
      boolean ownSource = false;
      for (String relation : List.of("nmod:poss", "nmod:of", "nmod:by", "nmod:agent")) {
        if (relation.equals("nmod:of") && predicate.targetRelations().contains("nmod:of")) {
          continue;
        }
        for (int t : graph.children(noun, relation)) {
          sources.addAll(actorsAt(t));
        }
      }
      ownSource = !sources.isEmpty();
      List<String> weakSources = new ArrayList<>();
      for (String relation : List.of("compound", "amod")) {
        for (int t : graph.children(noun, relation)) {
          ActorMention mention = resolution.mentionAt(sentence.index(), t);
          if (mention != null) {
            weakSources.add(mention.actorId());
          }
        }
      }
      Dependency up = graph.parent(noun);
      int holder = up == null ? -1 : up.governor();
      String how = "";
      double confidence = 0.75;
      if (sources.isEmpty() && holder >= 0 && graph.token(holder).isVerb() && (LIGHT_VERBS.contains(graph.lemma(holder))
          && (up.relation().equals("obj") || up.relation().startsWith("obl"))
          || ANNOUNCING_VERBS.contains(graph.lemma(holder)) && up.relation().equals("obj"))) {
        sources.addAll(subjectActors(holder, graph.isPassive(holder)));
        if (sources.isEmpty()) {
          sources.addAll(inheritedSubject(holder, 0));
        }
        how = " +light-verb " + graph.lemma(holder);
      }
      List<String> targets = new ArrayList<>();
      Set<String> relations = predicate.targetRelations().isEmpty() ? NOUN_TARGETS : new LinkedHashSet<>(predicate.targetRelations());
      for (Dependency d : graph.children(noun)) {
        if (relations.contains(d.relation())) {
          targets.addAll(actorsAt(d.dependent()));
        }
      }
      if (relations.contains("place")) {
        targets.addAll(placeTargets(noun));
      }
      if (targets.isEmpty() && holder >= 0 && graph.token(holder).isVerb()
          && (up.relation().startsWith("nsubj") || up.relation().equals("obj"))) {
        for (String relation : List.of("obl:with", "obl:to", "obl:against", "obl:on")) {
          if (relation.equals("obl:on") && !relations.contains("nmod:on")) {
            continue; // "imposed a ban on X": only for nouns whose target is what they are "on"
          }
          for (int t : graph.children(holder, relation)) {
            targets.addAll(actorsAt(t));
          }
        }
      }
      if (targets.isEmpty() && SAYING_ROOTS.contains(predicate.code().substring(0, 2))) {
        targets.addAll(clauseSubjects(noun)); // "its demand that Israel ease restrictions"
      }
      if (sources.isEmpty() && !weakSources.isEmpty() && !targets.isEmpty()) {
        sources.addAll(weakSources);
        how += " +modifier-source";
        confidence -= 0.1;
      }
      targets.removeAll(sources);
      if (sources.isEmpty() && !targets.isEmpty() && previous != null && previous.source != null
          && previous.code.substring(0, 2).equals(predicate.code().substring(0, 2))
          && previous.sentence >= sentence.index() - 1 && !targets.contains(previous.source)) {
        sources.add(previous.source);
        how += " +source-from-previous-event";
        confidence -= 0.3;
      }
      if (sources.isEmpty() || !ownSource && how.isEmpty()) {
        return;
      }
      emit(noun, peacekeeping(refine(predicate.code(), noun), noun, -1), new Arguments(distinct(sources), distinct(targets), how, confidence),
          predicate.describe(null) + how);
    }

    /**
     * The entry whose own target relation the noun has ("strikes on Gaza": the attack entry with
     * nmod:on, not the labour strike with nmod:against), else the first.
     */
    private Predicate nounEntry(int noun, List<Predicate> entries) {
      for (Predicate entry : entries) {
        for (Dependency d : graph.children(noun)) {
          if (entry.targetRelations().contains(d.relation())) {
            return entry;
          }
        }
      }
      return entries.get(0);
    }

    // ------------------------------------------------------------------ actors and places

    /** The actors a noun phrase headed by {@code head} names, coordinated ones included. */
    /**
     * A bare "in protest (of …)" or "in retaliation (for …)" says why the event it modifies
     * happened ("went on a hunger strike in protest of the ruling"): no event of its own.
     * Only a bare singular noun ("in talks with" still names talks).
     */
    private boolean mannerAdjunct(int noun) {
      Dependency up = graph.parent(noun);
      if (up == null || !(up.relation().equals("nmod:in") || up.relation().equals("obl:in"))
          || !graph.token(noun).pos().equals("NN") || graph.hasChild(noun, "det") || graph.hasChild(noun, "nmod:poss")) {
        return false;
      }
      int governor = up.governor();
      return graph.token(governor).isVerb() && !dictionary.verbs(graph.lemma(governor)).isEmpty()
          || graph.token(governor).isNoun() && !dictionary.nouns(graph.lemma(governor)).isEmpty();
    }

    private List<String> actorsAt(int head) {
      List<String> out = new ArrayList<>();
      collectActors(head, 0, out, new HashSet<>());
      return out;
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
      } else if (depth < 2) {
        int before = out.size();
        for (String relation : ACTOR_MODIFIER_ORDER) {
          for (Dependency d : graph.children(node)) {
            if (d.relation().equals(relation)) {
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
            if ((d.relation().equals("amod") || d.relation().equals("acl")) && AFFILIATION_WORDS.contains(graph.lemma(d.dependent()))) {
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

    private boolean currencyModifier(int token) {
      Dependency up = graph.parent(token);
      return up != null && (up.relation().equals("amod") || up.relation().equals("compound"))
          && CURRENCY_NOUNS.contains(graph.lemma(up.governor()));
    }

    private boolean isGroupNoun(int token) {
      return GROUP_NOUNS.contains(graph.lemma(token));
    }

    private boolean isPronoun(int token) {
      return graph.token(token).pos().startsWith("PRP") || PRONOUNS.contains(graph.lemma(token));
    }

    private boolean isPronounWithoutAntecedent(int token) {
      return false; // pronoun mentions come from the resolver, which links them to their antecedent
    }

    /** Targets named as the place a verb or noun goes to ("arrive in Moscow", "visit to Qatar"). */
    private List<String> placeTargets(int trigger) {
      List<String> out = new ArrayList<>();
      for (Dependency d : graph.children(trigger)) {
        String relation = d.relation();
        if (relation.equals("obj") || relation.equals("obl:in") || relation.equals("obl:to") || relation.equals("obl:at")
            || relation.equals("obl:for") || relation.equals("nmod:to") || relation.equals("nmod:in") || relation.equals("obl")) {
          int t = d.dependent();
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

    /** The id of the country actor with this ISO code in the article, or null. */
    private String countryActor(String iso3) {
      for (Actor actor : resolution.actors()) {
        if ("country".equals(actor.kind()) && iso3.equals(actor.country())) {
          return actor.id();
        }
      }
      return null;
    }

    /** The gazetteer place a proper-noun token (with its compounds) names, or null. */
    private Location placeAt(int token) {
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

    /** Where the event happens: "in Moscow" on the trigger or its object, or the place visited. */
    private Location location(int trigger, String code) {
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

    // ------------------------------------------------------------------ stance, date, emission

    /**
     * A control noun the parser made the subject of an infinitive ("Germany's refusal to accept
     * the plan", "the decision to withdraw" read as refusal/decision doing the accepting): the
     * noun governs the infinitive's stance as it does when it is parsed as the infinitive's head.
     */
    private ControlVerb controlNounSubject(int node) {
      if (!hasMark(node, "to") || !graph.children(node, "aux").isEmpty()) {
        return null;
      }
      for (int subject : graph.children(node, "nsubj")) {
        if (graph.token(subject).isNoun() && !graph.token(subject).isProperNoun()) {
          ControlVerb control = dictionary.control(graph.lemma(subject));
          if (control != null) {
            return control;
          }
        }
      }
      return null;
    }

    private Stance stance(int trigger) {
      boolean negated = negatedAt(trigger);
      List<String> notes = new ArrayList<>();
      boolean requested = false;
      boolean hypothetical = false;
      boolean planned = false;
      boolean absorbed = false;
      boolean backshifted = false;
      boolean obliged = false;
      int node = trigger;
      for (int steps = 0; steps < 6; steps++) {
        for (int aux : graph.children(node, "aux")) {
          String word = graph.token(aux).text().toLowerCase(Locale.ROOT);
          if (word.equals("must") && steps == 0) {
            obliged = true; // "said that Syria must hand over": the speaker's demand, not an event
          } else if (FUTURE_AUXILIARIES.contains(word)) {
            planned = true;
          } else if (word.equals("would") && graph.lemma(node).equals("like")) {
            // "would like X to ...": a wish stated now, not a hypothesis
          } else if (word.equals("would") && steps == 0) {
            backshifted = true; // "said it would ...": future in the past when reported, else hypothetical
          } else if (HYPOTHETICAL_AUXILIARIES.contains(word)) {
            hypothetical = true;
          }
        }
        if (hasMark(node, "if") || hasMark(node, "unless")) {
          hypothetical = true;
        }
        ControlVerb nounControl = controlNounSubject(node);
        if (nounControl != null) { // "the refusal of Germany to meet France", misparsed with the noun as subject
          switch (nounControl.controlClass()) {
            case PLAN, INTENT, THREAT -> planned = true;
            case REQUEST -> requested = true;
            case REFUSE, FAIL -> negated = true;
            case HYPO -> hypothetical = true;
            default -> { }
          }
          notes.add(nounControl.lemma());
        }
        Dependency up = graph.parent(node);
        if (up == null) {
          if (hasMark(node, "to") && graph.children(node, "aux").isEmpty()) {
            planned = true; // headline infinitive: "Taliban to Visit Russia"
          }
          break;
        }
        String relation = up.relation();
        if (relation.equals("advcl:if") || relation.equals("advcl:unless")) {
          hypothetical = true;
        }
        boolean complement = relation.equals("xcomp") || relation.equals("acl:to") || relation.equals("advcl:to")
            || relation.equals("ccomp") && (hasMark(node, "to") || hasMark(node, "that"));
        boolean nominal = graph.token(node).isNoun() && (relation.equals("obj") || relation.startsWith("obl")
            || relation.startsWith("nsubj"));
        if (!complement && !nominal) {
          break;
        }
        int governor = up.governor();
        ControlVerb control = complement || nominal && node == trigger && (relation.equals("obj") || relation.equals("obl:for"))
            ? controlAt(governor) : null;
        if (control != null && !complement && control.controlClass() == ControlVerb.ControlClass.PLAN) {
          control = null; // "seek talks", "plan a visit": the noun's own event stands
        }
        if (control != null) {
          switch (control.controlClass()) {
            case PLAN -> planned |= !pastAttempt(governor, control);
            case REQUEST -> requested = true;
            case REFUSE, FAIL -> negated = true;
            case HYPO -> hypothetical = true;
            case INTENT, THREAT -> {
              planned = true;
              absorbed = true;
            }
            default -> { }
          }
          notes.add(control.lemma());
        }
        if (complement && negatedAt(governor)) {
          negated = true;
        }
        if (nominal && node == trigger && !negated && negatedAt(governor)) {
          negated = true; // "did not announce a new pledge", "did not attend the talks": the noun's event did not happen
          notes.add(NEGATED_GOVERNOR);
        }
        node = governor;
      }
      int clauseHead = clauseHead(trigger);
      if (backshifted) {
        if (reported(clauseHead)) {
          planned = true;
        } else {
          hypothetical = true;
        }
      }
      if (obliged && reported(clauseHead)) {
        requested = true;
      }
      if (demandedContent(trigger)) {
        requested = true;
      }
      Modality modality = requested ? Modality.REQUESTED : hypothetical ? Modality.HYPOTHETICAL
          : planned ? Modality.PLANNED : reported(clauseHead) ? Modality.REPORTED : Modality.ASSERTED;
      return new Stance(negated, modality, clauseHead, notes, absorbed);
    }

    /**
     * The stance of a statement made now when the event is the consequence of a condition the
     * sentence states ("X may halt its mediation if ...", "would meet him if he ..."): the offer
     * or threat is asserted (or reported), not hypothetical. Null when the event is not such a
     * consequence, is negated, is itself inside the condition, or a control word codes it.
     */
    private Stance conditionalStance(int trigger, Stance stance, String rule) {
      if (stance.negated() || rule.startsWith("control")
          || !(stance.modality() == Modality.HYPOTHETICAL || stance.modality() == Modality.PLANNED)) {
        return null;
      }
      boolean consequent = false;
      int node = trigger;
      for (int steps = 0; steps < 4; steps++) {
        for (Dependency d : graph.children(node)) {
          String word = graph.lemma(d.dependent());
          consequent |= d.relation().equals("advcl:if") || d.relation().equals("advcl:unless")
              || d.relation().equals("advcl") && (word.equals("if") || word.equals("unless"));
        }
        if (hasMark(node, "if") || hasMark(node, "unless")) {
          return null;
        }
        Dependency up = graph.parent(node);
        if (up == null) {
          break;
        }
        String relation = up.relation();
        if (relation.startsWith("advcl:if") || relation.startsWith("advcl:unless")) {
          return null; // the condition's own event
        }
        if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
          break;
        }
        node = up.governor();
      }
      if (!consequent) {
        return null;
      }
      Modality modality = reported(stance.clauseHead()) ? Modality.REPORTED : Modality.ASSERTED;
      return new Stance(false, modality, stance.clauseHead(), stance.notes(), stance.absorbed());
    }

    /**
     * The "that" clause of a noun someone asks for ("demanded an admission by Moscow that its
     * forces murdered the officers"): what is asked to be said, not an event the text states.
     */
    private boolean demandedContent(int trigger) {
      Dependency up = graph.parent(trigger);
      if (up == null || !hasMark(trigger, "that") || !graph.token(up.governor()).isNoun()
          || !(up.baseRelation().equals("dep") || up.baseRelation().equals("ccomp") || up.baseRelation().equals("acl"))) {
        return false;
      }
      Dependency holder = graph.parent(up.governor());
      if (holder == null || !holder.relation().equals("obj")) {
        return false;
      }
      ControlVerb control = dictionary.control(graph.lemma(holder.governor()));
      return control != null && control.controlClass() == ControlVerb.ControlClass.REQUEST;
    }

    /** "attempted to assassinate", "has tried to hack": an attempt made is the act attempted, not a plan. */
    private boolean pastAttempt(int governor, ControlVerb control) {
      String lemma = control.lemma();
      String pos = graph.token(governor).pos();
      return (lemma.equals("attempt") || lemma.equals("try")) && (pos.equals("VBD") || pos.equals("VBN"));
    }

    private boolean negatedAt(int token) {
      for (Dependency d : graph.children(token)) {
        String relation = d.relation();
        if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det") || relation.equals("advmod:neg"))
            && NEGATORS.contains(graph.token(d.dependent()).text().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the clause is what someone said, wrote or reported. */
    private boolean reported(int clauseHead) {
      if (speakerBelow(clauseHead) >= 0) {
        return true;
      }
      int node = clauseHead;
      boolean cameAsSubject = false;
      for (int steps = 0; steps < 8; steps++) {
        for (Dependency d : graph.children(node)) {
          if (d.relation().equals("obl:according_to")) {
            return true;
          }
        }
        int misparsed = ReportedAggression.misparsedSpeech(graph, node, SPEECH_VERBS);
        if (misparsed >= 0 && misparsed != clauseHead && !graph.dominates(misparsed, clauseHead) && !cameAsSubject) {
          return true; // "Ukraine said a drone was launched at it", parsed with "said" as the clause's subject
        }
        Dependency up = graph.parent(node);
        if (up == null) {
          return false;
        }
        if (SPEECH_VERBS.contains(graph.lemma(up.governor())) && graph.token(up.governor()).isVerb()) {
          return true;
        }
        cameAsSubject = up.baseRelation().equals("csubj");
        node = up.governor();
      }
      return false;
    }

    /** The head of the clause a token stands in (xcomp and nominal complements stay in their clause). */
    private int clauseHead(int token) {
      int node = token;
      for (int steps = 0; steps < graph.size(); steps++) {
        if (graph.token(node).isVerb() || graph.token(node).pos().startsWith("JJ") && !graph.children(node, "cop").isEmpty()
            || mistaggedVerb(node)) {
          Dependency up = graph.parent(node);
          if (up == null || CLAUSE_RELATIONS.contains(up.baseRelation())) {
            return node;
          }
        }
        Dependency up = graph.parent(node);
        if (up == null) {
          return node;
        }
        node = up.governor();
      }
      return node;
    }

    private TimeExpression date(int clauseHead, int trigger) {
      List<TimeExpression> inSentence = new ArrayList<>();
      List<Integer> heads = new ArrayList<>();
      for (TimeExpression time : article.times()) {
        if (time.value() == null || time.start() < sentence.start() || time.end() > sentence.end() || since(time)) {
          continue; // "has lent $20 billion since 2015": the start of a period, not the event's date
        }
        int first = sentence.tokenAt(time.start());
        int last = sentence.tokenAt(Math.max(time.start(), time.end() - 1));
        if (first < 0 || last < 0) {
          continue;
        }
        inSentence.add(time);
        heads.add(clauseHead(timeAnchor(graph.headOf(first, last + 1))));
      }
      if (inSentence.isEmpty()) {
        return null;
      }
      for (int i = 0; i < inSentence.size(); i++) {
        if (heads.get(i) == clauseHead) {
          return inSentence.get(i);
        }
      }
      int node = clauseHead;
      for (int steps = 0; steps < graph.size(); steps++) {
        Dependency up = graph.parent(node);
        if (up == null) {
          break;
        }
        node = up.governor();
        for (int i = 0; i < inSentence.size(); i++) {
          if (heads.get(i) == node) {
            return inSentence.get(i);
          }
        }
      }
      TimeExpression nearest = null;
      int best = Integer.MAX_VALUE;
      int at = graph.token(trigger).start();
      for (int i = 0; i < inSentence.size(); i++) {
        TimeExpression time = inSentence.get(i);
        if (graph.dominates(clauseHead, heads.get(i))) {
          continue; // a time inside a clause below this one dates that clause's event
        }
        int distance = Math.abs(time.start() - at);
        if (distance < best) {
          best = distance;
          nearest = time;
        }
      }
      return nearest;
    }

    /**
     * The token a time hangs on for dating: itself, except when the parser made it the subject of a
     * to-infinitive ("will hold a summit on Thursday to discuss": nsubj(discuss, Thursday)); then
     * the verb the infinitive belongs to.
     */
    private int timeAnchor(int head) {
      Dependency up = graph.parent(head);
      if (up != null && up.relation().equals("nsubj") && hasMark(up.governor(), "to")) {
        Dependency above = graph.parent(up.governor());
        if (above != null && above.governor() >= 0) {
          return above.governor();
        }
      }
      return head;
    }

    /** The time follows "since" ("since 2015", "since early December"). */
    private boolean since(TimeExpression time) {
      String before = article.text().substring(Math.max(sentence.start(), time.start() - 20), time.start()).trim()
          .toLowerCase(Locale.ROOT);
      return before.endsWith(" since") || before.equals("since") || before.endsWith(" since early")
          || before.endsWith(" since late");
    }

    private void emit(int trigger, String code, Arguments arguments, String rule) {
      if (code == null || tables.cameo(code) == null) {
        return;
      }
      List<String> sources = arguments.sources();
      List<String> targets = arguments.targets();
      boolean passive = graph.token(trigger).isVerb() && graph.isPassive(trigger);
      boolean unnamedSource = sources.isEmpty() && !targets.isEmpty() && unnamedAttacker(trigger, code);
      if (sources.isEmpty() && !(passive && !targets.isEmpty()) && !unnamedSource) {
        return;
      }
      if (unnamedSource) {
        rule = rule + " +unnamed-source"; // "insurgents shelled Aleppo": the victim is known, the attacker not
      }
      Stance stance = stance(trigger);
      if (stance.absorbed() && !rule.startsWith("control")) {
        return; // "agreed to meet", "threatened to attack": the control verb's event says it
      }
      Stance conditional = conditionalStance(trigger, stance, rule);
      if (conditional != null && code.compareTo("14") >= 0 && !code.startsWith("15")) {
        code = threatCode(code); // "may halt mediation if ...", "would strike if ...": a conditional threat (13x)
        rule = rule + " +conditional-threat";
        stance = conditional;
      } else if (conditional != null && code.compareTo("04") >= 0 && code.compareTo("09") < 0) {
        code = intentCode(code); // "would meet the mediator if he ...": a conditional offer (03x)
        rule = rule + " +conditional-offer";
        stance = conditional;
      }
      if (stance.modality() == Modality.PLANNED && !stance.negated() && !rule.startsWith("control")
          && FUTURE_AS_INTENT_ROOTS.contains(code.substring(0, 2))) {
        code = intentCode(code); // "will provide aid", "will release": a statement of intent (CAMEO 03)
        rule = rule + " +future-as-intent";
      } else if (stance.modality() == Modality.PLANNED && !stance.negated() && !rule.startsWith("control")
          && code.compareTo("14") >= 0 && !code.startsWith("15") && !sources.isEmpty()) { // a threat is someone's
        code = threatCode(code); // "will impose a curfew", "would blockade Paris": announcing force is a threat (CAMEO 13)
        rule = rule + " +future-as-threat";
      }
      TimeExpression date = date(stance.clauseHead(), trigger);
      Location location = location(trigger, code);
      double confidenceShift = 0;
      boolean selfTarget = false;
      List<String> deep;
      if (targets.isEmpty() && !sources.isEmpty()) {
        String him = personPronounObject(trigger, sources);
        if (him != null) {
          targets = List.of(him); // "sentenced Imran Khan ..., and police arrested him": the person named before
          rule = rule + " +pronoun-object";
          confidenceShift = -0.1;
        }
      }
      boolean verbal = code.compareTo("14") < 0;
      if (targets.isEmpty() && !sources.isEmpty()) {
        String place = placeTarget(trigger, sources);
        if (place != null && !DOMESTIC_ROOTS.contains(code.substring(0, 2)) && !code.startsWith("13")
            && homePlace(place, sources)) {
          place = null; // "the army and the RSF agreed to a truce in Khartoum": a place at home is where, not with whom
        }
        if (place != null) {
          targets = List.of(place); // "met in Zurich", "lifted the curfew in Montenegro": the place's country
          rule = rule + " +place-target";
          confidenceShift = -0.1;
          if (code.startsWith("062") && sources.size() == 1) {
            code = "150"; // "Iran is conducting military exercises in the Gulf": no partner, a show of force
            rule = rule + " +no-partner";
          }
        } else if (sources.size() > 1 && isSymmetric(code)) {
          // "France and Germany met": each meets the other (below)
        } else if (launchWithoutTarget(trigger, code)) {
          code = "150"; // "fired a missile into the sea": a show of force, not an attack on anyone (least of all itself)
          rule = rule + " +show-of-force";
        } else if (!asksUnnamed(trigger, rule) && !(deep = deepTargets(trigger, sources,
            id -> !coded(List.of(id)).isEmpty() && !abroad(List.of(id), sources).isEmpty()
                && !verbalAtPlace(id, verbal))).isEmpty()) {
          targets = deep.subList(0, 1); // "attacked a camp for Sudanese refugees", "agreed to help defend Kuwait"
          rule = rule + " +deep-target";
          confidenceShift = -0.25;
        } else if ((deep = reportersOwn(trigger, sources)).size() > 0) {
          targets = deep; // "India's army said Pakistani forces had opened fire on its posts": the speaker's posts
          rule = rule + " +reporter-possessive";
          confidenceShift = -0.15;
        } else if ((deep = attackedBySubject(trigger, code, sources)).size() > 0) {
          targets = deep; // "Russian strikes on Kyiv killed five people": the attack noun names where it fell
          rule = rule + " +subject-target";
          confidenceShift = -0.15;
        } else if ((DOMESTIC_ROOTS.contains(code.substring(0, 2)) || code.startsWith("137"))
            && (isViolent(code) && (rule.contains("-source") || rule.contains("+passive-in-place")) || !unnamedPeopleUndergo(trigger))
            && !rejectsOthersWords(trigger, code) && oneCountry(sources)) {
          String home = homeTarget(sources.get(0));
          if (home != null) {
            targets = List.of(home); // "the army imposed a curfew": on its own country
            selfTarget = home.equals(sources.get(0));
            if (selfTarget && code.startsWith("12")) {
              targets = List.of(); // "would deny entry to the United States": no one rejects itself
              selfTarget = false;
            }
            rule = rule + " +domestic-target";
            confidenceShift = -0.2;
          }
        }
      }
      if (!targets.isEmpty() && unplacedPlaces(targets)) {
        Location place = asLocation(targets.get(0));
        String country = place.country() == null ? null : countryActor(place.country());
        if (location == null) {
          location = place;
        }
        if (country != null && !homeCountry(place.country(), sources)) {
          targets = List.of(country); // "struck Gaza" with Gaza known to the gazetteer: its country is hit
          rule = rule + " +place-country";
        } else {
          targets = List.of(); // "visited the city of Kahramanmaras": a place of unknown country is where, not whom
          rule = rule + " +place-not-target";
        }
      }
      List<String> sourceList = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
      List<String> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
      if (targets.isEmpty() && sources.size() > 1 && isSymmetric(code)) {
        targetList = sources; // "France and Germany met": each meets the other
        rule = rule + " +mutual";
      }
      String fullRule = rule + (stance.notes().isEmpty() ? "" : " [" + String.join(", ", stance.notes()) + "]");
      for (String source : sourceList) {
        for (String target : targetList) {
          if (source != null && source.equals(target) && !selfTarget) {
            continue;
          }
          Candidate c = new Candidate();
          c.code = code;
          c.source = source;
          c.target = target;
          c.sentence = sentence.index();
          c.trigger = trigger;
          c.triggerStart = graph.token(trigger).start();
          c.triggerEnd = graph.token(trigger).end();
          c.negated = stance.negated();
          c.modality = stance.modality();
          c.date = date;
          c.location = location;
          c.evidenceStart = sentence.start();
          c.evidenceEnd = trimmedEnd(sentence);
          double confidence = arguments.confidence() + confidenceShift - (target == null ? 0.15 : 0) - (source == null ? 0.2 : 0);
          c.confidence = Math.max(0.05, Math.min(0.99, confidence));
          c.rule = fullRule;
          out.add(c);
          if (code.startsWith("046") && sources.size() == 1 && targets.size() == 1 && target != null) {
            // "held talks with President Suleiman": negotiating is mutual, each side negotiates with the other
            Candidate m = copy(c);
            m.source = target;
            m.target = source;
            m.rule = fullRule + " +reciprocal";
            out.add(m);
          }
          if (rejects(stance, code) && !pastRecord(trigger)) {
            // "would not provide support", "failed to reach agreement": saying no is a rejection (CAMEO 12)
            Candidate r = copy(c);
            r.code = refusalCode(code);
            r.negated = false;
            r.modality = stance.modality() == Modality.REPORTED ? Modality.REPORTED : Modality.ASSERTED; // the refusal is stated now
            r.confidence = Math.max(0.05, c.confidence - 0.15);
            r.rule = fullRule + " +negated-as-rejection";
            out.add(r);
            if (code.startsWith("054") && target == null) {
              // "a ruling China does not recognise": recognising no actor is no diplomatic
              // recognition; the refusal of the ruling is the event ("does not recognise the
              // Taliban" keeps its negated recognition beside the rejection)
              out.remove(c);
            }
          }
        }
      }
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
        if (SAID_NOUNS.contains(graph.lemma(object))) {
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
        if (graph.token(patient).isNoun() && !graph.token(patient).isProperNoun() && PEOPLE_NOUNS.contains(graph.lemma(patient))
            && actorsAt(patient).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** The verb's subject is a common noun no actor stands for ("thousands of people", "ethnic Albanians"). */
    private boolean unnamedCrowd(int verb) {
      for (int subject : graph.children(verb, "nsubj")) {
        if (graph.token(subject).isNoun() && !isPronoun(subject) && actorsAt(subject).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** A violent event whose subject is a common noun no actor stands for ("gunmen killed five soldiers"). */
    private boolean unnamedAttacker(int trigger, String code) {
      if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) || !graph.token(trigger).isVerb()) {
        return false;
      }
      for (int subject : graph.children(trigger, "nsubj")) {
        if (graph.token(subject).isNoun() && !graph.token(subject).isProperNoun() && !isPronoun(subject)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a negated cooperative event (03–08) states a refusal not already coded by a refusing verb. */
    /**
     * "had never sent weapons", "has never recognised": a negated perfect is a claim about the past
     * record (a denial), not a refusal stated now.
     */
    private boolean pastRecord(int trigger) {
      boolean perfect = false;
      for (int aux : graph.children(trigger, "aux")) {
        perfect |= graph.token(aux).lemma().equals("have");
      }
      boolean never = false;
      for (int adverb : graph.children(trigger, "advmod")) {
        never |= graph.token(adverb).lemma().equalsIgnoreCase("never");
      }
      return perfect && never;
    }

    private boolean rejects(Stance stance, String code) {
      if (!stance.negated() || stance.modality() == Modality.HYPOTHETICAL || stance.modality() == Modality.REQUESTED) {
        return false;
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 3 || root > 8 || stance.notes().contains(NEGATED_GOVERNOR)) {
        return false; // not announcing a pledge is no refusal to give
      }
      for (String note : stance.notes()) {
        ControlVerb control = dictionary.control(note);
        if (control != null && control.controlClass() == ControlVerb.ControlClass.REFUSE) {
          return false;
        }
      }
      return true;
    }

    private Candidate copy(Candidate c) {
      Candidate r = new Candidate();
      r.code = c.code;
      r.source = c.source;
      r.target = c.target;
      r.sentence = c.sentence;
      r.trigger = c.trigger;
      r.triggerStart = c.triggerStart;
      r.triggerEnd = c.triggerEnd;
      r.negated = c.negated;
      r.modality = c.modality;
      r.date = c.date;
      r.location = c.location;
      r.evidenceStart = c.evidenceStart;
      r.evidenceEnd = c.evidenceEnd;
      r.confidence = c.confidence;
      r.rule = c.rule;
      return r;
    }

    /**
     * The verb has a subject noun of its own that names no actor ("but his rival Raila Odinga
     * rejected the result", parsed with "rival" as subject): the subject of a conjoined clause is
     * someone else, never this clause's source.
     */
    private boolean ownNominalSubject(int verb) {
      if (hasMark(verb, "to")) {
        return false; // an infinitive's "subject" is a misparse: its doer is the controller's
      }
      for (int subject : graph.children(verb, "nsubj")) {
        if (!isPronoun(subject)) {
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
     * The person a "him"/"her" object of the trigger stands for: the nearest person named earlier in
     * the same sentence who is not a source; null when there is none or more than one candidate.
     */
    private String personPronounObject(int trigger, List<String> sources) {
      for (int object : graph.children(trigger, "obj")) {
        String word = graph.token(object).text().toLowerCase(Locale.ROOT);
        if (!(word.equals("him") || word.equals("her"))) {
          continue;
        }
        Set<String> people = new LinkedHashSet<>();
        for (ActorMention mention : resolution.mentions()) {
          Actor actor = resolution.actor(mention.actorId());
          if (mention.sentence() == sentence.index() && mention.endToken() <= object && actor != null
              && "person".equals(actor.kind()) && !sources.contains(actor.id())) {
            people.add(actor.id());
          }
        }
        return people.size() == 1 ? people.iterator().next() : null;
      }
      return null;
    }

    /**
     * The state or organization an "it" object asked to act stands for ("supported Israel's right
     * ... but urged it to avoid ..."): the nearest such actor named before it in the sentence that
     * is not on the source's side; null when there is none.
     */
    private String agentPronounObject(int verb, List<String> sources) {
      for (int object : graph.children(verb, "obj")) {
        if (!graph.token(object).text().equalsIgnoreCase("it")) {
          continue;
        }
        ActorMention nearest = null;
        for (ActorMention mention : resolution.mentions()) {
          Actor actor = resolution.actor(mention.actorId());
          if (mention.sentence() == sentence.index() && mention.endToken() <= object && actor != null
              && ("country".equals(actor.kind()) || "organization".equals(actor.kind()))
              && !sources.contains(actor.id()) && !sameSide(List.of(actor.id()), sources)
              && (nearest == null || mention.endToken() > nearest.endToken())) {
            nearest = mention;
          }
        }
        return nearest == null ? null : nearest.actorId();
      }
      return null;
    }

    /**
     * A to-infinitive modifying a noun that is neither a control noun ("plans to") nor an event noun
     * ("a deadline set by the bloc to reinstate Bazoum", "Israel's right to defend itself"): it
     * names a possibility, not an event the text states.
     */
    private boolean infinitiveOfPlainNoun(int verb) {
      Dependency up = graph.parent(verb);
      if (up == null || !up.relation().equals("acl:to") || !hasMark(verb, "to")) {
        return false;
      }
      int noun = up.governor();
      String lemma = graph.lemma(noun);
      return graph.token(noun).isNoun() && dictionary.control(lemma) == null && dictionary.nouns(lemma).isEmpty()
          && dictionary.verbs(lemma).isEmpty();
    }

    /** Whether the place target lies in the country of one of the sources. */
    private boolean homePlace(String place, List<String> sources) {
      Actor actor = resolution.actor(place);
      return actor != null && actor.country() != null && homeCountry(actor.country(), sources);
    }

    /** Whether {@code country} is the country of one of the sources (a place at home is no counterpart). */
    private boolean homeCountry(String country, List<String> sources) {
      for (String id : sources) {
        Actor actor = resolution.actor(id);
        if (actor != null && country.equals(actor.country())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The deep targets that are not a country or place of the sources' own country ("urged it to
     * start talks with Kyiv" said by Ukraine's president: Kyiv is not whom he urged).
     */
    private List<String> abroad(List<String> deep, List<String> sources) {
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
      for (int object : graph.children(trigger, "obj")) {
        String noun = graph.lemma(object);
        if (noun.equals("missile") || noun.equals("missiles") || noun.equals("icbm")) {
          return true;
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
     * The actor for the place where the event happens ("in Zurich", "in Montenegro"): the country
     * actor of the place's country when the article names one, else the place itself when it is
     * an actor with a country; null when the place is the source's own or unknown.
     */
    private String placeTarget(int trigger, List<String> sources) {
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
              || relation.equals("obl:across") || relation.equals("obl:throughout"))) {
            continue;
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

    /** A day or month name ("on Tuesday", "in March"): a proper noun that is a time, not an actor or place. */
    private boolean isTimeWord(int token) {
      return TIME_WORDS.contains(graph.lemma(token).toLowerCase(Locale.ROOT))
          && resolution.mentionAt(sentence.index(), token) == null;
    }

    /** The actors that carry a country or an actor code (an unknown town or group says nothing about the target). */
    private List<String> coded(List<String> ids) {
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
     * The target of an event done at home (a curfew, an arrest, a strike): the country actor of
     * the source's country, else another actor of that country in the sentence, else the source
     * itself; null when the source has no country.
     */
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
    private boolean isSymmetric(String code) {
      return code.startsWith("03") || code.startsWith("04") && !code.startsWith("042") && !code.startsWith("043")
          || code.startsWith("057") || code.startsWith("06") || code.startsWith("19");
    }

    private int trimmedEnd(Sentence s) {
      int end = s.end();
      while (end > s.start() && Character.isWhitespace(article.text().charAt(end - 1))) {
        end--;
      }
      return end;
    }

    /**
     * Troops arriving somewhere are deployed there (154), not visiting (042); going or returning
     * home ("refugees return home") is no visit at all (null).
     */
    private String troopMovement(int verb, String code) {
      if (!code.startsWith("042")) {
        return code;
      }
      for (Dependency d : graph.children(verb)) {
        if ((d.relation().equals("advmod") || d.relation().startsWith("obl")) && graph.lemma(d.dependent()).equals("home")) {
          return null;
        }
      }
      for (int subject : graph.children(verb, "nsubj")) {
        if (TROOP_NOUNS.contains(graph.lemma(subject)) || troopsOf(subject) >= 0) {
          return "154";
        }
      }
      return code;
    }

    /**
     * The troops a group noun counts ("a first patch of troops", "the deployment of NATO troops"),
     * or -1: the group arriving is the troops arriving.
     */
    private int troopsOf(int noun) {
      for (int t : graph.children(noun, "nmod:of")) {
        if (TROOP_NOUNS.contains(graph.lemma(t))) {
          return t;
        }
      }
      return -1;
    }

    /**
     * A deployment of peacekeepers is peacekeeping (074): "the deployment of NATO peacekeeping
     * troops", "peacekeeping troops arrived in Bosnia".
     */
    private String peacekeeping(String code, int trigger, int object) {
      if (code == null || !code.startsWith("154")) {
        return code;
      }
      List<Integer> troops = new ArrayList<>();
      for (Dependency d : graph.children(trigger)) {
        String relation = d.relation();
        if (relation.equals("nsubj") || relation.equals("obj") || relation.equals("nmod:of") || relation.equals("nsubj:pass")) {
          troops.add(d.dependent());
          if (relation.equals("nsubj") && troopsOf(d.dependent()) >= 0) {
            troops.add(troopsOf(d.dependent())); // "a patch of peacekeeping troops arrived"
          }
        }
      }
      if (object >= 0) {
        troops.add(object);
      }
      for (int t : troops) {
        if (graph.lemma(t).equals("peacekeeper")) {
          return "074";
        }
        for (Dependency d : graph.children(t)) {
          String word = graph.lemma(d.dependent()).toLowerCase(Locale.ROOT);
          if ((d.relation().equals("amod") || d.relation().equals("compound"))
              && (word.equals("peacekeeping") || word.equals("peace-keeping"))) {
            return "074";
          }
        }
      }
      return code;
    }

    /** Refines a general code by an adjective on its object noun ("humanitarian aid" → 0333). */
    private String refine(String code, int noun) {
      if (noun < 0) {
        return code;
      }
      String kind = null;
      for (int a : graph.children(noun, "amod")) {
        kind = switch (graph.lemma(a)) {
          case "humanitarian" -> "humanitarian";
          case "military" -> "military";
          case "economic", "financial" -> "economic";
          default -> kind;
        };
      }
      for (Dependency d : graph.children(noun)) {
        if (d.relation().equals("nmod:in") || d.relation().equals("nmod:of")) {
          for (int a : graph.children(d.dependent(), "amod")) {
            if (graph.lemma(a).equals("humanitarian")) {
              kind = "humanitarian";
            }
          }
        }
      }
      Dependency up = graph.parent(noun);
      if (kind == null && up != null) {
        for (Dependency d : graph.children(up.governor())) {
          if (d.relation().startsWith("obl")) {
            for (int a : graph.children(d.dependent(), "amod")) {
              if (graph.lemma(a).equals("humanitarian")) {
                kind = "humanitarian";
              }
            }
          }
        }
      }
      if (kind == null) {
        return code;
      }
      String refined = switch (code) {
        case "033" -> kind.equals("humanitarian") ? "0333" : kind.equals("military") ? "0332" : "0331";
        case "070" -> kind.equals("humanitarian") ? "073" : kind.equals("military") ? "072" : "071";
        case "023" -> kind.equals("humanitarian") ? "0233" : kind.equals("military") ? "0232" : "0231";
        case "103" -> kind.equals("humanitarian") ? "1033" : kind.equals("military") ? "1032" : "1031";
        default -> code;
      };
      return refined;
    }
  }

  // -------------------------------------------------------------------- control refinements

  static String intentCode(String inner) {
    if (inner == null) {
      return "030";
    }
    if (inner.compareTo("14") >= 0 && !inner.startsWith("15")) {
      return threatCode(inner); // "vowed to attack", "is prepared to impose martial law"
    }
    if (inner.startsWith("045")) {
      return "039";
    }
    if (inner.startsWith("084")) {
      return "0353";
    }
    if (inner.startsWith("085")) {
      return "0354";
    }
    if (inner.startsWith("087")) {
      return "0356";
    }
    return switch (inner.substring(0, 2)) {
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> inner.length() >= 3 && "1234".indexOf(inner.charAt(2)) >= 0 ? "031" + inner.charAt(2) : "031";
      case "07" -> inner.length() >= 3 && "1234".indexOf(inner.charAt(2)) >= 0 ? "033" + inner.charAt(2) : "033";
      case "08" -> "035";
      case "03" -> inner;
      default -> "030";
    };
  }

  static String appealCode(String inner) {
    if (inner == null) {
      return "020";
    }
    if (inner.startsWith("045")) {
      return "028";
    }
    if (inner.startsWith("084")) {
      return "0253";
    }
    if (inner.startsWith("085")) {
      return "0254";
    }
    if (inner.startsWith("087")) {
      return "0256";
    }
    return switch (inner.substring(0, 2)) {
      case "04" -> "026";
      case "05" -> "022";
      case "06" -> "021";
      case "07" -> "023";
      case "08" -> "025";
      default -> "020";
    };
  }

  static String demandCode(String inner) {
    if (inner == null) {
      return "100";
    }
    if (inner.startsWith("084")) {
      return "1053";
    }
    if (inner.startsWith("0872")) {
      return "106";
    }
    if (inner.startsWith("0871")) {
      return "107";
    }
    if (inner.startsWith("087")) {
      return "1056";
    }
    return switch (inner.substring(0, 2)) {
      case "04" -> "108";
      case "05" -> "102";
      case "06" -> "101";
      case "07" -> "103";
      case "08" -> "105";
      default -> "100";
    };
  }

  static String refusalCode(String inner) {
    if (inner == null) {
      return "120";
    }
    if (inner.startsWith("045")) {
      return "126";
    }
    if (inner.startsWith("084")) {
      return "1243";
    }
    if (inner.startsWith("087")) {
      return "1246";
    }
    return switch (inner.substring(0, 2)) {
      case "04" -> "125";
      case "06" -> "121";
      case "07" -> "122";
      case "08" -> "124";
      default -> "120";
    };
  }

  static String threatCode(String inner) {
    if (inner == null) {
      return "130";
    }
    if (inner.startsWith("163")) {
      return "1312";
    }
    if (inner.startsWith("161")) {
      return "1313";
    }
    if (inner.startsWith("162")) {
      return "1311";
    }
    if (inner.startsWith("164")) {
      return "134";
    }
    return switch (inner.substring(0, 2)) {
      case "18", "19", "20" -> "138";
      case "17" -> "137";
      case "16" -> "131";
      default -> "130";
    };
  }

  private static List<String> distinct(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (id != null && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
