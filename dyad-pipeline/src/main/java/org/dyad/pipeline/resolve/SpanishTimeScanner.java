package org.dyad.pipeline.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.nlp.Token;

/**
 * Finds temporal expressions in Spanish text by pattern, without resolving them, as {@link
 * TimeScanner} does in English: "el 20 de octubre (de 2021)", "octubre de 2021", "el pasado martes",
 * "el martes pasado", "este viernes", "el próximo lunes", "hoy", "ayer", "anteayer", "anoche", "esta
 * mañana", "mañana", "la semana pasada", "el mes próximo", "este año", "hace tres días", "en 2021".
 * Spans hold the expression without a leading preposition; an article or a modifier that belongs to
 * it ("el pasado martes") is part of it. Accents may be missing (wire copy writes "proximo").
 */
final class SpanishTimeScanner {

  private static final String MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
      + "|noviembre|diciembre";
  private static final String WEEKDAYS = "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo";
  private static final String DAY = "(?<day>[0-3]?\\d)";
  private static final String YEAR = "(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d\\w]|[.,]\\d)";
  private static final String BEFORE = "(?<![\\p{L}\\d.])";
  private static final String AFTER = "(?![\\p{L}\\d])";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DAY_MONTH = Pattern.compile(BEFORE + "(?:(?:el\\s+)?(?<weekday>" + WEEKDAYS
      + ")\\s*,?\\s+)?(?:el\\s+)?" + DAY + "\\s+de\\s+(?<month>" + MONTHS + ")(?:\\s+(?:de|del)\\s+" + YEAR + ")?" + AFTER, FLAGS);
  private static final Pattern MONTH_YEAR = Pattern.compile(BEFORE + "(?<month>" + MONTHS + ")\\s+(?:de|del)\\s+"
      + YEAR, FLAGS);
  private static final Pattern MONTH_SHIFTED = Pattern.compile(BEFORE + "(?:(?<before>el\\s+pasado|el\\s+pr[oó]ximo|"
      + "este)\\s+(?:mes\\s+de\\s+)?)(?<month>" + MONTHS + ")" + AFTER, FLAGS);
  private static final Pattern MONTH_IN = Pattern.compile("(?<=\\b(?:en|de|desde|hasta|para|a\\s+partir\\s+de)\\s)"
      + "(?:(?:mediados|principios|finales|fines)\\s+de\\s+)?(?<month>" + MONTHS + ")" + AFTER, FLAGS);
  private static final Pattern WEEKDAY = Pattern.compile(BEFORE + "(?:(?<before>el\\s+pasado|el\\s+pr[oó]ximo|este|"
      + "esta|el)\\s+)?(?<weekday>" + WEEKDAYS + ")(?:\\s+(?<after>pasado|pr[oó]ximo|que\\s+viene))?" + AFTER, FLAGS);
  private static final Pattern DAY_WORD = Pattern.compile(BEFORE + "(?<word>anteayer|antier|ayer|hoy|anoche|"
      + "pasado\\s+ma[nñ]ana|esta\\s+(?:ma[nñ]ana|tarde|noche|madrugada)|ma[nñ]ana)" + AFTER, FLAGS);
  private static final Pattern RELATIVE_UNIT = Pattern.compile(BEFORE + "(?:(?:la|el)\\s+(?<unit1>semana|mes|a[nñ]o)\\s+"
      + "(?<after>pasad[oa]|anterior|pr[oó]xim[oa]|siguiente|que\\s+viene|entrante)|(?:la|el)\\s+(?<before>pr[oó]xim[oa]"
      + "|pasad[oa])\\s+(?<unit2>semana|mes|a[nñ]o)|(?<this>est[ea])\\s+(?<unit3>semana|mes|a[nñ]o))" + AFTER, FLAGS);
  private static final Pattern AGO = Pattern.compile(BEFORE + "hace\\s+(?<count>\\d{1,3}|un|una|dos|tres|cuatro|cinco|"
      + "seis|siete|ocho|nueve|diez|quince|veinte|treinta)\\s+(?<unit>d[ií]as?|semanas?|mes(?:es)?|a[nñ]os?)" + AFTER, FLAGS);
  private static final Pattern YEAR_IN = Pattern.compile("(?<=\\b(?:en|de|del|desde|hasta|para|a[nñ]o|el|hacia|antes\\s+de|"
      + "despu[eé]s\\s+de)\\s)" + YEAR, FLAGS);

  private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("enero", 1),
      Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6),
      Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9),
      Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12));
  private static final Map<String, Integer> WEEKDAY_NUMBERS = Map.of("lunes", 1, "martes", 2, "miercoles", 3,
      "jueves", 4, "viernes", 5, "sabado", 6, "domingo", 7);
  private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("un", 1), Map.entry("una", 1),
      Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
      Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("quince", 15),
      Map.entry("veinte", 20), Map.entry("treinta", 30));

  private SpanishTimeScanner() {}

  /** Candidates in text order, not overlapping (the longest wins). */
  static List<TimeCandidate> scan(String text, IntFunction<Token> tokenAt) {
    List<TimeCandidate> found = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group("day"));
      int month = MONTH_NUMBERS.get(fold(m.group("month")));
      if (day < 1 || day > 31) {
        continue;
      }
      int start = m.group("weekday") != null ? m.start() : m.start("day");
      if (m.group("year") != null) {
        found.add(new TimeCandidate(TimeCandidate.Kind.DATE, start, m.end(), Integer.parseInt(m.group("year")), month, day,
            TimeCandidate.NO_SHIFT, ' ', 0));
      } else {
        found.add(new TimeCandidate(TimeCandidate.Kind.MONTH_DAY, start, m.end(), 0, month, day, TimeCandidate.NO_SHIFT,
            ' ', 0));
      }
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      found.add(new TimeCandidate(TimeCandidate.Kind.MONTH_YEAR, m.start(), m.end(), Integer.parseInt(m.group("year")),
          MONTH_NUMBERS.get(fold(m.group("month"))), 0, TimeCandidate.NO_SHIFT, ' ', 0));
    }
    m = MONTH_SHIFTED.matcher(text);
    while (m.find()) {
      found.add(new TimeCandidate(TimeCandidate.Kind.MONTH, m.start(), m.end(), 0, MONTH_NUMBERS.get(fold(m.group("month"))),
          0, shift(m.group("before")), ' ', 0));
    }
    m = MONTH_IN.matcher(text);
    while (m.find()) {
      found.add(new TimeCandidate(TimeCandidate.Kind.MONTH, m.start(), m.end(), 0, MONTH_NUMBERS.get(fold(m.group("month"))),
          0, TimeCandidate.NO_SHIFT, ' ', 0));
    }
    m = WEEKDAY.matcher(text);
    while (m.find()) {
      int shift = m.group("after") != null ? shift(m.group("after")) : shift(m.group("before"));
      int start = m.group("before") != null && !fold(m.group("before")).equals("el") ? m.start() : m.start("weekday");
      found.add(new TimeCandidate(TimeCandidate.Kind.WEEKDAY, start, m.end(), 0, 0,
          WEEKDAY_NUMBERS.get(fold(m.group("weekday"))), shift, ' ', 0));
    }
    m = DAY_WORD.matcher(text);
    while (m.find()) {
      String word = fold(m.group("word")).replaceAll("\\s+", " ");
      if (word.equals("manana") && morning(text, m.start())) {
        continue; // "por la mañana", "de la mañana": the morning, not tomorrow
      }
      int amount = switch (word) {
        case "anteayer", "antier" -> -2;
        case "ayer", "anoche" -> -1;
        case "manana" -> 1;
        case "pasado manana" -> 2;
        default -> 0;
      };
      found.add(new TimeCandidate(TimeCandidate.Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, TimeCandidate.NO_SHIFT, 'D',
          amount));
    }
    m = RELATIVE_UNIT.matcher(text);
    while (m.find()) {
      String unitWord = m.group("unit1") != null ? m.group("unit1") : m.group("unit2") != null ? m.group("unit2")
          : m.group("unit3");
      char unit = unit(unitWord);
      int amount = m.group("this") != null ? 0
          : shift(m.group("after") != null ? m.group("after") : m.group("before"));
      found.add(new TimeCandidate(TimeCandidate.Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, TimeCandidate.NO_SHIFT, unit,
          amount));
    }
    m = AGO.matcher(text);
    while (m.find()) {
      String count = fold(m.group("count"));
      int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : COUNTS.getOrDefault(count, 1);
      found.add(new TimeCandidate(TimeCandidate.Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, TimeCandidate.NO_SHIFT,
          unit(m.group("unit")), -n));
    }
    m = YEAR_IN.matcher(text);
    while (m.find()) {
      found.add(new TimeCandidate(TimeCandidate.Kind.YEAR, m.start(), m.end(), Integer.parseInt(m.group("year")), 0, 0,
          TimeCandidate.NO_SHIFT, ' ', 0));
    }
    return TimeScanner.longestFirst(found);
  }

  /** "por la mañana", "de la mañana", "la mañana del martes": the morning. */
  private static boolean morning(String text, int start) {
    String before = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
    return before.endsWith("la ") || before.endsWith("esta ") || before.endsWith("una ") || before.endsWith("cada ");
  }

  private static int shift(String word) {
    if (word == null) {
      return TimeCandidate.NO_SHIFT;
    }
    String w = fold(word).replaceAll("\\s+", " ");
    if (w.startsWith("el ")) {
      w = w.substring(3);
    }
    return switch (w) {
      case "pasado", "pasada", "anterior" -> -1;
      case "proximo", "proxima", "siguiente", "que viene", "entrante" -> 1;
      case "este", "esta" -> 0;
      default -> TimeCandidate.NO_SHIFT;
    };
  }

  private static char unit(String word) {
    String w = fold(word);
    return w.startsWith("dia") ? 'D' : w.startsWith("semana") ? 'W' : w.startsWith("mes") ? 'M' : 'Y';
  }

  private static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('ñ', 'n');
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
