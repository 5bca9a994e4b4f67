package org.dyad.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Removed;
import org.dyad.pipeline.extract.JunkVocabulary.Kind;

/**
 * Cleans plain text that may carry page junk (promo blocks, offer lists, headings such as
 * "Editor's Picks", share lines, captions and credits) by general rules; what it takes out goes
 * to {@link Article#removed()} with a reason.
 *
 * <p>Each line is judged on its own shape (length, end punctuation, bullets, separators) and
 * vocabulary (promotion, sharing, section headings, photo credits, legal boilerplate). The
 * article body is then the run of lines with the highest content weight (long, sentence-like
 * lines weigh positive, short ones negative), so menus and footers around it fall away; inside
 * that run only lines caught by a rule are removed. Output paragraphs are separated by one blank
 * line.
 */
public final class PlainTextCleaner {

  static final String PROMO = "promo";
  static final String NAVIGATION = "navigation";
  static final String CAPTION = "caption";
  static final String CREDIT = "credit";
  static final String BOILERPLATE = "boilerplate";

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪▫►▶◦‣∙●○■□✓✔➤→»*+]|[-–—](?=\\s))\\s*");
  private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…:;\"”’»)\\]]$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…\"”’]$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s[|•·/»>]\\s|\\s*\\|\\s*");
  private static final Pattern CREDIT_MARKER_START = Pattern.compile(
      "^\\(?\\s*([\\p{L} ]{2,25}?)\\s*[:|=]\\s*(.*)$");
  private static final Pattern CREDIT_TAIL = Pattern.compile(
      "^(.*[.!?\"”’)])\\s+\\(?([^.!?()]{1,60}?)\\)?\\s*$");
  private static final Pattern PARENTHESIZED_TAIL = Pattern.compile("^(.*\\S)\\s*[(\\[]([^()\\[\\]]{2,80})[)\\]]\\s*$");
  private static final Pattern PIPE_TAIL = Pattern.compile("^(.*\\S)\\s+[|/]\\s+([^|/]{2,60})$");

  private static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|h)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "^(?:updated\\s+)?\\d+\\s*(?:s|m|h|d|w|y|sec|secs|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DATE = Pattern.compile(
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
          + "|\\b\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}\\b"
          + "|\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMENT_HEADER = Pattern.compile(
      "(?:\\bsays|\\bsaid|\\bwrote|\\breplied|\\bdice|\\bsagt|\\bdisse|a dit)\\s*:$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GALLERY_COUNTER = Pattern.compile(
      "^(?:(?:image|photo|picture|slide|foto|bild)\\s+)?\\d+\\s*(?:of\\s*/|/|of|von|de|di)\\s*\\d*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNTED_SECTION = Pattern.compile(
      "^\\d+\\s+(?:comments?|responses?|replies|reactions?|thoughts? on)\\b", Pattern.CASE_INSENSITIVE);

  /** A line weighing this much or less ends the body: nothing after it joins the run. */
  private static final int HARD_BREAK = 1000;

  private final JunkVocabulary vocabulary = JunkVocabulary.shared();

  public Article clean(String text, String source) {
    List<Line> lines = lines(text);
    int titleIndex = titleIndex(lines);
    String title = titleIndex < 0 ? null : lines.get(titleIndex).text();
    String[] reasons = new String[lines.size()];
    int[] breaks = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      breaks[i] = sectionBreak(lines.get(i));
      reasons[i] = ruleReason(lines.get(i), breaks[i]);
    }
    markBulletRuns(lines, reasons);
    markCaptionLeads(lines, reasons);
    int[] region = contentRegion(lines, reasons, breaks);
    boolean[] kept = new boolean[lines.size()];
    for (int i = region[0]; i <= region[1] && i >= 0; i++) {
      kept[i] = !lines.get(i).blank() && reasons[i] == null;
    }
    trimEdges(lines, kept, region);
    for (int i = 0; i < lines.size(); i++) {
      if (!kept[i] && !lines.get(i).blank() && reasons[i] == null) {
        reasons[i] = outsideReason(lines, reasons, i);
      }
    }
    Header header = header(lines, kept, reasons, title);
    List<Removed> removedDateline = new ArrayList<>();
    String published = stripDateline(lines, kept, removedDateline, header.published());
    int titleLine = titleIndex >= 0 && titleAdjacentToBody(lines, kept, header.lines(), titleIndex) ? titleIndex : -1;
    String body = render(lines, kept, titleLine);
    List<Removed> removed = new ArrayList<>(removedDateline);
    removed.addAll(removed(lines, kept, reasons, titleLine));
    return new Article(source, null, title == null ? null : title.strip(), header.authors(), published, null,
        LanguageGuess.guess(body), body, removed);
  }

  /** "BUENOS AIRES, June 6, 2023 - ", "SEOUL, Aug 24, 2023 (AFP) - " or "KYIV (Reuters) — " opening the body. */
  private static final Pattern INLINE_DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}.'’ -]{1,40}?)(?:\\s*\\([^()]{1,30}\\))?(?:,\\s*([^–—()]{6,40}?))?(?:\\s*\\([^()]{1,30}\\))?\\s*(?:--|[-–—])\\s+(?=[\\p{Lu}\"“])");

  /**
   * Takes a news-agency dateline off the start of the body's first paragraph (kept as a credit):
   * the place is not part of the story's prose, and the date it gives is the publication date.
   * Returns the publication date: the one already known, else the dateline's.
   */
  private static String stripDateline(List<Line> lines, boolean[] kept, List<Removed> removed, String published) {
    for (int i = 0; i < lines.size(); i++) {
      if (!kept[i]) {
        continue;
      }
      Line line = lines.get(i);
      Matcher matcher = INLINE_DATELINE.matcher(line.text());
      if (!matcher.find() || matcher.group(1).chars().filter(Character::isLetter).count() < 3) {
        return published;
      }
      String date = matcher.group(2) == null ? null : lineDate(matcher.group(2));
      if (matcher.group(2) != null && date == null) {
        return published; // "PARIS, the city of light - …" is prose, not a dateline
      }
      String rest = line.text().substring(matcher.end());
      removed.add(new Removed(line.text().substring(0, matcher.end()).strip(), CREDIT));
      lines.set(i, new Line(line.index(), line.block(), rest, rest.codePointCount(0, rest.length()), countWords(rest),
          line.terminal(), line.sentence(), line.bullet()));
      return published != null ? published : date;
    }
    return published;
  }

  /** Bylines and datelines above the body: who wrote it and when, as a news text states them. */
  record Header(List<String> authors, String published, Set<Integer> lines) {}

  private static final Pattern BYLINE = Pattern.compile(
      "^(?i:by|written by|words by|reporting by)\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"
          + "(?:\\s*(?:,|\\band\\b|&)\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})*)"
          + "(?:\\s*(?:[,|•·]|\\s[-–—]\\s|\\bfor\\b|\\bin\\b)\\s*.*)?$");
  private static final Pattern DATE_LINE = Pattern.compile(
      "^(?:(?:published|posted|first published|updated|last updated|date)\\s*(?:on|at)?\\s*:?\\s*)?"
          + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(.{6,40}?)\\s*(?:[|,·•-]?\\s*"
          + "\\d{1,2}[:.]\\d{2}.*)?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Reads the lines between the title and the body (and the first lines when there is no title):
   * a byline ("By Jane Roe and John Doe") gives the authors, a date line ("Published: 2021-10-15",
   * "March 22, 2023 10:15 GMT") the publication date. Both are removed from the text as credits.
   */
  private static Header header(List<Line> lines, boolean[] kept, String[] reasons, String title) {
    List<String> authors = new ArrayList<>();
    String published = null;
    Set<Integer> used = new HashSet<>();
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < 6; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (kept[i]) {
        break;
      }
      seen++;
      if (title != null && line.text().equals(title)) {
        continue;
      }
      if (line.words() > 14) {
        continue;
      }
      Matcher byline = BYLINE.matcher(line.text());
      if (authors.isEmpty() && byline.matches()) {
        for (String name : bylineNames(byline.group(1))) {
          if (name.contains(" ")) {
            authors.add(name);
          }
        }
        if (!authors.isEmpty()) {
          used.add(i);
          reasons[i] = CREDIT;
          continue;
        }
      }
      if (published == null) {
        String date = lineDate(line.text());
        if (date != null) {
          published = date;
          used.add(i);
          reasons[i] = CREDIT;
        }
      }
    }
    return new Header(List.copyOf(authors), published, used);
  }

  /**
   * The names of a byline list: "A, B and C" names three; without an "and", what follows the first
   * comma is a job title ("Jane Roe, Harbour Correspondent"), as it is after the last "and X,".
   */
  static List<String> bylineNames(String list) {
    String[] items = list.split("\\s*(?:,|\\band\\b|&)\\s*");
    Matcher separators = Pattern.compile("\\s*(,|\\band\\b|&)\\s*").matcher(list);
    int lastAnd = -1;
    for (int i = 0; separators.find(); i++) {
      if (!separators.group(1).equals(",")) {
        lastAnd = i;
      }
    }
    int count = lastAnd < 0 ? 1 : Math.min(items.length, lastAnd + 2);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!items[i].isBlank()) {
        names.add(items[i].strip());
      }
    }
    return names;
  }

  /** The calendar day a line consisting of a date (with an optional label and time) states, or null. */
  static String lineDate(String text) {
    String date = labelledDate(text.strip());
    Matcher place = DATELINE_PLACE.matcher(text.strip());
    if (date == null && place.find()) {
      date = labelledDate(text.strip().substring(place.end()));
    }
    return date;
  }

  /** "Brussels, " or "KYIV (Reuters) — " before the date of a dateline. */
  private static final Pattern DATELINE_PLACE = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,2}\\s*(?:\\([^()]{1,30}\\))?\\s*[,–—-]\\s*");

  private static String labelledDate(String text) {
    Matcher matcher = DATE_LINE.matcher(text);
    if (!matcher.matches()) {
      return null;
    }
    String candidate = matcher.group(1).strip();
    LocalDate date = candidate.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? HtmlMetadata.parseDate(candidate, null) : HtmlMetadata.textDate(candidate);
    if (date == null) {
      return null;
    }
    // the date must be the whole candidate, not a date inside a sentence
    String rest = candidate.replaceAll("(?i)\\d{4}-\\d{2}-\\d{2}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
        + "|\\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\\d{2}|[,.\\s]|\\b(?:utc|gmt|et|bst|cet|est|edt|pst|pdt)\\b", "");
    return rest.isEmpty() ? date.toString() : null;
  }

  /** Why a rule removes one paragraph of extracted text (promo, navigation, caption, ...), or null. */
  String paragraphReason(String paragraph) {
    List<Line> parsed = lines(paragraph.replace('\n', ' '));
    if (parsed.isEmpty() || parsed.get(0).blank()) {
      return null;
    }
    Line line = parsed.get(0);
    return ruleReason(line, sectionBreak(line));
  }

  /** One line of the input with the features the rules read. */
  record Line(int index, int block, String text, int chars, int words, boolean terminal, boolean sentence,
      boolean bullet) {

    boolean blank() {
      return chars == 0;
    }

    /** Reads like running text: several words ending in sentence punctuation, or long. */
    boolean prose() {
      return (sentence && words >= 5) || chars >= 160;
    }
  }

  static List<Line> lines(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    String[] raw = normalized.split("\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    int block = 0;
    boolean previousBlank = true;
    for (int i = 0; i < raw.length; i++) {
      String stripped = raw[i].strip();
      if (stripped.isEmpty()) {
        if (!previousBlank) {
          block++;
        }
        previousBlank = true;
        lines.add(new Line(i, block, "", 0, 0, false, false, false));
        continue;
      }
      previousBlank = false;
      boolean bullet = BULLET.matcher(stripped).find() && stripped.length() > 1;
      String body = bullet ? BULLET.matcher(stripped).replaceFirst("") : stripped;
      int chars = body.codePointCount(0, body.length());
      lines.add(new Line(i, block, stripped, chars, countWords(body), TERMINAL.matcher(body).find(),
          SENTENCE_END.matcher(body).find(), bullet));
    }
    return lines;
  }

  static int countWords(String text) {
    Matcher matcher = WORD.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** The first line (after a date line), when it is shaped like a headline: a few words, no sentence full stop; or -1. */
  private static int titleIndex(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank() || lineDate(line.text()) != null) {
        continue;
      }
      boolean headline = !line.bullet() && line.words() >= 2 && line.words() <= 30 && line.chars() <= 250
          && !line.text().endsWith(".") && !line.text().endsWith(",") && !line.text().endsWith(":");
      return headline ? i : -1;
    }
    return -1;
  }

  /** Whether a heading's text names page furniture ("Related stories", "You may also like", "Comments"). */
  boolean furnitureHeading(String heading) {
    // a trailing ellipsis or colon leads into the list: "You may also like...", "Related:"
    List<Line> parsed = lines(heading.replace('\n', ' ').strip().replaceAll("(?:\\.{2,}|…|:)$", ""));
    if (parsed.isEmpty() || parsed.get(0).blank()) {
      return false;
    }
    Line line = parsed.get(0);
    return shortLine(line, 7) && !line.sentence()
        && vocabulary.coveredWords(Kind.HEADING, line.text()) * 5 >= Math.max(1, line.words()) * 2;
  }

  /** The reason a rule removes this line wherever it stands, or null. */
  String ruleReason(Line line, int sectionBreak) {
    if (line.blank()) {
      return null;
    }
    String text = line.text();
    if (sectionBreak > 0) {
      return line.prose() ? BOILERPLATE : NAVIGATION;
    }
    String credit = creditOrCaption(line);
    if (credit != null) {
      return credit;
    }
    int words = Math.max(1, line.words());
    int shareWords = vocabulary.coveredWords(Kind.SHARE, text);
    if (shortLine(line, 8) && shareWords * 5 >= words * 2 && (!line.sentence() || words <= 4)) {
      return NAVIGATION;
    }
    if (words <= 15 && shareWords * 2 >= words) {
      return NAVIGATION;
    }
    if (words >= 3 && text.matches("[\\d\\s|/.·•-]+")) {
      return NAVIGATION;
    }
    int promo = vocabulary.count(Kind.PROMO, text);
    if (promo > 0 && ((words <= 20 && !(line.sentence() && words >= 12)) || promo * 12 >= words)) {
      return PROMO;
    }
    int legal = vocabulary.count(Kind.BOILERPLATE, text);
    if ((text.contains("©") || text.contains("(c)") || text.contains("(C)")) && words <= 40) {
      return BOILERPLATE;
    }
    if (legal > 0 && ((words <= 12 && !line.sentence()) || legal >= 2 && words <= 60)) {
      return BOILERPLATE;
    }
    if (linkList(line)) {
      return NAVIGATION;
    }
    return null;
  }

  /**
   * How strongly a line separates the body from what follows: section headings of page furniture
   * ("Related stories", "Top comments"), comment headers ("Jane says:") and bare timestamps.
   */
  int sectionBreak(Line line) {
    if (line.blank()) {
      return 0;
    }
    String text = line.text();
    int words = Math.max(1, line.words());
    if (shortLine(line, 7) && !line.sentence() && vocabulary.coveredWords(Kind.HEADING, text) * 5 >= words * 2) {
      return 100;
    }
    if (line.words() <= 6 && GALLERY_COUNTER.matcher(text).find()) {
      return 100;
    }
    if (line.words() <= 12 && (COMMENT_HEADER.matcher(text).find() || COUNTED_SECTION.matcher(text).find())) {
      return 1000;
    }
    // a tweet's signature ("— Name (@handle) November 18, 2019") belongs to the quoted tweet
    boolean signature = text.contains("@") || text.startsWith("—") || text.startsWith("-");
    if (line.words() <= 10 && !line.sentence() && !signature && (RELATIVE_TIME.matcher(text).matches()
        || (TIME_OF_DAY.matcher(text).find() || MONTH_DATE.matcher(text).find()) && dateLike(text))) {
      return 60;
    }
    return 0;
  }

  /** Mostly numbers and date words: what a timestamp line is made of. */
  private static boolean dateLike(String text) {
    String rest = MONTH_DATE.matcher(TIME_OF_DAY.matcher(text).replaceAll(" ")).replaceAll(" ");
    return countWords(rest) <= 4;
  }

  private static boolean shortLine(Line line, int maxWords) {
    return line.words() <= maxWords && line.chars() <= 80;
  }

  /** "Home | News | Sport | Weather": several short segments between separators. */
  private static boolean linkList(Line line) {
    if (line.sentence()) {
      return false;
    }
    String[] segments = SEPARATORS.split(line.text());
    if (segments.length < 3) {
      return false;
    }
    for (String segment : segments) {
      if (countWords(segment) > 5) {
        return false;
      }
    }
    return true;
  }

  /**
   * Photo credits ("Getty Images", "Image Credit: WeWork", "AP Photo/Evan Vucci") and captions
   * (a descriptive line ending in such a credit, or introduced by "Photo:" / "Above:").
   */
  String creditOrCaption(Line line) {
    String text = line.bullet() ? BULLET.matcher(line.text()).replaceFirst("") : line.text();
    if (line.words() <= 7 && isCredit(text)) {
      return CREDIT;
    }
    Matcher marker = CREDIT_MARKER_START.matcher(text);
    if (marker.matches() && coversAll(Kind.CREDIT_MARKER, marker.group(1))) {
      return countWords(marker.group(2)) <= 6 ? CREDIT : CAPTION;
    }
    if (line.words() >= 5 && line.words() <= 120) {
      for (Pattern tail : List.of(PARENTHESIZED_TAIL, PIPE_TAIL, CREDIT_TAIL)) {
        Matcher matcher = tail.matcher(text);
        if (matcher.matches() && countWords(matcher.group(1)) >= 4 && isCredit(matcher.group(2))) {
          return CAPTION;
        }
      }
    }
    return null;
  }

  /** A short credit: agency or photographer vocabulary, a credit marker, or "Name/Agency". */
  boolean isCredit(String text) {
    String stripped = text.strip();
    int words = countWords(stripped);
    if (words == 0 || words > 7 || SENTENCE_END.matcher(stripped).find() && !stripped.endsWith(")")) {
      return false;
    }
    String inner = stripped.replaceAll("^[\\[(]|[\\])]$", "");
    Matcher marker = CREDIT_MARKER_START.matcher(inner);
    if (marker.matches() && coversAll(Kind.CREDIT_MARKER, marker.group(1)) && countWords(marker.group(2)) <= 6) {
      return true;
    }
    int agency = vocabulary.coveredWords(Kind.CREDIT, inner);
    int markerWords = vocabulary.coveredWords(Kind.CREDIT_MARKER, inner);
    if (agency > 0 && capitalized(inner) && (agency + markerWords) * 3 >= words) {
      return true;
    }
    if (agency > 0 && (inner.contains("/") || markerWords > 0)) {
      return true;
    }
    return false;
  }

  private boolean coversAll(Kind kind, String text) {
    int words = countWords(text);
    return words > 0 && vocabulary.coveredWords(kind, text) >= words;
  }

  /** Every word starts upper-case (or is a connector), as names and agencies do. */
  private static boolean capitalized(String text) {
    for (String word : text.split("[\\s/,;|]+")) {
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("via") && !word.equals("and")
          && !word.equals("for") && !word.equals("by") && !word.equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** Runs of two or more bullets where most items are promotion become one promo block. */
  private static void markBulletRuns(List<Line> lines, String[] reasons) {
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).bullet()) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < lines.size() && lines.get(end + 1).bullet()) {
        end++;
      }
      int items = end - i + 1;
      int promo = 0;
      for (int j = i; j <= end; j++) {
        if (PROMO.equals(reasons[j])) {
          promo++;
        }
      }
      if (items >= 2 && promo * 2 >= items) {
        for (int j = i; j <= end; j++) {
          reasons[j] = PROMO;
        }
        // a short label just above the offer list ("Print + digital") belongs to it
        if (i > 0 && !lines.get(i - 1).blank() && !lines.get(i - 1).prose() && reasons[i - 1] == null) {
          reasons[i - 1] = PROMO;
        }
      }
      i = end + 1;
    }
  }

  /** The short alt-text line right above a caption in the same block is part of the caption. */
  private static void markCaptionLeads(List<Line> lines, String[] reasons) {
    for (int i = 1; i < lines.size(); i++) {
      if (!CAPTION.equals(reasons[i]) && !CREDIT.equals(reasons[i])) {
        continue;
      }
      Line previous = lines.get(i - 1);
      if (!previous.blank() && previous.block() == lines.get(i).block() && reasons[i - 1] == null
          && !previous.sentence() && previous.words() <= 15) {
        reasons[i - 1] = CAPTION;
      }
    }
  }

  /** Content weight of a line: long sentence-like lines positive, short fragments negative. */
  static int weight(Line line, String reason, int sectionBreak) {
    if (line.blank()) {
      return 0;
    }
    if (sectionBreak > 0) {
      return -sectionBreak;
    }
    if (reason != null) {
      return -8;
    }
    if (line.sentence() && line.words() >= 5) {
      return Math.max(15, Math.min(line.chars(), 800) - 40);
    }
    return Math.max(-40, Math.min(15, (line.chars() - 100) / 4));
  }

  /** The run of lines with the largest total weight (first and last index; -1 when none). */
  static int[] contentRegion(List<Line> lines, String[] reasons, int[] breaks) {
    int[] weights = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      weights[i] = weight(lines.get(i), reasons[i], breaks[i]);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (weights[i] <= -100 && weights[i] > -HARD_BREAK && furnitureFollows(lines, breaks, i)) {
        weights[i] = -HARD_BREAK;
      }
    }
    int[] global = bestRun(weights);
    int anchor = headlineRepeat(lines);
    if (anchor < 0 || global[0] < 0) {
      return global;
    }
    // the body usually starts right under the repeated headline: prefer a run starting there
    int globalSum = sum(weights, global[0], global[1]);
    int bestSum = Integer.MIN_VALUE;
    int[] anchored = null;
    int seen = 0;
    for (int start = anchor + 1; start < lines.size() && seen < 12; start++) {
      if (lines.get(start).blank()) {
        continue;
      }
      seen++;
      if (weights[start] <= 0) {
        continue;
      }
      int running = 0;
      for (int end = start; end < lines.size() && weights[end] > -HARD_BREAK; end++) {
        running += weights[end];
        if (running > bestSum) {
          bestSum = running;
          anchored = new int[] {start, end};
        }
      }
    }
    return anchored != null && bestSum * 5 >= globalSum ? anchored : global;
  }

  /** After a furniture heading: a teaser list (little prose) or a comment list (timestamps). */
  private static boolean furnitureFollows(List<Line> lines, int[] breaks, int heading) {
    int seen = 0;
    int prose = 0;
    int timestamps = 0;
    for (int i = heading + 1; i < lines.size() && seen < 10; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      if (line.prose()) {
        prose++;
      }
      if (breaks[i] > 0 && breaks[i] < 100) {
        timestamps++;
      }
    }
    return prose < 2 || timestamps >= 2;
  }

  private static int sum(int[] weights, int from, int to) {
    int total = 0;
    for (int i = from; i <= to; i++) {
      total += weights[i];
    }
    return total;
  }

  /** Index of a later line repeating the page title (or its part before " | Site"), else -1. */
  private static int headlineRepeat(List<Line> lines) {
    String title = null;
    int titleIndex = -1;
    for (Line line : lines) {
      if (!line.blank()) {
        title = line.text();
        titleIndex = line.index();
        break;
      }
    }
    if (title == null) {
      return -1;
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(normalizeHeadline(title));
    for (String part : title.split("\\s+[|\\-–—:»/]+\\s+|\\s*\\|\\s*")) {
      if (countWords(part) >= 3) {
        candidates.add(normalizeHeadline(part));
      }
    }
    for (int i = titleIndex + 1; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank() || line.words() < 3) {
        continue;
      }
      String normalized = normalizeHeadline(line.text());
      if (candidates.contains(normalized)) {
        return i;
      }
    }
    return -1;
  }

  private static String normalizeHeadline(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static int[] bestRun(int[] weights) {
    int best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    int sum = 0;
    int start = 0;
    for (int i = 0; i < weights.length; i++) {
      if (sum <= 0 || weights[i] <= -HARD_BREAK) {
        sum = 0;
        start = i;
      }
      sum += weights[i];
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    return new int[] {bestStart, bestEnd};
  }

  /** Drops bylines, datelines and headings that open or close the run: bodies start and end with prose. */
  private static void trimEdges(List<Line> lines, boolean[] kept, int[] region) {
    if (region[0] < 0) {
      return;
    }
    for (int i = region[0]; i <= region[1]; i++) {
      if (!kept[i]) {
        continue;
      }
      if (lines.get(i).prose()) {
        break;
      }
      kept[i] = false;
    }
    for (int i = region[1]; i >= region[0]; i--) {
      if (!kept[i]) {
        continue;
      }
      if (lines.get(i).prose() || lines.get(i).terminal() && lines.get(i).words() >= 3) {
        break;
      }
      kept[i] = false;
    }
  }

  /** Why a line outside the body is junk: its neighbours' reason within its block, else its shape. */
  private static String outsideReason(List<Line> lines, String[] reasons, int index) {
    Line line = lines.get(index);
    for (int step : new int[] {1, -1}) {
      for (int j = index + step; j >= 0 && j < lines.size() && lines.get(j).block() == line.block()
          && !lines.get(j).blank(); j += step) {
        if (reasons[j] != null) {
          return reasons[j];
        }
      }
    }
    return line.prose() ? BOILERPLATE : NAVIGATION;
  }

  private static boolean titleAdjacentToBody(List<Line> lines, boolean[] kept, Set<Integer> header, int first) {
    if (kept[first]) {
      return false;
    }
    for (int i = 0; i < first; i++) {
      if (!lines.get(i).blank() && !header.contains(i)) {
        return false;
      }
    }
    for (int i = first + 1; i < lines.size(); i++) {
      if (kept[i]) {
        return true;
      }
      if (!lines.get(i).blank() && !header.contains(i)) {
        return false;
      }
    }
    return false;
  }

  /** Kept lines as paragraphs: a line break inside a block joins wrapped prose, else starts a paragraph. */
  private static String render(List<Line> lines, boolean[] kept, int titleLine) {
    StringBuilder text = new StringBuilder();
    Line previous = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean include = kept[i] || i == titleLine;
      if (!include) {
        continue;
      }
      if (previous != null) {
        text.append(wrapped(previous, line, lines) ? " " : "\n\n");
      }
      text.append(line.text());
      previous = line;
    }
    return text.toString();
  }

  /** A hard-wrapped line: same block, next line directly below, no sentence end, next starts lower-case. */
  private static boolean wrapped(Line previous, Line next, List<Line> lines) {
    return previous.block() == next.block() && next.index() == previous.index() + 1 && !previous.terminal()
        && previous.chars() >= 40 && !next.bullet() && Character.isLowerCase(next.text().codePointAt(0));
  }

  private static List<Removed> removed(List<Line> lines, boolean[] kept, String[] reasons, int titleLine) {
    List<Removed> removed = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    String reason = null;
    int blockId = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (kept[i] || i == titleLine) {
        flush(removed, block, reason);
        reason = null;
        continue;
      }
      if (!reasons[i].equals(reason) || line.block() != blockId) {
        flush(removed, block, reason);
        reason = reasons[i];
        blockId = line.block();
      }
      if (block.length() > 0) {
        block.append('\n');
      }
      block.append(line.text());
    }
    flush(removed, block, reason);
    return removed;
  }

  private static void flush(List<Removed> removed, StringBuilder block, String reason) {
    if (block.length() > 0) {
      removed.add(new Removed(block.toString(), reason));
      block.setLength(0);
    }
  }
}
