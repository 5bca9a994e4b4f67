package org.dyad.pipeline.eval;

import java.util.List;
import java.util.Locale;

/**
 * Speaker-attribution counts over a set of documents. A system quote is correct when it overlaps
 * a gold Content span and its speaker matches that span's Source; a gold attribution is recalled
 * when some correct system quote overlaps its Content.
 */
public record QuoteScore(int systemQuotes, int correctQuotes, int goldAttributions, int recalledAttributions) {

  /** A system quote for scoring: its span and the stretches of text that name its speaker. */
  public record SystemQuote(int start, int end, List<int[]> speakerSpans) {

    public SystemQuote {
      speakerSpans = List.copyOf(speakerSpans);
    }
  }

  public static QuoteScore zero() {
    return new QuoteScore(0, 0, 0, 0);
  }

  /** Scores one document. */
  public static QuoteScore of(List<QuoteGold.Attribution> gold, List<SystemQuote> system) {
    int correct = 0;
    for (SystemQuote quote : system) {
      for (QuoteGold.Attribution attribution : gold) {
        if (attribution.content().overlaps(quote.start(), quote.end()) && speakerMatches(quote, attribution)) {
          correct++;
          break;
        }
      }
    }
    int recalled = 0;
    for (QuoteGold.Attribution attribution : gold) {
      for (SystemQuote quote : system) {
        if (attribution.content().overlaps(quote.start(), quote.end()) && speakerMatches(quote, attribution)) {
          recalled++;
          break;
        }
      }
    }
    return new QuoteScore(system.size(), correct, gold.size(), recalled);
  }

  private static boolean speakerMatches(SystemQuote quote, QuoteGold.Attribution attribution) {
    for (int[] span : quote.speakerSpans()) {
      if (attribution.source().overlaps(span[0], span[1])) {
        return true;
      }
    }
    return false;
  }

  public QuoteScore plus(QuoteScore other) {
    return new QuoteScore(systemQuotes + other.systemQuotes, correctQuotes + other.correctQuotes,
        goldAttributions + other.goldAttributions, recalledAttributions + other.recalledAttributions);
  }

  public double precision() {
    return systemQuotes == 0 ? 0 : (double) correctQuotes / systemQuotes;
  }

  public double recall() {
    return goldAttributions == 0 ? 0 : (double) recalledAttributions / goldAttributions;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "F1 0.000 P 0.000 R 0.000 n=N", N the number of gold attributions. */
  public String summary() {
    return String.format(Locale.ROOT, "F1 %.3f P %.3f R %.3f n=%d", f1(), precision(), recall(), goldAttributions);
  }
}
