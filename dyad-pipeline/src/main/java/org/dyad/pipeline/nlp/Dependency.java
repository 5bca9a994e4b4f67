package org.dyad.pipeline.nlp;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param relation the relation with its subtype, e.g. "nsubj", "obl:tmod", "nmod:poss"
 * @param governor the head token index, or -1 for the root
 * @param dependent the dependent token index
 */
public record Dependency(String relation, int governor, int dependent) {

  /** The relation without its subtype ("obl:tmod" → "obl"). */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
