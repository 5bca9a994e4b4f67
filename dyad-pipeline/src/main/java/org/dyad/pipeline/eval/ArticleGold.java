package org.dyad.pipeline.eval;

import java.util.List;
import java.util.Locale;

/**
 * One whole article of Dyad's own article-level event gold set, annotated blind by the rules of
 * {@code docs/event-annotation-guide.md}: every codable event with its sentence, source, target,
 * CAMEO code, negation, modality, date and place. The article text is not stored with the gold:
 * it is rebuilt from the public corpus it was taken from ({@link ArticleGoldReader#text}) and
 * checked against {@code sha256}; offsets point into that text.
 *
 * @param id the article's id in the gold set ("bbc-politics-107", "naeb-7dd2fe6d76f9")
 * @param dataset the corpus: {@code bbc}, {@code zyte} or {@code naeb}
 * @param reference where in the corpus: a BBC path below {@code corpus/bbc}, or the page id
 * @param category {@code political} or {@code ordinary}
 * @param published the publication date given to the annotators (ISO day), or null
 * @param sha256 SHA-256 of the article text (UTF-8), so a changed corpus is noticed
 * @param annotator who annotated it
 * @param events every event the annotator found (empty for most ordinary articles)
 */
public record ArticleGold(
    String id,
    String dataset,
    String reference,
    String category,
    String published,
    String sha256,
    String annotator,
    List<GoldEvent> events) {

  public ArticleGold {
    events = List.copyOf(events);
  }

  public boolean ordinary() {
    return "ordinary".equals(category);
  }

  /** An actor as the annotator gave it: its fullest name in the article and a CAMEO-style code (country + sector, or IGO…). */
  public record GoldActor(String text, String code) {}

  /** Where an event happens, by name and ISO alpha-3 country. */
  public record GoldPlace(String name, String country) {}

  /** Acts two parties do with each other (meet, negotiate, sign, cooperate): either direction is the same act. */
  static boolean mutualCode(String cameo) {
    return cameo.startsWith("036") || cameo.startsWith("04") && !cameo.startsWith("042") && !cameo.startsWith("043")
        || cameo.startsWith("057") || cameo.startsWith("06");
  }

  /**
   * One gold event. Offsets are into the article text, end exclusive.
   *
   * @param target null when the sentence names no counterpart
   * @param modality asserted, reported, planned, requested or hypothetical
   * @param date ISO (day, week, month or year) or null when the text gives none or it can't be resolved
   */
  public record GoldEvent(
      int sentenceStart,
      int sentenceEnd,
      int triggerStart,
      int triggerEnd,
      String trigger,
      GoldActor source,
      GoldActor target,
      String cameo,
      boolean negated,
      String modality,
      String date,
      String dateText,
      GoldPlace place) {

    public String root() {
      return cameo.substring(0, 2);
    }

    /** Whether the code names an act two parties do with each other, so either may be the source. */
    public boolean mutual() {
      return mutualCode(cameo);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s -> %s [%s%s%s]", cameo, source.text(), target == null ? "-" : target.text(),
          trigger, negated ? "; negated" : "", "asserted".equals(modality) ? "" : "; " + modality);
    }
  }
}
