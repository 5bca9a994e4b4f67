package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Headline passives: a headline drops the auxiliary of a passive ("Opposition leader arrested in
 * Moscow", "Three soldiers killed in Kabul", "US pirates convicted"), and the parse reads the one it
 * was done to as the doer ({@code nsubj(arrested, leader)}): the victim came out as the source of
 * its own arrest. In a headline (a sentence of at most {@link #MAX_TOKENS} tokens that does not end
 * in a full stop, question or exclamation mark or a closing quote, and has no finite auxiliary),
 * a past form of a verb of {@link #PATIENT_SUBJECT_VERBS} whose noun subject comes first and that
 * has nothing of an active clause of its own (no object, auxiliary, complement, and no by-phrase, which {@link
 * ReducedPassiveRepair} reads) is a passive: its {@code nsubj} edge becomes {@code nsubj:pass}.
 * The list holds verbs that, without an object, are not used actively in headlines ("Leaders met",
 * "Troops withdrew", "Rebels fired" stay active). Anything else is returned unchanged.
 */
final class HeadlinePassiveRepair {

  static final int MAX_TOKENS = 16;

  /** Verbs whose bare past form after a noun, in a headline, is a passive. Lemmas. */
  static final Set<String> PATIENT_SUBJECT_VERBS = Set.of("kill", "arrest", "detain", "jail", "imprison", "sentence",
      "convict", "charge", "indict", "expel", "deport", "extradite", "free", "kidnap", "abduct", "injure", "wound",
      "execute", "ban", "capture", "seize", "accuse", "fine", "bar", "evacuate", "sack", "oust", "criticise",
      "criticize", "condemn", "censure", "sanction", "punish", "summon", "quiz", "question", "acquit", "pardon",
      "hang", "behead", "torture", "assassinate", "murder", "slay", "shoot", "target", "bomb", "shell", "raid",
      "attack", "urge", "warn", "back", "reject", "approve", "block", "veto", "welcome", "praise", "hail", "defeat",
      "threaten", "sue", "investigate", "probe", "blame", "dismiss");

  private static final Set<String> OWN_CLAUSE = Set.of("obj", "iobj", "aux", "aux:pass", "nsubj:pass", "csubj", "ccomp",
      "xcomp", "cop", "expl", "mark", "obl:by", "obl:agent");

  private HeadlinePassiveRepair() {}

  static List<Dependency> repair(Sentence sentence, List<Dependency> edges) {
    if (!isHeadline(sentence)) {
      return edges;
    }
    List<Dependency> out = null;
    for (Dependency d : edges) {
      if (!d.relation().equals("nsubj") || d.governor() < 0) {
        continue;
      }
      int verb = d.governor();
      int noun = d.dependent();
      String pos = sentence.token(verb).pos();
      if (noun > verb || !(pos.equals("VBD") || pos.equals("VBN")) || !sentence.token(noun).isNoun()
          || sentence.token(noun).pos().startsWith("PRP")
          || !PATIENT_SUBJECT_VERBS.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT))
          || edges.stream().anyMatch(c -> c.governor() == verb && OWN_CLAUSE.contains(c.relation()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      out.set(out.indexOf(d), new Dependency("nsubj:pass", verb, noun));
    }
    return out == null ? edges : out;
  }

  /**
   * Short, not ending as a sentence of running text does, and with no finite auxiliary or modal
   * ("The civilians imprisoned for acting against Moscow were released": a sentence of its own,
   * whatever its last mark).
   */
  static boolean isHeadline(Sentence sentence) {
    int n = sentence.size();
    if (n == 0 || n > MAX_TOKENS) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      String pos = sentence.token(i).pos();
      String lemma = sentence.token(i).lemma().toLowerCase(Locale.ROOT);
      if (pos.equals("MD") || (lemma.equals("be") || lemma.equals("have")) && (pos.equals("VBD") || pos.equals("VBZ")
          || pos.equals("VBP"))) {
        return false;
      }
    }
    String last = sentence.token(n - 1).text();
    return !(last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\"") || last.equals("\u201d")
        || last.equals("''") || last.equals("'") || last.equals("\u2019") || last.equals(":") || last.equals(";"));
  }
}
