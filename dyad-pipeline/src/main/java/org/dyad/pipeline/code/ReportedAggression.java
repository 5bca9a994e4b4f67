package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Dependency;

/**
 * Reported force as an accusation (CAMEO 112x). When a speaker states that another actor used
 * force, the statement accuses that actor: "Russia claimed that Ukraine had shelled Donetsk" is
 * Russia accusing Ukraine of aggression (1123), whatever happened in Donetsk. The rule reads the
 * events the coder has already found in a sentence and adds, for each reported act of force
 * (roots 18–20, and violent repression 175), an accusation from the speaker to the perpetrator
 * when
 * <ul>
 *   <li>the act is reported by a speech verb that governs its clause, stated as done (not planned,
 *       hypothetical, requested or negated), and the speech itself is stated (not negated or
 *       hypothetical);</li>
 *   <li>both speaker and perpetrator are resolved actors that are not the same side (an actor is
 *       on its own side, and so are the bodies of one state: "Russia said Russian forces struck"
 *       reports, it accuses no one), the perpetrator is named (not guessed from where the act
 *       happened, "a bombing near Samarra"), and the speaker's side is not among the act's
 *       sources too ("Indian and Pakistani troops exchanged fire, officials said");</li>
 *   <li>and either the verb puts the statement forward as a charge ("claim", "allege", "charge",
 *       "contend", "insist", "maintain" …), or the speaker is the one the force was used on
 *       ("Ukraine said a drone was launched at it from Crimea", "Ukraine said Russia shelled
 *       Kharkiv"). A neutral report of force between others ("police said gunmen killed five")
 *       is a report, not an accusation.</li>
 * </ul>
 * The accusation's code follows the act: war crimes (1124) for mass violence (20), human rights
 * abuses (1122) for torture, sexual assault and violent repression, aggression (1123) otherwise.
 *
 * <p>A speaker who claims or admits its own act ("the group claimed that it had bombed the
 * embassy") is not accusing anyone: that is a claim of responsibility (015) towards the act's
 * target.
 *
 * <p>Under a verb that only claims ("claim", "allege", "charge", …, not "say" or "admit"), the text
 * vouches for the claim, not for the act: the accusation (or claim of responsibility) replaces the
 * reported act. Under "said" the act stays, coded as reported, beside the accusation. The
 * that-clause of a claim noun ("rejected Kyiv's claim that Russian forces had shelled a hospital",
 * "an allegation by X that Y had attacked") is such a charge too, made by the noun's possessor or
 * by-agent.
 *
 * <p>Force in the that-clause of "deny" is not coded as done; denying one's own side's act (or an
 * act with no named attacker, "denied that its forces had shelled Indian posts") is a denial of
 * responsibility (016) towards the act's target.
 */
final class ReportedAggression {

  // The verbs and nouns the rule reads are word classes of the coder's lexicon (word-classes.txt):
  // ALLEGING_VERBS put the reported content forward as a charge the writer does not vouch for
  // ("claim", "allege"); ALLEGING_NOUNS have a that-clause that is a charge ("Kyiv's claim that ...");
  // DENYING_VERBS have a that-clause the speaker says did not happen; OWNING_VERBS own up to one's
  // own act (015); REPORTING_VERBS report a statement whose that-clause is the speaker's.
  /** Sectors of a state: the country itself and these bodies speak and act for one side. */
  static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
  /** Relations along which a reported clause passes its speaker down (coordinated and controlled clauses). */
  private static final Set<String> CLAUSE_LINKS = Set.of("conj", "xcomp", "ccomp", "parataxis");
  /** Human rights abuses among acts of force: sexual assault, torture, killing by beating, violent repression. */
  private static final Set<String> ABUSE_CODES = Set.of("1821", "1822", "1823", "175");

  /** What the rule reads from, and hands back to, the sentence coder. */
  interface Coder {
    ParseGraph graph();

    /** The word classes of the document's language. */
    Lexicon words();

    Actor actor(String id);

    /** The actors named as subject of a speech verb, or as the maker of a claim noun ("Kyiv's claim", "a claim by Kyiv"). */
    List<String> speakers(int speechVerb);

    /** Whether the speech verb is stated as said (asserted or itself reported, not negated), or the claim noun is not negated. */
    boolean stated(int speechVerb);
  }

  /** An event the coder found in the sentence, as the rule sees it. */
  record Reported(int trigger, String code, String source, String target, Modality modality, boolean negated, String rule) {}

  /**
   * An event the rule adds: {@code code} from {@code source} to {@code target} on the speech verb;
   * {@code replaces} when the reported act itself is not coded beside it. A null code adds nothing
   * and only drops the act (denied force).
   */
  record Accusation(int speechVerb, String code, String source, String target, String rule, boolean replaces, Reported act) {}

  private ReportedAggression() {}

  /** The accusations (and claims of responsibility) the sentence's reported acts of force state. */
  static List<Accusation> find(Coder coder, List<Reported> events) {
    List<Accusation> out = new ArrayList<>();
    ParseGraph graph = coder.graph();
    Lexicon words = coder.words();
    for (Reported act : events) {
      if (!isForce(act.code()) || act.negated()) {
        continue;
      }
      int verb = speechVerb(graph, words, act.trigger());
      if (verb < 0 || !coder.stated(verb)) {
        continue;
      }
      if (words.denyingVerbs().contains(graph.lemma(verb))) {
        out.addAll(denials(coder, act, verb));
        continue;
      }
      if (act.source() == null || guessedSource(act.rule())) {
        continue;
      }
      boolean noun = graph.token(verb).isNoun();
      if (!(act.modality() == Modality.REPORTED || noun && act.modality() == Modality.ASSERTED)) {
        continue; // planned, hypothetical or requested force is no charge of force done
      }
      String lemma = graph.lemma(verb);
      String word = (noun ? "noun " : "verb ") + lemma;
      Actor perpetrator = coder.actor(act.source());
      if (!named(perpetrator)) {
        continue;
      }
      String via = " (" + act.code() + " " + ruleHead(act.rule()) + ")";
      for (String speakerId : coder.speakers(verb)) {
        Actor speaker = coder.actor(speakerId);
        if (!named(speaker)) {
          continue;
        }
        if (sameSide(speaker, perpetrator)) {
          if (words.owningVerbs().contains(lemma) && act.target() != null && !act.target().equals(speakerId)) {
            out.add(new Accusation(verb, "015", speakerId, act.target(),
                "reported force as own claim: " + word + via, words.allegingVerbs().contains(lemma), act));
          }
          continue;
        }
        if (speakerAmongSources(speaker, coder, events, act)) {
          continue; // "Indian and Pakistani troops exchanged fire, officials said": a clash the speaker's side fought too
        }
        boolean alleging = noun || words.allegingVerbs().contains(lemma);
        boolean victim = act.target() != null && onVictimSide(speaker, coder.actor(act.target()));
        if (!alleging && !victim) {
          continue;
        }
        out.add(new Accusation(verb, accusationCode(act.code()), speakerId, act.source(),
            "reported force as accusation: " + word + via + (alleging ? " +alleged" : " +speaker-attacked"),
            alleging, act));
      }
    }
    return out;
  }

  /**
   * "Pakistan denied that its forces had shelled Indian posts": the text states the denial, not the
   * shelling, so the act is not coded as done (an accusation with a null code: drop it only); when
   * the act is laid at the speaker's own side (or at no named attacker, "its forces"), the denial
   * is a denial of responsibility (016) towards the act's target.
   */
  private static List<Accusation> denials(Coder coder, Reported act, int verb) {
    List<Accusation> out = new ArrayList<>();
    String via = " (" + act.code() + " " + ruleHead(act.rule()) + ")";
    Actor perpetrator = act.source() == null ? null : coder.actor(act.source());
    Actor target = act.target() == null ? null : coder.actor(act.target());
    for (String speakerId : coder.speakers(verb)) {
      Actor speaker = coder.actor(speakerId);
      if (named(speaker) && target != null && !onVictimSide(speaker, target)
          && (perpetrator == null || sameSide(speaker, perpetrator))) {
        out.add(new Accusation(verb, "016", speakerId, act.target(), "denied force as denial of responsibility: verb "
            + coder.graph().lemma(verb) + via, true, act));
      }
    }
    if (out.isEmpty()) {
      out.add(new Accusation(verb, null, null, null, "denied force", true, act));
    }
    return out;
  }

  /**
   * Whether the speaker's side also did the act: the same trigger coded with a source on the
   * speaker's side (a mutual exchange of fire, a clash "between X and Y").
   */
  private static boolean speakerAmongSources(Actor speaker, Coder coder, List<Reported> events, Reported act) {
    for (Reported other : events) {
      Actor source = other.source() == null ? null : coder.actor(other.source());
      if (other != act && other.trigger() == act.trigger() && source != null && sameSide(speaker, source)) {
        return true;
      }
    }
    return false;
  }

  /** Acts of force: assault (18), fighting (19), mass violence (20) and violent repression (175). */
  static boolean isForce(String code) {
    return code != null && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20") || code.startsWith("175"));
  }

  /** The CAMEO accusation a reported act of force makes: 1124 war crimes, 1122 human rights abuses, 1123 aggression. */
  static String accusationCode(String forceCode) {
    if (forceCode.startsWith("20")) {
      return "1124";
    }
    for (String abuse : ABUSE_CODES) {
      if (forceCode.startsWith(abuse)) {
        return "1122";
      }
    }
    return "1123";
  }

  /**
   * The speech verb whose that-clause (or quoted clause) the trigger's clause is, reached through
   * coordinated and controlled clauses ("claimed that the militia had attacked Mali and taken Gao"), or
   * the claim noun whose that-clause it is ("Kyiv's claim that Russian forces shelled"); -1 when
   * the trigger is not reported by either.
   */
  static int speechVerb(ParseGraph graph, Lexicon words, int trigger) {
    Set<String> speech = union(words.allegingVerbs(), words.reportingVerbs());
    int node = trigger;
    for (int steps = 0; steps < 6; steps++) {
      int misparsed = ParseRepairs.misparsedSpeech(graph, node, speech);
      if (misparsed >= 0) {
        return misparsed;
      }
      Dependency up = graph.parent(node);
      if (up == null || !CLAUSE_LINKS.contains(up.baseRelation())) {
        return -1;
      }
      int governor = up.governor();
      String lemma = graph.lemma(governor);
      boolean clause = up.baseRelation().equals("ccomp") || up.baseRelation().equals("parataxis");
      if (clause && graph.token(governor).isVerb() && (words.allegingVerbs().contains(lemma)
          || words.reportingVerbs().contains(lemma) || words.denyingVerbs().contains(lemma))) {
        return governor;
      }
      if ((up.baseRelation().equals("ccomp") || up.baseRelation().equals("acl")) && graph.token(governor).isNoun()
          && words.allegingNouns().contains(lemma) && hasThat(graph, words, node)) {
        return governor;
      }
      if (clause) {
        return -1; // the clause is another verb's complement ("hoped that ...", "denied that ...")
      }
      node = governor;
    }
    return -1;
  }

  /**
   * A source the coder inferred from where the act happened ("a bombing near Samarra", "protesters
   * in Serbia", "arrested in Lebanon") names no one the speaker accuses; a place a projectile came
   * from ("fired from the Gaza Strip") does name the attacker's side.
   */
  private static boolean guessedSource(String rule) {
    return rule.contains("+attack-place-source") || rule.contains("+place-source") || rule.contains("+passive-in-place")
        || rule.contains("+unnamed-source");
  }

  private static boolean hasThat(ParseGraph graph, Lexicon words, int clause) {
    for (int mark : graph.children(clause, "mark")) {
      if (words.complementizers().contains(graph.lemma(mark))) {
        return true;
      }
    }
    return false;
  }

  /** An actor that stands for someone: a country or an actor code. */
  private static boolean named(Actor actor) {
    return actor != null && (actor.country() != null || actor.code() != null);
  }

  /**
   * The bodies of one state are one side; so is an actor with itself (or with its own code), and
   * a state with an actor of its country whose sector is unknown ("U.S. Central Command"): nothing
   * says they are opposed.
   */
  static boolean sameSide(Actor a, Actor b) {
    if (a.id().equals(b.id()) || a.code() != null && a.code().equals(b.code())) {
      return true;
    }
    return a.country() != null && a.country().equals(b.country())
        && (isState(a) || unknownSector(a)) && (isState(b) || unknownSector(b));
  }

  private static boolean unknownSector(Actor actor) {
    return actor.sector() == null && !"location".equals(actor.kind());
  }

  /** Whether the act was done to the speaker: to itself, or, for a state, to its country, its bodies, places or people. */
  static boolean onVictimSide(Actor speaker, Actor target) {
    if (target == null) {
      return false;
    }
    if (sameSide(speaker, target)) {
      return true;
    }
    return isState(speaker) && speaker.country() != null && speaker.country().equals(target.country());
  }

  private static boolean isState(Actor actor) {
    return "country".equals(actor.kind()) || actor.sector() != null && STATE_SECTORS.contains(actor.sector().toUpperCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** "verb attack (predicates.txt:506) +deep-target" → "verb attack". */
  private static String ruleHead(String rule) {
    int paren = rule.indexOf(" (");
    return paren < 0 ? rule : rule.substring(0, paren);
  }
}
