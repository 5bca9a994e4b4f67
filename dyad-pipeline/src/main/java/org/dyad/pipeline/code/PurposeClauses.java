package org.dyad.pipeline.code;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;

/**
 * One main event per clause: after the sentence is coded, drops an event whose source was lent by
 * a governing clause through a purpose or adjunct infinitive ("telephoned X to discuss",
 * "summoned the ambassador to complain") when that clause has an event of its own.
 */
final class PurposeClauses {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final PredicateDictionary dictionary;
  private final List<Candidate> out;

  PurposeClauses(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.dictionary = context.dictionary();
    this.out = context.out();
  }

  /**
   * One main event per clause: an event whose source was lent by a governing clause through a
   * purpose or adjunct infinitive ("telephoned X to discuss", "summoned the ambassador to
   * complain", "rejected an offer to host") is left out when that clause has an event of its own.
   */
  void drop() {
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

  // ---------------------------------------------------------------- read through the other stages

  private boolean participialAdjunct(Dependency up) {
    return context.subjects().participialAdjunct(up);
  }

  private boolean participleModifier(Dependency up) {
    return context.subjects().participleModifier(up);
  }
}
