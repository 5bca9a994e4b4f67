package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction benchmark's text overlap: tokens are {@code \w+} runs (case kept),
 * 4-token shingles are counted with multiplicity (a text shorter than 4 tokens is one shingle),
 * and one page's true positives are the shared shingle counts.
 */
public final class ShingleScorer {

  static final int SHINGLE_SIZE = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleScorer() {}

  /** Scores one page's predicted text against its gold text. */
  public static PageScore score(String gold, String predicted) {
    Map<List<String>, Integer> goldCounts = shingles(gold);
    Map<List<String>, Integer> predictedCounts = shingles(predicted);
    long truePositives = 0;
    long falsePositives = 0;
    long falseNegatives = 0;
    for (Map.Entry<List<String>, Integer> entry : predictedCounts.entrySet()) {
      int goldCount = goldCounts.getOrDefault(entry.getKey(), 0);
      truePositives += Math.min(goldCount, entry.getValue());
      falsePositives += Math.max(0, entry.getValue() - goldCount);
    }
    for (Map.Entry<List<String>, Integer> entry : goldCounts.entrySet()) {
      int predictedCount = predictedCounts.getOrDefault(entry.getKey(), 0);
      falseNegatives += Math.max(0, entry.getValue() - predictedCount);
    }
    return new PageScore(truePositives, falsePositives, falseNegatives);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < SHINGLE_SIZE) {
      counts.put(List.copyOf(tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
    }
    return counts;
  }
}
