package org.dyad.pipeline.geo;

/**
 * A stretch of the text that names a place, before resolution.
 *
 * @param start character offset into the document text (end exclusive)
 * @param text the place name as the text gives it ("Kharkiv", "Russian", "Idlib")
 * @param hint the kind of place the phrase asks for ("Idlib province", "the town of Kupiansk")
 * @param found how the finder found it (ner, gazetteer, pattern, dateline, given)
 */
public record ToponymMention(int start, int end, String text, Hint hint, String found) {

  /** The kind of place a phrase asks for. */
  public enum Hint {
    /** anything the name can mean */
    ANY,
    /** a populated place: "the town of X", "X city", "X, a city in Y" */
    CITY,
    /** a first-order division: "X province", "the state of X", "X governorate" */
    ADM1,
    /** a country */
    COUNTRY
  }

  public ToponymMention {
    if (end < start) {
      throw new IllegalArgumentException("a mention ends before it starts: " + start + ".." + end);
    }
    hint = hint == null ? Hint.ANY : hint;
  }

  /** A mention of a given span with no hint (gold spans). */
  public static ToponymMention of(int start, int end, String text) {
    return new ToponymMention(start, end, text, Hint.ANY, "given");
  }
}
