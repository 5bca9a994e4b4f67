package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Reduced passives: a participle with a by-agent that modifies the noun it was done to
 * ("militants backed by Iran", "a kibbutz attacked by Hamas"). The parse hangs it on the noun as
 * {@code acl} without a subject, or, when the tagger takes the participle for a past tense, reads
 * the noun as its active subject ({@code nsubj(attacked, kibbutz)} with {@code obl:by(attacked,
 * Hamas)}): the doer then comes out as the one it was done to. Either way the noun is the verb's
 * passive subject and the by-phrase its agent, and the edges say so: the noun gets an
 * {@code nsubj:pass} edge from the verb (added after its own, so the noun keeps its place in the
 * tree), or its {@code nsubj} edge becomes {@code nsubj:pass}. Anything else is returned unchanged.
 */
final class ReducedPassiveRepair {

  /** Verb dependents that show an active clause of its own, or a passive the parse already read. */
  private static final Set<String> OWN_CLAUSE = Set.of("obj", "iobj", "aux", "aux:pass", "nsubj:pass", "csubj", "ccomp",
      "xcomp", "cop", "expl", "mark");

  /** Nouns of a by-phrase that say how, how much or when, not who ("by the thousands", "by phone", "by night"). */
  private static final Set<String> NO_AGENT = Set.of("thousand", "hundred", "dozen", "million", "billion", "percent",
      "point", "margin", "vote", "majority", "landslide", "side", "way", "end", "time", "force", "hand", "phone",
      "telephone", "mail", "email", "letter", "air", "land", "sea", "road", "car", "train", "bus", "foot", "plane",
      "boat", "decree", "law", "default", "chance", "mistake", "accident", "surprise", "name", "day", "night", "week",
      "month", "year", "morning", "evening", "afternoon", "noon", "midnight", "weekend");

  private ReducedPassiveRepair() {}

  static List<Dependency> repair(Sentence sentence, List<Dependency> edges) {
    List<Dependency> out = null;
    for (Dependency d : edges) {
      int verb = d.dependent();
      int noun = d.governor();
      boolean modifier = d.relation().equals("acl") && noun >= 0 && noun < verb && sentence.token(noun).isNoun()
          && sentence.token(verb).pos().equals("VBN");
      boolean misreadSubject = false;
      if (d.relation().equals("nsubj") && d.governor() >= 0) {
        verb = d.governor();
        noun = d.dependent();
        String pos = sentence.token(verb).pos();
        misreadSubject = noun < verb && (pos.equals("VBD") || pos.equals("VBN")) && sentence.token(noun).isNoun()
            && !sentence.token(noun).pos().startsWith("PRP");
      }
      if (!modifier && !misreadSubject || !agentOnly(sentence, edges, verb, noun, misreadSubject)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(edges);
      }
      if (modifier) {
        out.add(new Dependency("nsubj:pass", verb, noun));
      } else {
        out.set(out.indexOf(d), new Dependency("nsubj:pass", verb, noun));
      }
    }
    return out == null ? edges : out;
  }

  /**
   * The verb has a by-phrase naming someone right after it, and nothing of a clause of its own
   * (no object, auxiliary, complement or, for a modifier, subject).
   */
  private static boolean agentOnly(Sentence sentence, List<Dependency> edges, int verb, int noun, boolean hasSubject) {
    boolean agent = false;
    for (Dependency c : edges) {
      if (c.governor() != verb) {
        continue;
      }
      String relation = c.relation();
      if (OWN_CLAUSE.contains(relation) || relation.equals("nsubj") && !(hasSubject && c.dependent() == noun)) {
        return false;
      }
      if (relation.equals("obl:by") && c.dependent() > verb && byRightAfter(sentence, verb, c.dependent())
          && sentence.token(c.dependent()).isNoun()
          && !NO_AGENT.contains(sentence.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
        agent = true;
      }
    }
    return agent;
  }

  /** "attacked by Hamas", "backed by the United States": "by" follows the verb (an adverb between allowed). */
  private static boolean byRightAfter(Sentence sentence, int verb, int agent) {
    for (int i = verb + 1; i < agent && i < sentence.size(); i++) {
      if (sentence.token(i).text().equalsIgnoreCase("by")) {
        return i <= verb + 2;
      }
    }
    return false;
  }
}
