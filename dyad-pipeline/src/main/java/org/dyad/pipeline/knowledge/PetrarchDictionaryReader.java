package org.dyad.pipeline.knowledge;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH-format actor and agent dictionaries (the TABARI family of formats).
 *
 * <p>Actor records: a primary phrase line with optional codes, {@code +synonym} lines, and
 * tab-indented date restriction lines {@code [CODE <YYMMDD]}, {@code [CODE >YYMMDD]},
 * {@code [CODE YYMMDD-YYMMDD]} or {@code [CODE]} (the default). Agent records: one line
 * {@code PHRASE {plural} [~CODE]} (or {@code [CODE~]}), with {@code !MARKER! = A, B} substitution
 * sets; regular plurals are formed unless {@code {}} gives the plural or nulls it. Words are
 * separated by {@code _} or blanks and matched as consecutive whole words (stems and PETRARCH's
 * "words may intervene" blanks are not supported). Six-digit dates read years 00-29 as 20xx and
 * 30-99 as 19xx. Comments ({@code #}, {@code ;}, {@code <!-- -->} lines) are skipped. Lines that
 * cannot be read are reported as diagnostics with file and line, never thrown.
 */
final class PetrarchDictionaryReader {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]}]*)[\\]}]");
  private static final Pattern BRACES = Pattern.compile("\\{([^}]*)}");
  private static final Pattern MARKER_DEFINITION = Pattern.compile("^(![A-Za-z]+!)\\s*=\\s*(.*)$");
  private static final Pattern MARKER = Pattern.compile("![A-Za-z]+!");
  private static final Pattern RESTRICTION = Pattern.compile(
      "^\\s*(?:<\\s*(\\d{6,8})|>\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))\\s*$");
  private static final int MAX_DIAGNOSTICS = 200;
  private static final Set<String> SMALL_WORDS =
      Set.of("THE", "OF", "AND", "FOR", "IN", "ON", "AT", "TO", "DE", "DU", "LA", "LE", "AL", "EL", "BIN");

  /** What one or more dictionary files hold. */
  record Contents(List<DictionaryActor> actors, List<Role> agents, List<String> diagnostics) {}

  private final List<DictionaryActor> actors = new ArrayList<>();
  private final List<Role> agents = new ArrayList<>();
  private final List<String> diagnostics = new ArrayList<>();
  private int skipped;

  /** Reads the files in order. */
  static Contents read(List<Path> files) throws IOException {
    PetrarchDictionaryReader reader = new PetrarchDictionaryReader();
    for (Path file : files) {
      reader.readFile(file);
    }
    if (reader.skipped > 0) {
      reader.diagnostics.add("... and " + reader.skipped + " more unreadable dictionary lines");
    }
    return new Contents(reader.actors, reader.agents, reader.diagnostics);
  }

  private void readFile(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    }
    Map<String, List<String>> markers = new LinkedHashMap<>();
    ActorRecord current = null;
    for (int number = 1; number <= lines.size(); number++) {
      String raw = lines.get(number - 1);
      String where = file.getFileName() + ":" + number;
      String trimmed = raw.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("<!--") || trimmed.startsWith("-->")) {
        continue;
      }
      Matcher definition = MARKER_DEFINITION.matcher(trimmed);
      if (definition.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : definition.group(2).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
        markers.put(definition.group(1).toUpperCase(Locale.ROOT), values);
        continue;
      }
      String line = stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String content = line.strip();
      if (indented && content.startsWith("[")) {
        if (current == null) {
          diagnose(where + ": date restriction outside an actor record");
        } else {
          readCodes(content, current, where);
        }
        continue;
      }
      if (content.startsWith("+")) {
        if (current == null) {
          diagnose(where + ": synonym outside an actor record");
        } else {
          String phrase = phraseOf(content.substring(1));
          if (!phrase.isEmpty()) {
            current.phrases.add(phrase);
          }
        }
        continue;
      }
      finish(current);
      current = null;
      if (content.contains("~")) {
        readAgent(content, markers, where);
      } else {
        String phrase = phraseOf(content);
        if (phrase.isEmpty()) {
          diagnose(where + ": no phrase");
          continue;
        }
        current = new ActorRecord(where, phrase);
        readCodes(content, current, where);
      }
    }
    finish(current);
  }

  private static String stripComment(String line) {
    int cut = line.length();
    int hash = line.indexOf('#');
    if (hash >= 0) {
      cut = hash;
    }
    int semicolon = line.indexOf(';');
    if (semicolon >= 0 && semicolon < cut) {
      cut = semicolon;
    }
    return line.substring(0, cut);
  }

  /** The words before any code or plural, as a name: "VLADIMIR_PUTIN_" → "Vladimir Putin". */
  private static String phraseOf(String content) {
    int end = content.length();
    for (char stop : new char[] {'[', '{'}) {
      int at = content.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : content.substring(0, end).split("[_\\s]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    List<String> named = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      named.add(asName(words.get(i), i, words.size()));
    }
    return String.join(" ", named);
  }

  /**
   * A dictionary word as it would be written in news: capitalised ("Vladimir"); small words
   * lower case inside a name ("Republic of"); abbreviations ("UN", "U.N.") keep their capitals,
   * so that a one-word abbreviation matches only in capitals ("US", never the pronoun).
   */
  private static String asName(String word, int position, int count) {
    String upper = word.toUpperCase(Locale.ROOT);
    if (SMALL_WORDS.contains(upper) && count > 1) {
      String lower = word.toLowerCase(Locale.ROOT);
      return position == 0 ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    }
    if (word.length() <= 3 || word.contains(".") || !word.chars().anyMatch(Character::isLetter)) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private void readCodes(String content, ActorRecord record, String where) {
    Matcher m = BRACKET.matcher(content);
    while (m.find()) {
      String inside = m.group(1).strip();
      if (inside.isEmpty()) {
        continue;
      }
      String[] parts = inside.split("\\s+", 2);
      String code = parts[0].equals("---") ? null : parts[0].toUpperCase(Locale.ROOT);
      if (parts.length == 1) {
        record.codes.add(new DatedCode(code, null, null));
        continue;
      }
      Matcher r = RESTRICTION.matcher(parts[1]);
      if (!r.matches()) {
        diagnose(where + ": unreadable date restriction [" + inside + "]");
        continue;
      }
      try {
        LocalDate from = null;
        LocalDate to = null;
        if (r.group(1) != null) {
          to = date(r.group(1));
        } else if (r.group(2) != null) {
          from = date(r.group(2));
        } else {
          from = date(r.group(3));
          to = date(r.group(4));
        }
        record.codes.add(new DatedCode(code, from, to));
      } catch (DateTimeException e) {
        diagnose(where + ": bad date in [" + inside + "]");
      }
    }
  }

  /** YYMMDD (00-29 → 2000s, 30-99 → 1900s) or YYYYMMDD. */
  static LocalDate date(String digits) {
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = yy < 30 ? 2000 + yy : 1900 + yy;
      return LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
    }
    if (digits.length() == 8) {
      return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)));
    }
    throw new DateTimeException("not YYMMDD or YYYYMMDD: " + digits);
  }

  private void readAgent(String content, Map<String, List<String>> markers, String where) {
    Matcher codeMatch = BRACKET.matcher(content);
    if (!codeMatch.find()) {
      diagnose(where + ": agent without a code");
      return;
    }
    String code = codeMatch.group(1).strip().replace("~", "").toUpperCase(Locale.ROOT);
    if (code.length() < 3) {
      diagnose(where + ": agent code too short: " + codeMatch.group(1));
      return;
    }
    String sector = code.substring(0, 3);
    int end = content.length();
    for (char stop : new char[] {'[', '{'}) {
      int at = content.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String phrase = content.substring(0, end).strip();
    Matcher braces = BRACES.matcher(content);
    String plural = braces.find() ? braces.group(1).strip() : null;
    Matcher marker = MARKER.matcher(phrase);
    if (marker.find()) {
      List<String> values = markers.get(marker.group().toUpperCase(Locale.ROOT));
      if (values == null) {
        diagnose(where + ": unknown substitution marker " + marker.group());
        return;
      }
      for (String value : values) {
        String expanded = phrase.substring(0, marker.start()) + value + phrase.substring(marker.end());
        addAgent(words(expanded), sector, Role.Kind.PERSON, words(expanded));
      }
      return;
    }
    String singular = words(phrase);
    if (singular.isEmpty()) {
      diagnose(where + ": agent without a phrase");
      return;
    }
    addAgent(singular, sector, Role.Kind.PERSON, singular);
    String pluralForm = plural == null ? regularPlural(singular) : words(plural);
    if (!pluralForm.isEmpty() && !pluralForm.equals(singular)) {
      addAgent(pluralForm, sector, Role.Kind.COLLECTIVE, singular);
    }
  }

  private void addAgent(String phrase, String sector, Role.Kind kind, String canonical) {
    if (!phrase.isEmpty()) {
      agents.add(new Role(phrase, sector, kind, null, canonical));
    }
  }

  private static String words(String phrase) {
    return String.join(" ", phrase.strip().toLowerCase(Locale.ROOT).split("[_\\s]+")).strip();
  }

  static String regularPlural(String phrase) {
    if (phrase.endsWith("ss") || phrase.endsWith("sh") || phrase.endsWith("ch") || phrase.endsWith("x")) {
      return phrase + "es";
    }
    if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    if (phrase.endsWith("s")) {
      return phrase;
    }
    return phrase + "s";
  }

  private void finish(ActorRecord record) {
    if (record == null) {
      return;
    }
    String defaultCode = null;
    List<DatedCode> dated = new ArrayList<>();
    for (DatedCode c : record.codes) {
      if (c.isUndated()) {
        defaultCode = defaultCode == null ? c.code() : defaultCode;
      } else {
        dated.add(c);
      }
    }
    String name = record.phrases.get(0);
    if (name.startsWith("The ") && name.length() > 4) {
      name = name.substring(4);
    }
    actors.add(new DictionaryActor(name, record.phrases, defaultCode, dated, record.where));
  }

  private void diagnose(String message) {
    if (diagnostics.size() < MAX_DIAGNOSTICS) {
      diagnostics.add(message);
    } else {
      skipped++;
    }
  }

  private static final class ActorRecord {
    final String where;
    final List<String> phrases = new ArrayList<>();
    final List<DatedCode> codes = new ArrayList<>();

    ActorRecord(String where, String phrase) {
      this.where = where;
      phrases.add(phrase);
    }
  }
}
