package org.dyad.pipeline.nlp;

/**
 * One token.
 *
 * @param index 0-based position in its sentence
 * @param start character offset into the article text (end exclusive)
 * @param pos Penn Treebank tag
 * @param ner PERSON, ORGANIZATION, LOCATION, MISC or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
