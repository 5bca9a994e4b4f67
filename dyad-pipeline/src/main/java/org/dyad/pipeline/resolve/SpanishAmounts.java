package org.dyad.pipeline.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Amount;

/**
 * Amounts of money written in Spanish: "5 millones de dólares", "1.000 millones de euros" (a dot
 * groups thousands, a comma marks decimals), "mil millones de euros", "un millón de pesos
 * mexicanos", "US$ 300 millones", "3,5 millones de euros". In Spanish a "billón" is a million
 * millions (10^12) and "mil millones" 10^9. A peso of no named country is not coded (which peso is
 * unknown).
 */
final class SpanishAmounts {

  private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

  static {
    CURRENCIES.put("dolares estadounidenses", "USD");
    CURRENCIES.put("dolares norteamericanos", "USD");
    CURRENCIES.put("dolares canadienses", "CAD");
    CURRENCIES.put("dolares australianos", "AUD");
    CURRENCIES.put("dolares", "USD");
    CURRENCIES.put("dolar", "USD");
    CURRENCIES.put("euros", "EUR");
    CURRENCIES.put("euro", "EUR");
    CURRENCIES.put("libras esterlinas", "GBP");
    CURRENCIES.put("libras", "GBP");
    CURRENCIES.put("pesos mexicanos", "MXN");
    CURRENCIES.put("pesos colombianos", "COP");
    CURRENCIES.put("pesos argentinos", "ARS");
    CURRENCIES.put("pesos chilenos", "CLP");
    CURRENCIES.put("pesos uruguayos", "UYU");
    CURRENCIES.put("pesos cubanos", "CUP");
    CURRENCIES.put("pesos dominicanos", "DOP");
    CURRENCIES.put("bolivares", "VES");
    CURRENCIES.put("reales", "BRL");
    CURRENCIES.put("soles", "PEN");
    CURRENCIES.put("quetzales", "GTQ");
    CURRENCIES.put("yuanes", "CNY");
    CURRENCIES.put("yenes", "JPY");
    CURRENCIES.put("rublos", "RUB");
    CURRENCIES.put("francos suizos", "CHF");
    CURRENCIES.put("guaranies", "PYG");
  }

  private static final String NUMBER = "(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
  private static final String WORDS = "(?<words>(?:(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|"
      + "treinta|cuarenta|cincuenta|cien|ciento|doscientos|trescientos|quinientos|mil)\\s+)*?)";
  private static final String SCALE = "(?<scale>mil\\s+millones|millones|millon|billones|billon|mil)";
  private static final String CURRENCY = "(?<currency>" + String.join("|", CURRENCIES.keySet()) + ")";
  private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\d.,])(?:" + NUMBER + "\\s+|" + WORDS + ")"
      + "(?:" + SCALE + "\\s+)?(?:de\\s+)?" + CURRENCY + "(?![\\p{L}])");
  private static final Pattern PREFIXED = Pattern.compile("(?<![\\p{L}\\d])(?<prefix>us\\$|usd|eur|€|\\$)\\s?" + NUMBER
      + "(?:\\s+" + SCALE + ")?(?![\\d\\p{L}])");
  private static final Map<String, Long> WORD_VALUES = Map.ofEntries(Map.entry("un", 1L), Map.entry("una", 1L),
      Map.entry("uno", 1L), Map.entry("dos", 2L), Map.entry("tres", 3L), Map.entry("cuatro", 4L), Map.entry("cinco", 5L),
      Map.entry("seis", 6L), Map.entry("siete", 7L), Map.entry("ocho", 8L), Map.entry("nueve", 9L), Map.entry("diez", 10L),
      Map.entry("veinte", 20L), Map.entry("treinta", 30L), Map.entry("cuarenta", 40L), Map.entry("cincuenta", 50L),
      Map.entry("cien", 100L), Map.entry("ciento", 100L), Map.entry("doscientos", 200L), Map.entry("trescientos", 300L),
      Map.entry("quinientos", 500L), Map.entry("mil", 1000L));

  private SpanishAmounts() {}

  static List<Amount> find(String text) {
    String folded = fold(text);
    List<Amount> found = new ArrayList<>();
    Matcher m = NAMED.matcher(folded);
    while (m.find()) {
      double number;
      if (m.group("number") != null) {
        number = parse(m.group("number"));
      } else {
        String words = m.group("words").strip();
        if (words.isEmpty() && m.group("scale") == null) {
          continue; // "dólares" alone is no amount
        }
        number = words.isEmpty() ? 1 : wordsValue(words);
      }
      double value = number * scale(m.group("scale"));
      if (value > 0) {
        found.add(new Amount(text.substring(m.start(), m.end()), value, CURRENCIES.get(m.group("currency")), m.start(),
            m.end()));
      }
    }
    m = PREFIXED.matcher(folded);
    while (m.find()) {
      String unit = switch (m.group("prefix")) {
        case "eur", "€" -> "EUR";
        default -> "USD";
      };
      double value = parse(m.group("number")) * scale(m.group("scale"));
      found.add(new Amount(text.substring(m.start(), m.end()), value, unit, m.start(), m.end()));
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

  private static double parse(String number) {
    return Double.parseDouble(number.replace(".", "").replace(',', '.'));
  }

  private static double scale(String scale) {
    if (scale == null) {
      return 1;
    }
    String s = scale.replaceAll("\\s+", " ");
    return switch (s) {
      case "mil millones" -> 1e9;
      case "millones", "millon" -> 1e6;
      case "billones", "billon" -> 1e12;
      case "mil" -> 1e3;
      default -> 1;
    };
  }

  private static double wordsValue(String words) {
    long total = 0;
    long current = 0;
    for (String w : words.split("\\s+")) {
      long v = WORD_VALUES.getOrDefault(w, 0L);
      if (v == 1000) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else {
        current += v;
      }
    }
    return total + current;
  }

  /** Lower case without accents, same length (offsets hold). */
  private static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.isEmpty() ? c : d.charAt(0);
      out.append(c == 'ñ' || c == 'Ñ' ? 'ñ' : Character.toLowerCase(base));
    }
    return out.toString().toLowerCase(Locale.ROOT).length() == text.length() ? out.toString() : text;
  }
}
