package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Modality;
import org.dyad.pipeline.nlp.Dependency;

/**
 * Code refinements, part of finding predicates: a general code made specific by what the parse
 * says around the trigger ("humanitarian aid": 0333; troops arriving: a deployment, 154;
 * peacekeepers deployed: 074), by the stance ({@link #byStance}), and the codes a control word
 * gives with its inner event's code: a promise, appeal, demand, refusal or threat of that kind
 * ("agreed to provide aid": 0333; "threatened to impose sanctions": 1312).
 */
final class CodeRefinements {

  /** Roots whose planned events are statements of intent (CAMEO 03): consult, cooperate, aid, yield. */
  private static final Set<String> FUTURE_AS_INTENT_ROOTS = Set.of("05", "06", "07", "08");

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Lexicon words;

  CodeRefinements(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.words = context.words();
  }

  /**
   * Troops arriving somewhere are deployed there (154), not visiting (042); going or returning
   * home ("refugees return home") is no visit at all (null).
   */
  String troopMovement(int verb, String code) {
    if (!code.startsWith("042")) {
      return code;
    }
    for (Dependency d : graph.children(verb)) {
      if ((d.relation().equals("advmod") || d.relation().startsWith("obl")) && graph.lemma(d.dependent()).equals("home")) {
        return null;
      }
    }
    for (int subject : graph.children(verb, "nsubj")) {
      if (words.troopNouns().contains(graph.lemma(subject)) || troopsOf(subject) >= 0) {
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
      if (words.troopNouns().contains(graph.lemma(t))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * A deployment of peacekeepers is peacekeeping (074): "the deployment of NATO peacekeeping
   * troops", "peacekeeping troops arrived in Bosnia".
   */
  String peacekeeping(String code, int trigger, int object) {
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
  String refine(String code, int noun) {
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

  /**
   * The code as the stance reads it: the consequence of a condition ("would strike if ...") is a
   * conditional threat (13x) or offer (03x), stated now; planned cooperation ("will provide aid")
   * is a statement of intent (03x) and planned force ("will impose a curfew") a threat (13x).
   */
  void byStance(Draft draft) {
    int trigger = draft.trigger;
    String code = draft.code;
    String rule = draft.rule;
    Stance stance = draft.stance;
    List<String> sources = draft.sources;
    Stance conditional = context.stances().conditionalStance(trigger, stance, rule);
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
    draft.code = code;
    draft.rule = rule;
    draft.stance = stance;
  }

  /** Sectors of the state's own forces and bodies: their obstruction is a blockade, not a protest. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY");

  /**
   * The code as its doer reads it: obstruction (144) is a protest when crowds block a road, but a
   * state, its government or its forces blocking people or passage restrict movement (191: "the
   * regime is blocking them from access to food", "the army blockaded the town").
   */
  void byDoer(Draft draft) {
    if (!draft.code.startsWith("144") || draft.sources.isEmpty()) {
      return;
    }
    boolean forces = false;
    for (String id : draft.sources) {
      Actor actor = context.resolution().actor(id);
      boolean state = actor != null && actor.sector() != null && STATE_SECTORS.contains(actor.sector());
      if (actor == null || !("country".equals(actor.kind()) || state)) {
        return;
      }
      forces |= state; // "young Algerians" read as Algeria are a crowd, not the state
    }
    if (!forces) {
      return;
    }
    draft.code = "191";
    draft.rule = draft.rule + " +state-obstruction";
  }

  // ---------------------------------------------------------------- control refinements

  /** The promise a control word of intent makes, by what is promised ("agreed to meet": 036); 030 for no inner code. */
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

  /** The appeal a request makes, by what is asked for ("urged X to provide aid": 023); 020 for no inner code. */
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

  /** The demand a demanding request makes ("demanded that X release": 1056 ...); 100 for no inner code. */
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

  /** The rejection a refusal states ("refused to meet": 125); 120 for no inner code. */
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

  /** The threat of an act ("threatened to attack": 138; sanctions 131x); 130 for no inner code. */
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
}
