package org.dyad.pipeline.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Amount;
import org.dyad.pipeline.nlp.AnnotatedArticle;

/**
 * Finds amounts of money and gives them ISO 4217 units: a currency symbol or code before a
 * number ("$1.2bn", "US$2.5 billion", "€500m", "Rs 500 crore", "$4.50"), a currency name after
 * one ("1.5 trillion yen", "100,000 dollars"), written-out numbers ("one billion euros", "two
 * and a half million dollars") and vague multiples, valued at their lower bound ("hundreds of
 * millions of dollars" → 100000000). A number without a currency is never an amount, so years
 * and counts stay out. Works on the text alone.
 */
public final class AmountExtractor {

  private final boolean spanish;

  public AmountExtractor() {
    this(false);
  }

  private AmountExtractor(boolean spanish) {
    this.spanish = spanish;
  }

  /** The extractor of amounts written in Spanish ("mil millones de euros", "1.000 millones"): {@link SpanishAmounts}. */
  public static AmountExtractor spanish() {
    return new AmountExtractor(true);
  }

  private static final String NUMBER = "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
  private static final String SCALE =
      "(?<scale>(?i:thousand|million|billion|trillion|crores?|lakhs?)|bn|mn|mln|tn|trn|[mkMBK])(?![\\p{L}\\d])";
  private static final String NAME = "(?<name>" + AmountCurrencies.alternation(AmountCurrencies.NAMES.keySet(), true) + ")";
  private static final String CODE = "(?<code>" + String.join("|", AmountCurrencies.CODES) + ")";
  private static final String NUMBER_WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
      + "eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter)";

  private static final Pattern PREFIXED = Pattern.compile(
      "(?<![\\p{L}\\d$£€¥₹])(?<prefix>" + AmountCurrencies.alternation(AmountCurrencies.PREFIXES.keySet(), true) + ")"
          + "\\s?" + NUMBER + "(?![\\d,]\\d)(?:[\\s-]?" + SCALE + ")?(?![\\d])");
  private static final Pattern NAMED = Pattern.compile(
      "(?<![\\p{L}\\d.,$£€¥₹])" + NUMBER + "(?:[\\s-]?" + SCALE + ")?\\s+(?:of\\s+)?(?:" + NAME + "|" + CODE + ")(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WRITTEN = Pattern.compile(
      "(?<![\\p{L}\\d-])(?<words>" + NUMBER_WORD + "(?:(?:\\s+|-)(?:and\\s+)?" + NUMBER_WORD + ")*)\\s+(?:of\\s+)?" + NAME
          + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VAGUE = Pattern.compile(
      "(?<![\\p{L}\\d-])(?<vague>(?:(?:tens|hundreds)\\s+of\\s+)?(?:thousands|millions|billions|trillions))\\s+of\\s+"
          + NAME + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SINGULAR = Pattern.compile(
      "(?i)\\b(?:dollar|euro|pound|rupee|rouble|ruble|shekel|franc|peso|dinar|riyal|dirham)$");

  private static final Map<String, Long> WORD_VALUES = Map.ofEntries(
      Map.entry("a", 1L), Map.entry("an", 1L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
      Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
      Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
      Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
      Map.entry("ninety", 90L));

  public List<Amount> find(AnnotatedArticle article) {
    return spanish ? SpanishAmounts.find(article.text()) : find(article.text());
  }

  /** Amounts in text order, not overlapping (the longest wins). */
  List<Amount> find(String text) {
    List<Amount> found = new ArrayList<>();
    Matcher m = PREFIXED.matcher(text);
    while (m.find()) {
      String unit = AmountCurrencies.ofPrefix(m.group("prefix"));
      if (unit != null) {
        add(found, text, m.start(), m.end(), value(m.group("number"), m.group("scale")), unit);
      }
    }
    m = NAMED.matcher(text);
    while (m.find()) {
      String unit = m.group("name") != null ? AmountCurrencies.ofName(m.group("name")) : m.group("code").toUpperCase(Locale.ROOT);
      if (m.group("code") != null && !m.group("code").equals(m.group("code").toUpperCase(Locale.ROOT))) {
        continue; // codes are written in capitals; "500 try" is not lira
      }
      if (unit == null || weightNotMoney(text, m)) {
        continue;
      }
      add(found, text, m.start(), m.end(), value(m.group("number"), m.group("scale")), unit);
    }
    m = WRITTEN.matcher(text);
    while (m.find()) {
      double value = writtenNumber(m.group("words"));
      String unit = AmountCurrencies.ofName(m.group("name"));
      if (value != 1 && SINGULAR.matcher(m.group("name")).find()) {
        continue; // "a million-dollar deal", "Million Dollar Baby": an adjective, not an amount
      }
      if (value > 0 && unit != null && !weightNotMoney(text, m)) {
        add(found, text, m.start(), m.end(), value, unit);
      }
    }
    m = VAGUE.matcher(text);
    while (m.find()) {
      String[] words = m.group("vague").toLowerCase(Locale.ROOT).split("\\s+");
      double value = scale(words[words.length - 1].replaceFirst("s$", ""));
      if (words[0].equals("tens")) {
        value *= 10;
      } else if (words[0].equals("hundreds")) {
        value *= 100;
      }
      String unit = AmountCurrencies.ofName(m.group("name"));
      if (unit != null && !weightNotMoney(text, m)) {
        add(found, text, m.start(), m.end(), value, unit);
      }
    }
    found.sort(Comparator.comparingInt(Amount::start).thenComparing(Comparator.comparingInt((Amount a) -> a.end() - a.start()).reversed()));
    List<Amount> kept = new ArrayList<>();
    for (Amount a : found) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= a.start()) {
        kept.add(a);
      }
    }
    return kept;
  }

  private static void add(List<Amount> out, String text, int start, int end, double value, String unit) {
    out.add(Amount.of(text.substring(start, end), value, unit, start, end));
  }

  /** "500 pounds of explosives": pounds followed by "of" weigh. */
  private static boolean weightNotMoney(String text, Matcher m) {
    String name = m.group("name");
    if (name == null || !name.toLowerCase(Locale.ROOT).startsWith("pound")) {
      return false;
    }
    return text.startsWith(" of ", m.end()) || text.regionMatches(true, m.end(), " of ", 0, 4);
  }

  /** Digits times scale in decimal, so "8.2bn" is exactly 8200000000. */
  private static double value(String digits, String scale) {
    return new BigDecimal(digits.replace(",", "")).multiply(BigDecimal.valueOf(scale(scale))).doubleValue();
  }

  static double scale(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale) {
      case "k", "K", "thousand" -> 1e3;
      case "m", "M", "mn", "mln", "million" -> 1e6;
      case "B", "bn", "billion" -> 1e9;
      case "tn", "trn", "trillion" -> 1e12;
      case "crore", "crores" -> 1e7;
      case "lakh", "lakhs" -> 1e5;
      default -> switch (scale.toLowerCase(Locale.ROOT)) {
        case "thousand" -> 1e3;
        case "million" -> 1e6;
        case "billion" -> 1e9;
        case "trillion" -> 1e12;
        default -> 1;
      };
    };
  }

  /**
   * The value of written-out number words: "one billion" 1e9, "two and a half million" 2.5e6,
   * "half a billion" 5e8, "three hundred thousand" 3e5, "twenty-five million" 2.5e7; 0 when the
   * words hold no number ("a").
   */
  static double writtenNumber(String words) {
    String[] parts = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
    double total = 0;
    double current = 0;
    boolean any = false;
    for (int i = 0; i < parts.length; i++) {
      String w = parts[i];
      switch (w) {
        case "and" -> { }
        case "half", "quarter" -> {
          double fraction = w.equals("half") ? 0.5 : 0.25;
          if (i + 1 < parts.length && (parts[i + 1].equals("a") || parts[i + 1].equals("an"))) {
            i++; // "half a billion"
          }
          if (i > 0 && (parts[i - 1].equals("a") || parts[i - 1].equals("an")) && current >= 1) {
            current += fraction - 1; // "two and a half": the "a" counted 1 too many
          } else {
            current += fraction;
          }
          any = true;
        }
        case "hundred" -> {
          current = (current == 0 ? 1 : current) * 100;
          any = true;
        }
        case "thousand", "million", "billion", "trillion" -> {
          total += (current == 0 ? 1 : current) * scale(w);
          current = 0;
          any = true;
        }
        default -> {
          Long v = WORD_VALUES.get(w);
          if (v != null) {
            if ((w.equals("a") || w.equals("an")) && current >= 1) {
              current += 1; // the "a" of "and a half", corrected above
            } else {
              current += v;
            }
            any |= !(w.equals("a") || w.equals("an"));
          }
        }
      }
    }
    return any ? total + current : 0;
  }
}
