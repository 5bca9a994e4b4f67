package org.dyad.pipeline.code;

import java.util.List;
import java.util.Set;

/**
 * One predicate-dictionary entry: a verb or event noun and the CAMEO code it gives, with the
 * conditions and argument relations that apply.
 *
 * @param kind verb or noun
 * @param lemma the trigger lemma, lower case
 * @param code the CAMEO code
 * @param objects noun lemmas the trigger must govern (light-verb constructions); empty = none required
 * @param preposition a preposition the trigger must govern as an oblique, or null
 * @param sourceRelations relations giving the source; empty = the defaults
 * @param targetRelations relations giving the target; empty = the defaults
 * @param noTarget the event takes no target
 * @param voice "active", "passive" or null (either)
 * @param intransitive the entry fires only when the verb has no direct object ("workers struck" is a
 *     strike, "Israel struck Gaza" is not)
 * @param transitive the entry fires only when the verb has a direct object ("helped Ukraine", not
 *     "funds to help with the floods")
 * @param line where the entry stands in its file, for explanation
 * @param needs what the event needs to be this sense of the word: {@code target} (its own target
 *     relations name an actor or a place: "went to Moscow", not "went on sale"), {@code people} (its
 *     object names people: "released the hostages", not "released a film"), {@code state} (its
 *     target is a state, a government or an armed or political group: "recognised Kosovo"),
 *     {@code noclause} (the verb governs no that-clause: "recognised Kosovo", not "recognise that
 *     the deal is poor"), {@code clause} (it governs one: "denied that it had fired", not "denied
 *     him bail")
 * @param unless words (lemmas) that, anywhere in the sentence, show another sense ("beat" with
 *     "match" or "election" is no assault)
 */
record Predicate(
    Kind kind,
    String lemma,
    String code,
    Set<String> objects,
    String preposition,
    List<String> sourceRelations,
    List<String> targetRelations,
    boolean noTarget,
    String voice,
    String line,
    boolean intransitive,
    boolean transitive,
    Set<String> needs,
    Set<String> unless) {

  enum Kind { VERB, NOUN }

  /** The code of an entry that says the verb, so conditioned, states no event ("fight corruption"). */
  static final String NO_EVENT = "-";

  /** The entry says the verb states no event here: no plainer entry of the lemma applies. */
  boolean noEvent() {
    return code.equals(NO_EVENT);
  }

  /** Entries with conditions are tried before plain ones. */
  int specificity() {
    return (objects.isEmpty() ? 0 : 2) + (preposition == null ? 0 : 1) + (voice == null ? 0 : 1) + (intransitive || transitive ? 1 : 0);
  }

  boolean needs(String what) {
    return needs.contains(what);
  }

  /** How the entry reads in an event's rule: "verb hold +talks (predicates.txt:120)". */
  String describe(String matchedObject) {
    StringBuilder out = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(lemma);
    if (matchedObject != null) {
      out.append(" +").append(matchedObject);
    }
    if (preposition != null) {
      out.append(" +").append(preposition);
    }
    return out.append(" (").append(line).append(')').toString();
  }
}
