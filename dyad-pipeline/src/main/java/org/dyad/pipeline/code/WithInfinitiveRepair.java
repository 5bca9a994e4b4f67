package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * "Cameron met with French and Italian leaders to push for a cease-fire": the parser reads "with
 * leaders to push" as an absolute clause (the leaders pushing, {@code mark(push, with)},
 * {@code nsubj(push, leaders)}), which loses the meeting's partners and gives the push to them. When
 * "with" follows the verb directly, it is the verb's own phrase: the noun becomes the verb's
 * {@code obl:with}, and the infinitive a purpose clause of the verb without a subject of its own
 * (so its doer is the verb's subject). An absolute clause set off from the verb ("..., with
 * troops to arrive next week") is left alone.
 */
final class WithInfinitiveRepair {

  private WithInfinitiveRepair() {}

  static List<Dependency> repair(Sentence sentence, List<Dependency> edges) {
    for (Dependency clause : edges) {
      if (!clause.baseRelation().equals("advcl") || clause.governor() < 0) {
        continue;
      }
      int verb = clause.governor();
      int infinitive = clause.dependent();
      int with = -1;
      int to = -1;
      int subject = -1;
      for (Dependency d : edges) {
        if (d.governor() != infinitive) {
          continue;
        }
        String word = sentence.token(d.dependent()).text();
        if (d.relation().equals("mark") && word.equalsIgnoreCase("with")) {
          with = d.dependent();
        } else if (d.relation().equals("mark") && word.equalsIgnoreCase("to")) {
          to = d.dependent();
        } else if (d.relation().equals("nsubj")) {
          subject = d.dependent();
        }
      }
      if (with != verb + 1 || to < 0 || subject < with || subject > to || !sentence.token(subject).isNoun()
          || !sentence.token(verb).isVerb()) {
        continue;
      }
      return rewrite(edges, verb, infinitive, with, subject, to);
    }
    return edges;
  }

  private static List<Dependency> rewrite(List<Dependency> edges, int verb, int infinitive, int with, int subject, int to) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : edges) {
      if (d.governor() == infinitive && (d.dependent() == with || d.dependent() == subject)) {
        continue;
      }
      out.add(d);
    }
    out.add(new Dependency("obl:with", verb, subject));
    out.add(new Dependency("case", subject, with));
    return out;
  }
}
