package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public event gold sets in {@code ../shared/data/events/} (read in place, never copied):
 * the PLOVER gold-standard records and the PETRARCH-2 validation sentences.
 */
public final class EventGoldReader {

  /**
   * PLOVER GSR files use the pre-2.0 type names; PLOVER 2.0 merged them into these types
   * (DEMAND into REQUEST, DISAPPROVE and INVESTIGATE into ACCUSE, FIGHT into ASSAULT).
   */
  static final Map<String, String> PLOVER_RENAMED = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*?)/?>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private EventGoldReader() {}

  /** {@code plover-gsr/PLOVER_GSR_CAMEO.txt}: a JSON list; DOCUMENT records are skipped. */
  public static List<EventGold> readPlover(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON list of PLOVER records");
    }
    List<EventGold> out = new ArrayList<>();
    for (JsonNode record : root) {
      String event = record.path("event").asText("");
      String text = record.path("text").asText("");
      if (event.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      String type = PLOVER_RENAMED.getOrDefault(event, event);
      text = text.replace("{", "").replace("}", "").trim();
      out.add(new EventGold(record.path("id").asText(), text, record.path("date").asText(null),
          dyads(type, codes(record.path("source")), codes(record.path("target")))));
    }
    return out;
  }

  /**
   * A PLOVER record naming several sources or targets ("Jordan and Britain agreed", "threatened
   * Congo and Costa Rica") states one event per source/target pair, as Dyad codes compound actors;
   * repeated codes ("[SDN, SDN]") are one actor. A record without source keeps its code lists as they are.
   */
  static List<EventGold.GoldEvent> dyads(String type, List<String> sources, List<String> targets) {
    List<String> distinctSources = sources.stream().distinct().toList();
    List<String> distinctTargets = targets.stream().distinct().toList();
    if (distinctSources.size() <= 1 && distinctTargets.size() <= 1) {
      return List.of(new EventGold.GoldEvent(type, distinctSources, distinctTargets));
    }
    List<EventGold.GoldEvent> out = new ArrayList<>();
    for (String source : distinctSources) {
      if (distinctTargets.isEmpty()) {
        out.add(new EventGold.GoldEvent(type, List.of(source), List.of()));
      }
      for (String target : distinctTargets) {
        if (!target.equals(source) || distinctSources.size() == 1) {
          out.add(new EventGold.GoldEvent(type, List.of(source), List.of(target)));
        }
      }
    }
    if (distinctSources.isEmpty()) {
      out.add(new EventGold.GoldEvent(type, List.of(), distinctTargets));
    }
    return out;
  }

  private static List<String> codes(JsonNode actors) {
    List<String> out = new ArrayList<>();
    for (JsonNode actor : actors) {
      String code = actor.path("code").asText("").trim();
      if (!code.isEmpty()) {
        out.add(current(code));
      }
    }
    return out;
  }

  /**
   * {@code petrarch2-gsr-validation/PETR2_GSR_validation.xml}: sentences with {@code EventCoding}
   * elements. The compared type is the CAMEO root; actors are the country part of the codes
   * (first three letters; "---" = no country).
   */
  public static List<EventGold> readPetrarch(Path file) throws IOException {
    List<EventGold> out = new ArrayList<>();
    for (XmlSentence x : sentences(Files.readString(file, StandardCharsets.UTF_8))) {
      Map<String, String> attributes = x.attributes();
      String body = x.body();
      String sentenceText = x.text();
      List<EventGold.GoldEvent> events = new ArrayList<>();
      Matcher coding = CODING.matcher(body);
      while (coding.find()) {
        Map<String, String> values = attributes(coding.group(1));
        if (values.containsKey("eventcode")) {
          String code = values.get("eventcode");
          events.add(new EventGold.GoldEvent(code.substring(0, Math.min(2, code.length())),
              List.of(country(values.getOrDefault("sourcecode", "---"))),
              List.of(country(values.getOrDefault("targetcode", "---")))));
        }
      }
      String date = attributes.get("date");
      out.add(new EventGold(attributes.getOrDefault("id", "sentence-" + out.size()),
          sentenceText.replaceAll("\\s+", " ").replace("``", "\"").replace("''", "\"").trim(), date, events));
    }
    return out;
  }

  /**
   * UniversalPetrarch's Spanish gold ({@code universalpetrarch-es/}): {@code
   * spanish_validation_1018_noaccent.xml}, or with {@code fight} the revised fight set {@code
   * spanish_fight_reduced_181227v2_validation.xml}, whose texts start with {@code <date>\t<note id> | }
   * (stripped here). A record is a sentence with at least one gold event coded with a CAMEO code, a
   * source and a target; those events are scored, by CAMEO root and the country part of the codes
   * as petrarch2-gsr is ({@link #spanishCountry}: "~CVL" and "---CVL" name no country). The
   * sentence's other gold events (a code without a source or a target) are kept as {@link
   * EventGold#unscored()}. Sentences with {@code evaluate="false"} are skipped. The record's
   * place outside the sentence ({@code <Location loc_in_sentence="false">}) is not read: the gold
   * codes what the sentence names (an unqualified "el gobierno" is "~GOV", whatever the dateline).
   */
  public static List<EventGold> readUniversalPetrarch(Path file, boolean fight) throws IOException {
    List<EventGold> out = new ArrayList<>();
    for (XmlSentence x : sentences(Files.readString(file, StandardCharsets.UTF_8))) {
      Map<String, String> attributes = x.attributes();
      String body = x.body();
      List<EventGold.GoldEvent> scored = new ArrayList<>();
      List<EventGold.GoldEvent> unscored = new ArrayList<>();
      Matcher coding = CODING.matcher(body);
      while (coding.find()) {
        Map<String, String> values = attributes(coding.group(1));
        String code = values.getOrDefault("eventcode", "");
        if (values.containsKey("noevents") || !code.matches("\\d\\d.*")) {
          continue;
        }
        String source = values.getOrDefault("sourcecode", "").strip();
        String target = values.getOrDefault("targetcode", "").strip();
        boolean full = !noActor(source) && !noActor(target);
        EventGold.GoldEvent event = new EventGold.GoldEvent(code.substring(0, 2),
            noActor(source) ? List.of() : List.of(spanishCountry(source)),
            noActor(target) ? List.of() : List.of(spanishCountry(target)));
        (full ? scored : unscored).add(event);
      }
      if (scored.isEmpty()) {
        continue;
      }
      String sentenceText = x.text().strip();
      if (fight) {
        int bar = sentenceText.indexOf(" | ");
        if (bar >= 0 && bar < 60) {
          sentenceText = sentenceText.substring(bar + 3).strip();
        }
      }
      sentenceText = unescape(sentenceText).replaceAll("\\s+", " ");
      out.add(new EventGold(attributes.getOrDefault("id", "sentence-" + out.size()), sentenceText,
          attributes.get("date"), scored, unscored));
    }
    return out;
  }

  /** One {@code <Sentence>} of a PETRARCH-style gold file that is to be evaluated and has a text. */
  private record XmlSentence(Map<String, String> attributes, String body, String text) {}

  /** The sentences of a PETRARCH-style gold file, without those marked {@code evaluate="false"} or without text. */
  private static List<XmlSentence> sentences(String xml) {
    List<XmlSentence> out = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(xml);
    while (sentence.find()) {
      Map<String, String> attributes = attributes(sentence.group(1));
      if ("false".equals(attributes.get("evaluate"))) {
        continue;
      }
      String body = sentence.group(2);
      Matcher text = TEXT.matcher(body);
      if (text.find()) {
        out.add(new XmlSentence(attributes, body, text.group(1)));
      }
    }
    return out;
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** An empty actor code: no actor coded ('---' alone, 'None None'). */
  private static boolean noActor(String code) {
    String c = code.strip();
    return c.isEmpty() || c.equals("---") || c.equals("~") || c.equals("None None");
  }

  /** CAMEO agent codes that stand alone for an actor of no named country ("GOV", "CVL" in the Spanish gold). */
  private static final java.util.Set<String> AGENT_CODES = java.util.Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP",
      "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH", "REF", "AGR", "ENV", "ELI", "INS", "UAF",
      "RAD", "SEP", "REL", "CHR", "MOS", "HRI", "PPL", "DEV", "IMG", "NGM");

  /**
   * The country part of an actor code of the Spanish gold: "VENGOV" → VEN, "~CVL" and "---CVL"
   * (an agent of no country) and a bare agent code ("GOV", "CRM") → "---", the Phoenix codes of
   * the 1990s read as ISO ("KSV" → XKX, "GUA" → GTM, {@link #current}); "IGO…", "NGO…" and "MNC…" keep
   * their first three letters.
   */
  static String spanishCountry(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (c.startsWith("~") || c.startsWith("---")) {
      return "---";
    }
    String head = c.length() >= 3 ? c.substring(0, 3) : c;
    if (AGENT_CODES.contains(head)) {
      return "---";
    }
    String legacy = SPANISH_LEGACY_CODES.get(head);
    return current(legacy != null ? legacy : head);
  }

  private static final Map<String, String> SPANISH_LEGACY_CODES = Map.of("KSV", "XKX", "GUA", "GTM");

  /** The country part of a Phoenix/CAMEO actor code ("USAGOV" → "USA", "---REB" → "---"). */
  static String country(String code) {
    return current(code.length() >= 3 ? code.substring(0, 3) : code);
  }

  /**
   * Early CAMEO country codes that ISO 3166 alpha-3 (which CAMEO later adopted, and Dyad emits)
   * spells differently, read as the ISO code of the same country: the CAMEO 1.1b3 manual's
   * examples, from which plover-gsr was built, still write Japan as JAP, Italy as ITL and Vietnam
   * as VTN. A code with a sector after the country ("JAPGOV") keeps its sector.
   */
  static String current(String code) {
    if (code.length() < 3) {
      return code;
    }
    String iso = LEGACY_COUNTRY_CODES.get(code.substring(0, 3));
    return iso == null ? code : iso + code.substring(3);
  }

  private static final Map<String, String> LEGACY_COUNTRY_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  private static Map<String, String> attributes(String text) {
    Map<String, String> out = new java.util.HashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }
}
