package org.dyad.pipeline.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.nlp.Token;
import org.dyad.pipeline.resolve.TimeCandidate.Kind;

/**
 * Finds temporal expressions in text by pattern, without resolving them. Spans hold the bare
 * expression ("Thursday", "next week", "October 20, 2021"), never a leading preposition. Part of
 * speech, when known, keeps verbs ("May I") and counts ("2000 troops") out.
 */
final class TimeScanner {

  private static final String MONTH_NAMES =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  private static final String MONTH =
      "(?<month>(?:" + MONTH_NAMES + ")|(?:" + MONTH_ABBREVIATIONS + ")\\.?)(?![A-Za-z])";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d\\w])";
  private static final String YEAR = "(?<year>(?:1[6-9]|20)\\d\\d)(?![\\d\\w]|[.,]\\d)";
  private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  private static final String SHIFT = "last|next|this|coming|previous|past";

  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\w.])(?:(?<weekday>" + WEEKDAYS + "),?\\s+)?" + MONTH + "\\s+" + DAY
          + "(?:,?\\s+" + YEAR + ")?");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\w.])(?:(?<weekday>" + WEEKDAYS + "),?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
          + "(?:,?\\s+" + YEAR + ")?");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<![\\w.])(?:(?<modifier>early|late|mid)[\\s-]?)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  private static final Pattern MONTH_ALONE = Pattern.compile(
      "(?<![\\w.])(?:(?<modifier>[Ee]arly|[Ll]ate|[Mm]id)[\\s-]?)?(?:(?<shift>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]revious)\\s+)?"
          + "(?<month>" + MONTH_NAMES + ")(?![\\w-])");
  private static final Pattern ISO_DATE = Pattern.compile(
      "(?<![\\w./-])(?<year>\\d{4})([-/])(?<month>\\d{1,2})\\2(?<day>\\d{1,2})(?![\\w/-]|[.]\\d)");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\w./-])(?<first>\\d{1,2})([/.])(?<second>\\d{1,2})\\2(?<year>\\d{4}|\\d{2})(?![\\w/-]|[.]\\d)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?<![\\w.])(?:(?<shift>" + SHIFT + "|Last|Next|This|Coming|Previous|Past)\\s+)?(?<weekday>" + WEEKDAYS + ")(?![\\w-])");
  private static final Pattern RELATIVE_UNIT = Pattern.compile(
      "(?<![\\w.])(?:(?<side>earlier|later)\\s+)?(?<shift>(?:the\\s+)?(?:last|previous|next|coming|following)|this)\\s+"
          + "(?:fiscal\\s+|financial\\s+)?(?<unit>week|month|year)(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_WORD = Pattern.compile(
      "(?<![\\w.-])(?<word>yesterday|today|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AGO = Pattern.compile(
      "(?<![\\w.-])(?<count>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
          + "\\s+(?<unit>day|week|month|year)s?\\s+ago(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_ALONE = Pattern.compile(
      "(?:(?<![\\w.,$£€¥/-])|(?<=\\d{4}[-–]))(?:(?<modifier>[Ee]arly|[Ll]ate|[Mm]id)[\\s-]?)?" + YEAR + "(?!-\\p{Alpha}|\\s*(?:%|per\\s?cent))");
  private static final Pattern DECADE = Pattern.compile(
      "(?<![\\w.,$£€¥/'-])(?<decade>(?:1[6-9]|20)\\d)0s(?![\\w-])");
  private static final Pattern CENTURY = Pattern.compile(
      "(?<![\\w.-])(?<number>1[0-9]|2[0-2])(?:st|nd|rd|th)[\\s-][Cc]entury(?![\\w-])");
  private static final Pattern SEASON = Pattern.compile(
      "(?<![\\w.-])(?:(?<shift>last|next|this|coming|past|previous)\\s+)?(?<season>spring|summer|autumn|fall|winter)"
          + "(?:,?\\s+(?:of\\s+)?" + YEAR + ")?(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUARTER = Pattern.compile(
      "(?<![\\w.-])(?:(?:the|this|last|next)\\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter"
          + "(?:\\s+(?:of\\s+)?" + YEAR + ")?(?![\\w-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUARTER_CODE = Pattern.compile("(?<![\\w.-])Q(?<number>[1-4])\\s+" + YEAR);

  /** Newspapers and other names that begin with a weekday. */
  private static final Pattern NAME_AFTER_WEEKDAY = Pattern.compile(
      "\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Mail|Independent|Sport|People|Star|Night\\s+Live)\\b");
  private static final Pattern YEAR_SOON_AFTER = Pattern.compile("(?:\\s+\\p{Ll}+){0,2}\\s+(?:in|of)\\s+" + YEAR);
  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+(\\p{Ll}+)");

  /** Words before a lone "May"/"March" that make it the month rather than a name or verb. */
  private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "by", "until", "till", "from", "to",
      "through", "during", "before", "after", "of", "on", "for", "between", "and", "or", "early", "late", "mid",
      "last", "next", "this", "coming", "previous", "end", "start", "beginning", "middle");
  /** Words before a four-digit number that make it a count, not a year. */
  private static final Set<String> COUNT_CONTEXT = Set.of("about", "around", "nearly", "almost", "some", "over",
      "than", "approximately", "roughly", "least", "most", "only", "just", "no", "number", "page", "pages",
      "room", "route", "resolution", "flight", "model", "code", "up", "exactly", "estimated", "total");
  /** Capitalised words that may stand right before a year ("In 2017", "Since 2017"). */
  private static final Set<String> YEAR_CONTEXT_CAPITALISED = Set.of("in", "since", "by", "until", "from", "of",
      "before", "after", "during", "through", "early", "late", "mid", "the", "till", "throughout",
      "around", "circa", "summer", "spring", "autumn", "fall", "winter");

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50));

  private TimeScanner() {}

  /**
   * Candidates in text order, not overlapping (the longest wins where two would overlap).
   *
   * @param tokenAt the token covering a character offset, or null; may always answer null when
   *     the text has no annotation
   */
  static List<TimeCandidate> scan(String text, IntFunction<Token> tokenAt) {
    List<TimeCandidate> found = new ArrayList<>();
    monthDays(text, MONTH_DAY, found);
    monthDays(text, DAY_MONTH, found);
    monthYears(text, found);
    months(text, tokenAt, found);
    isoDates(text, found);
    numericDates(text, found);
    weekdays(text, tokenAt, found);
    relativeUnits(text, found);
    dayWords(text, found);
    ago(text, found);
    years(text, tokenAt, found);
    decades(text, found);
    centuries(text, found);
    seasons(text, found);
    quarters(text, found);
    return longestFirst(found);
  }

  /** The candidates in start order, of overlapping ones the one starting first (the longest of those). */
  static List<TimeCandidate> longestFirst(List<TimeCandidate> found) {
    found.sort(Comparator.comparingInt(TimeCandidate::start).thenComparing(Comparator.comparingInt(TimeCandidate::length).reversed()));
    List<TimeCandidate> kept = new ArrayList<>();
    for (TimeCandidate candidate : found) {
      // kept spans are disjoint and in start order, so only the last one can reach this candidate
      if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(candidate)) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  private static void monthDays(String text, Pattern pattern, List<TimeCandidate> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int month = month(m.group("month"));
      int day = Integer.parseInt(m.group("day"));
      if (day < 1 || day > 31) {
        continue;
      }
      int start = m.start();
      if (m.group("weekday") == null && pattern == DAY_MONTH && text.startsWith("the", start)) {
        start = m.start("day");
      }
      if (m.group("year") != null) {
        int year = Integer.parseInt(m.group("year"));
        if (valid(year, month, day)) {
          out.add(candidate(Kind.DATE, start, m.end(), year, month, day));
        }
      } else if (valid(2000, month, day)) {
        out.add(candidate(Kind.MONTH_DAY, start, m.end(), 0, month, day));
      }
    }
  }

  private static void monthYears(String text, List<TimeCandidate> out) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      out.add(candidate(Kind.MONTH_YEAR, m.start(), m.end(), Integer.parseInt(m.group("year")), month(m.group("month")), 0));
    }
  }

  private static void months(String text, IntFunction<Token> tokenAt, List<TimeCandidate> out) {
    Matcher m = MONTH_ALONE.matcher(text);
    while (m.find()) {
      String name = m.group("month");
      Token token = tokenAt.apply(m.start("month"));
      if (token != null && (token.pos().startsWith("VB") || token.pos().equals("MD"))) {
        continue;
      }
      boolean modified = m.group("modifier") != null || m.group("shift") != null;
      if ((name.equals("May") || name.equals("March")) && !modified
          && !MONTH_CONTEXT.contains(previousWord(text, m.start()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (name.equals("May") && token != null && token.ner().equals("PERSON")) {
        continue;
      }
      Matcher year = YEAR_SOON_AFTER.matcher(text).region(m.end(), text.length());
      if (m.group("shift") == null && year.lookingAt()) {
        // "that January day in 2011": the year that follows within a few words is the month's
        out.add(candidate(Kind.MONTH_YEAR, m.start(), m.end(), Integer.parseInt(year.group("year")), month(name), 0));
        continue;
      }
      out.add(new TimeCandidate(Kind.MONTH, m.start(), m.end(), 0, month(name), 0, shift(m.group("shift")), ' ', 0));
    }
  }

  private static void isoDates(String text, List<TimeCandidate> out) {
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      int month = Integer.parseInt(m.group("month"));
      int day = Integer.parseInt(m.group("day"));
      if (year >= 1600 && valid(year, month, day)) {
        out.add(candidate(Kind.DATE, m.start(), m.end(), year, month, day));
      }
    }
  }

  private static void numericDates(String text, List<TimeCandidate> out) {
    Matcher m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group("first"));
      int second = Integer.parseInt(m.group("second"));
      String yearText = m.group("year");
      int year = Integer.parseInt(yearText);
      if (yearText.length() == 2) {
        year += year < 50 ? 2000 : 1900;
      }
      // month/day/year as US news writes it, unless the first number cannot be a month
      int month = first > 12 ? second : first;
      int day = first > 12 ? first : second;
      if (valid(year, month, day)) {
        out.add(candidate(Kind.DATE, m.start(), m.end(), year, month, day));
      }
    }
  }

  private static void weekdays(String text, IntFunction<Token> tokenAt, List<TimeCandidate> out) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      Token token = tokenAt.apply(m.start("weekday"));
      if (token != null && (token.ner().equals("ORGANIZATION") || token.ner().equals("PERSON"))
          || NAME_AFTER_WEEKDAY.matcher(text).region(m.end(), text.length()).lookingAt()) {
        continue; // "Sunday Times", "Black Friday" tagged as a name
      }
      int weekday = weekday(m.group("weekday"));
      out.add(new TimeCandidate(Kind.WEEKDAY, m.start(), m.end(), 0, 0, weekday, shift(m.group("shift")), ' ', 0));
    }
  }

  private static void relativeUnits(String text, List<TimeCandidate> out) {
    Matcher m = RELATIVE_UNIT.matcher(text);
    while (m.find()) {
      String written = m.group("shift").toLowerCase(Locale.ROOT);
      String shiftWord = written.replaceFirst("^the\\s+", "");
      if (shiftWord.equals("following")) {
        continue; // relative to another time, not to the anchor
      }
      char unit = Character.toUpperCase(m.group("unit").charAt(0));
      if (!written.equals(shiftWord) && unit != 'W') {
        continue; // "over the last year", "in the next month": a stretch of time, not a date
      }
      int amount = shift(shiftWord);
      if (m.group("side") != null && amount != 0) {
        continue; // "earlier next week" is rare; leave it
      }
      out.add(new TimeCandidate(Kind.RELATIVE, m.start(), m.end("unit"), 0, 0, 0, amount, unit, amount));
    }
  }

  private static void dayWords(String text, List<TimeCandidate> out) {
    Matcher m = DAY_WORD.matcher(text);
    while (m.find()) {
      String word = m.group("word").toLowerCase(Locale.ROOT);
      int amount = switch (word.replaceAll("\\s+", " ")) {
        case "yesterday", "last night" -> -1;
        case "tomorrow" -> 1;
        default -> 0;
      };
      out.add(new TimeCandidate(Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, amount, 'D', amount));
    }
  }

  private static void ago(String text, List<TimeCandidate> out) {
    Matcher m = AGO.matcher(text);
    while (m.find()) {
      String count = m.group("count").toLowerCase(Locale.ROOT);
      int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : NUMBER_WORDS.get(count);
      char unit = Character.toUpperCase(m.group("unit").charAt(0));
      out.add(new TimeCandidate(Kind.RELATIVE, m.start(), m.end(), 0, 0, 0, -n, unit, -n));
    }
  }

  private static void years(String text, IntFunction<Token> tokenAt, List<TimeCandidate> out) {
    Matcher m = YEAR_ALONE.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      if (year < 1800 || year > 2099) {
        continue;
      }
      String before = previousWord(text, m.start());
      String lower = before.toLowerCase(Locale.ROOT);
      if (m.group("modifier") == null) {
        if (COUNT_CONTEXT.contains(lower)) {
          continue;
        }
        boolean capitalised = !before.isEmpty() && Character.isUpperCase(before.charAt(0));
        if (capitalised && !YEAR_CONTEXT_CAPITALISED.contains(lower) && month(before) == 0) {
          continue; // "Resolution 2254", "Vision 2030": a name or a number
        }
      }
      Token next = nextToken(text, m.end(), tokenAt);
      if (next != null && (next.pos().equals("NNS") || next.pos().equals("NNPS")) ) {
        continue; // "2000 troops"
      }
      if (next == null && nextWordIsCountedNoun(text, m.end())) {
        continue;
      }
      out.add(candidate(Kind.YEAR, m.start(), m.end(), year, 0, 0));
    }
  }

  private static void decades(String text, List<TimeCandidate> out) {
    Matcher m = DECADE.matcher(text);
    while (m.find()) {
      out.add(candidate(Kind.DECADE, m.start(), m.end(), Integer.parseInt(m.group("decade")), 0, 0));
    }
  }

  /** "the 20th century" → year field 19 (TIMEX value "19"). */
  private static void centuries(String text, List<TimeCandidate> out) {
    Matcher m = CENTURY.matcher(text);
    while (m.find()) {
      out.add(candidate(Kind.CENTURY, m.start(), m.end(), Integer.parseInt(m.group("number")) - 1, 0, 0));
    }
  }

  private static void seasons(String text, List<TimeCandidate> out) {
    Matcher m = SEASON.matcher(text);
    while (m.find()) {
      if (m.group("shift") == null && m.group("year") == null) {
        continue; // "fall" is a verb, a bare "summer" rarely a date
      }
      int season = switch (m.group("season").toLowerCase(Locale.ROOT)) {
        case "spring" -> 1;
        case "summer" -> 2;
        case "autumn", "fall" -> 3;
        default -> 4;
      };
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      int shift = m.group("year") == null ? shift(m.group("shift").toLowerCase(Locale.ROOT)) : TimeCandidate.NO_SHIFT;
      out.add(new TimeCandidate(Kind.SEASON, m.start(), m.end(), year, season, 0, shift, ' ', 0));
    }
  }

  private static void quarters(String text, List<TimeCandidate> out) {
    Matcher code = QUARTER_CODE.matcher(text);
    while (code.find()) {
      out.add(new TimeCandidate(Kind.QUARTER, code.start(), code.end(), Integer.parseInt(code.group("year")),
          Integer.parseInt(code.group("number")), 0, TimeCandidate.NO_SHIFT, ' ', 0));
    }
    Matcher m = QUARTER.matcher(text);
    while (m.find()) {
      int quarter = switch (m.group("ordinal").toLowerCase(Locale.ROOT)) {
        case "first", "1st" -> 1;
        case "second", "2nd" -> 2;
        case "third", "3rd" -> 3;
        default -> 4;
      };
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      out.add(new TimeCandidate(Kind.QUARTER, m.start(), m.end(), year, quarter, 0, TimeCandidate.NO_SHIFT, ' ', 0));
    }
  }

  private static TimeCandidate candidate(Kind kind, int start, int end, int year, int month, int day) {
    return new TimeCandidate(kind, start, end, year, month, day, TimeCandidate.NO_SHIFT, ' ', 0);
  }

  static int shift(String word) {
    if (word == null) {
      return TimeCandidate.NO_SHIFT;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "last", "previous", "past" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
  }

  /** 1-12 for a month name or abbreviation, 0 for anything else. */
  static int month(String name) {
    String key = name.replace(".", "").toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return 0;
    }
    String[] names = MONTH_NAMES.toLowerCase(Locale.ROOT).split("\\|");
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key) || (key.length() <= 4 && names[i].startsWith(key))) {
        return i + 1;
      }
    }
    return 0;
  }

  static int weekday(String name) {
    String[] names = WEEKDAYS.split("\\|");
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean valid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The word right before {@code offset} (letters only), or "". */
  private static String previousWord(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static Token nextToken(String text, int offset, IntFunction<Token> tokenAt) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() ? tokenAt.apply(i) : null;
  }

  /** Without part of speech: "2000 troops", "1500 people" — a lowercase plural word follows. */
  private static boolean nextWordIsCountedNoun(String text, int offset) {
    Matcher m = NEXT_WORD.matcher(text);
    if (!m.find(offset)) {
      return false;
    }
    String word = m.group(1);
    return word.endsWith("s") && !word.endsWith("ss") && word.length() > 3
        && !Set.of("was", "has", "is", "its", "this", "thus", "as", "always", "perhaps", "towards").contains(word);
  }
}
