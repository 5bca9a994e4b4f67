package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Gives a country to state actors the text names without one: "Foreign Ministry spokesman Nasser
 * Kanaani" after "Iran denied the accusation.", "the health ministry", "protesters" (CAMEO codes protesters as the opposition, OPP). The country is
 * the one the text is about at that point: the nearest earlier actor with a country in the same
 * paragraph, else the article's dominant country (the country mentioned most, strictly more than
 * any other, at least twice), else the only country the text names at all. A role phrase that finds no country is dropped; a named person keeps
 * no country (and so no code: a sector alone is never a code).
 */
final class ContextCountry {

  /**
   * Sectors that belong to one country: a person or body of them needs a country to be coded.
   * Civilians ("people", "civilians") are left out: whose they are is seldom the nearest country.
   */
  static final Set<String> BOUND_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "ELI",
      "RAD", "SEP");

  private ContextCountry() {}

  /**
   * @param knowledge well-known people keep the country of their office (not the context's)
   * @param date the article's date, or null
   */
  static List<ActorCandidate> fill(String text, List<Sentence> sentences, List<ActorCandidate> candidates,
      KnowledgeBase knowledge, LocalDate date) {
    return fill(text, sentences, candidates, knowledge, date, false);
  }

  /**
   * As above; with {@code keepUnplaced} a role phrase that finds no country stays an actor of no
   * country instead of being dropped.
   */
  static List<ActorCandidate> fill(String text, List<Sentence> sentences, List<ActorCandidate> candidates,
      KnowledgeBase knowledge, LocalDate date, boolean keepUnplaced) {
    int[] paragraph = paragraphs(text, sentences);
    String dominant = dominantCountry(candidates);
    String only = dominant == null ? onlyCountry(candidates, text, null) : null;
    List<ActorCandidate> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      ActorCandidate c = candidates.get(i);
      boolean contextual = c.key() != null && c.key().startsWith("role:?:");
      boolean countryless = c.country() == null && c.code() == null && c.sector() != null
          && BOUND_SECTORS.contains(c.sector()) && (c.isPersonLike() || c.key() != null && c.key().startsWith("org:"));
      if (countryless && c.isPersonLike() && knowledge.person(c.name(), date).isPresent()) {
        countryless = false;
      }
      if (!contextual && !countryless) {
        out.add(rehomedParty(c, candidates, text, dominant != null ? dominant : only));
        continue;
      }
      String country = contextual ? sameRoleBefore(candidates, i) : null;
      if (country == null && contextual && FORCE_SECTORS.contains(c.sector())) {
        country = officialBefore(candidates, i);
      }
      boolean torn = false;
      if (country == null && contextual && isReporting(c, text) && igoOnlyBefore(candidates, i, text)) {
        // "The Organization of American States will meet on Wednesday, officials said": the
        // officials are as likely the organisation's as those of the country in context
        torn = true;
      }
      if (country == null && !torn) {
        Set<String> here = sentenceCountriesBefore(candidates, i, text);
        if (here.size() > 1) {
          // "a Chinese ship rammed a Philippine boat carrying the armed forces chief": two countries
          // before the actor in its sentence; the nearest is as likely the other side as its own
          torn = true;
          country = here.contains(dominant) ? dominant : null;
        } else {
          country = nearestBefore(candidates, i, paragraph, text);
        }
      }
      if (country == null && !torn) {
        country = dominant;
      }
      if (country == null && dominant == null && !torn) {
        country = onlyCountry(candidates, text, c);
      }
      if (country == null) {
        if (!contextual) {
          out.add(c);
        } else if (keepUnplaced) {
          out.add(c.withKey("role:-" + c.key().substring("role:?".length())));
        }
        continue;
      }
      String key = contextual ? "role:" + country + c.key().substring("role:?".length()) : c.key();
      out.add(new ActorCandidate(c.sentence(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(), key,
          c.name(), c.kind(), country, c.sector(), country + c.sector(), c.role(), c.personName(), c.dictionary()));
    }
    return out;
  }

  /** Words after a place that make it say where something is based, not whose it is. */
  private static final List<String> PLACE_SUFFIXES = placeSuffixes();

  /** "-based", "-born", "-headquartered" and the ties of {@link ActorSentenceReader#AFFILIATION_SUFFIXES} ("Iran-backed"), spaced or not. */
  private static List<String> placeSuffixes() {
    List<String> words = new ArrayList<>(List.of("based", "born", "headquartered"));
    words.addAll(new java.util.TreeSet<>(ActorSentenceReader.AFFILIATION_SUFFIXES));
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add("-" + w);
      out.add(" -" + w);
      out.add("- " + w);
      out.add(" - " + w);
    }
    return List.copyOf(out);
  }

  /**
   * A mention that tells which country the text is about: a country (or its capital, demonym), a
   * place in a country, or a country's role phrase; not an organisation or a person (a news agency's
   * correspondent says nothing about the story's country), nor "a UK-based group".
   */
  private static boolean isSource(ActorCandidate c, String text) {
    if (c.country() == null || c.key() == null) {
      return false;
    }
    boolean kind = c.key().startsWith("country:") || c.key().startsWith("place:")
        || c.key().startsWith("role:") && !c.key().startsWith("role:?:");
    if (!kind) {
      return false;
    }
    String after = text.substring(c.end(), Math.min(text.length(), c.end() + 16)).toLowerCase(java.util.Locale.ROOT);
    for (String suffix : PLACE_SUFFIXES) {
      if (after.startsWith(suffix)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A party name several countries share ("Democratic Party": the United States, South Korea,
   * Japan...) in a story about another country that never names the party's default home is that
   * country's party.
   */
  private static ActorCandidate rehomedParty(ActorCandidate c, List<ActorCandidate> candidates, String text,
      String dominant) {
    if (dominant == null || !"PTY".equals(c.sector()) || c.country() == null || c.country().equals(dominant)
        || c.key() == null || !c.key().startsWith("org:") || namesOwnCountry(c)) {
      return c;
    }
    for (ActorCandidate other : candidates) {
      if (other != c && c.country().equals(other.country()) && isSource(other, text)) {
        return c;
      }
    }
    return new ActorCandidate(c.sentence(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text(),
        "org:" + dominant + "PTY:" + c.name(), c.name(), c.kind(), dominant, c.sector(), dominant + c.sector(), c.role(),
        c.personName(), c.dictionary());
  }

  /** "Chinese Communist Party", "Bharatiya Janata Party": a party whose name is its own, not a shared one. */
  private static boolean namesOwnCountry(ActorCandidate c) {
    String name = c.name().toLowerCase(java.util.Locale.ROOT);
    return !SHARED_PARTY_NAMES.contains(name) && !SHARED_PARTY_NAMES.contains(c.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** Party names used in many countries. */
  private static final Set<String> SHARED_PARTY_NAMES = Set.of("democratic party", "democrats", "republican party",
      "republicans", "communist party", "labour party", "labor party", "conservative party", "liberal party",
      "socialist party", "green party", "greens", "national party", "people's party", "social democratic party",
      "social democrats", "liberal democratic party", "progressive party", "workers' party");

  /**
   * "the junta" after "Mali junta": the country an earlier mention of the same role named, when
   * the article named exactly one (after "Indian troops" and "Pakistani troops", "troops" is
   * left to the context).
   */
  private static String sameRoleBefore(List<ActorCandidate> candidates, int index) {
    String[] own = candidates.get(index).key().split(":", 4);
    if (own.length < 4) {
      return null;
    }
    String found = null;
    for (int j = 0; j < index; j++) {
      ActorCandidate earlier = candidates.get(j);
      if (earlier.key() == null || !earlier.key().startsWith("role:") || earlier.key().startsWith("role:?:")) {
        continue;
      }
      String[] parts = earlier.key().split(":", 4);
      if (parts.length < 4 || !parts[2].equals(own[2]) || !parts[3].equals(own[3]) || earlier.country() == null) {
        continue;
      }
      if (found != null && !found.equals(earlier.country())) {
        return null;
      }
      found = earlier.country();
    }
    return found;
  }

  /** Sectors of forces an official of their country commands ("told troops"). */
  private static final Set<String> FORCE_SECTORS = Set.of("MIL", "COP");

  /** Sectors of officials whose country a body or group they address shares. */
  private static final Set<String> OFFICIAL_SECTORS = Set.of("GOV", "MIL");

  /**
   * "Israeli Defence Minister Yoav Gallant told troops": a government or military official of a
   * country earlier in the same sentence speaks to, or of, his own country's forces and bodies.
   */
  private static String officialBefore(List<ActorCandidate> candidates, int index) {
    ActorCandidate c = candidates.get(index);
    for (int j = index - 1; j >= 0; j--) {
      ActorCandidate earlier = candidates.get(j);
      if (earlier.sentence() != c.sentence()) {
        return null;
      }
      if (earlier.isPersonLike() && earlier.country() != null && earlier.sector() != null
          && OFFICIAL_SECTORS.contains(earlier.sector())) {
        return earlier.country();
      }
    }
    return null;
  }

  private static String nearestBefore(List<ActorCandidate> candidates, int index, int[] paragraph, String text) {
    ActorCandidate c = candidates.get(index);
    int own = paragraphOf(paragraph, c.sentence());
    for (int j = index - 1; j >= 0; j--) {
      ActorCandidate earlier = candidates.get(j);
      if (paragraphOf(paragraph, earlier.sentence()) != own) {
        return null;
      }
      if (isSource(earlier, text)) {
        return earlier.country();
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
      "^\\s+(said|say|says|told|added)\\b");

  /** "officials said": an unnamed source of what the sentence reports, not an actor in it. */
  private static boolean isReporting(ActorCandidate c, String text) {
    return REPORTING.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12))).find();
  }

  /**
   * An international organisation and no country before the actor at {@code index} in its own
   * sentence.
   */
  private static boolean igoOnlyBefore(List<ActorCandidate> candidates, int index, String text) {
    ActorCandidate c = candidates.get(index);
    boolean igo = false;
    for (int j = index - 1; j >= 0 && candidates.get(j).sentence() == c.sentence(); j--) {
      ActorCandidate earlier = candidates.get(j);
      if (isSource(earlier, text) || earlier.isPersonLike() && earlier.country() != null) {
        return false;
      }
      if (earlier.key() != null && earlier.key().startsWith("org:") && earlier.country() == null
          && earlier.code() != null && earlier.code().startsWith("IGO")) {
        igo = true;
      }
    }
    return igo;
  }

  /** The countries of the sources before the actor at {@code index} in its own sentence. */
  private static Set<String> sentenceCountriesBefore(List<ActorCandidate> candidates, int index, String text) {
    ActorCandidate c = candidates.get(index);
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int j = index - 1; j >= 0 && candidates.get(j).sentence() == c.sentence(); j--) {
      if (isSource(candidates.get(j), text)) {
        out.add(candidates.get(j).country());
      }
    }
    return out;
  }

  private static int paragraphOf(int[] paragraph, int sentence) {
    return sentence >= 0 && sentence < paragraph.length ? paragraph[sentence] : -1;
  }

  /** Paragraph number of each sentence: a line break between two sentences starts a new one. */
  static int[] paragraphs(String text, List<Sentence> sentences) {
    int[] out = new int[sentences.size()];
    int number = 0;
    int previousEnd = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (previousEnd >= 0 && s.start() >= previousEnd && text.substring(previousEnd, s.start()).indexOf('\n') >= 0) {
        number++;
      }
      out[i] = number;
      previousEnd = s.end();
    }
    return out;
  }

  /**
   * The one country a text names, when it names exactly one (by name, capital, demonym, place or a
   * role phrase: "said Vietnam is committed", "against 28 Chilean officials"): a short text about
   * one country is about that country.
   */
  private static String onlyCountry(List<ActorCandidate> candidates, String text, ActorCandidate actor) {
    String only = null;
    for (ActorCandidate c : candidates) {
      // a person whose own title names the country ("Algerian President X") names it too
      boolean titled = c.isPersonLike() && c.country() != null && c.sector() != null && c.key() == null;
      if (!isSource(c, text) && !titled || actor != null && isCounterpart(c, actor, text)) {
        continue;
      }
      if (only == null) {
        only = c.country();
      } else if (!only.equals(c.country())) {
        return null;
      }
    }
    return only;
  }

  /**
   * "The government thanked Japan for its support", "Police arrested three Chinese nationals": a
   * country named after the actor in its own clause is the other side of what the actor does, not
   * the actor's home. Not so when it says where ("clashed with protesters in Kenya"), when it comes
   * with a body of its own ("investigations against Chilean government officials": a domestic
   * story) or in a reported clause ("the minister said Vietnam is committed").
   */
  private static boolean isCounterpart(ActorCandidate c, ActorCandidate actor, String text) {
    if (c.sentence() != actor.sentence() || c.start() < actor.end() || c.key() == null
        || !c.key().startsWith("country:")) {
      return false;
    }
    String between = text.substring(actor.end(), c.start()).toLowerCase(java.util.Locale.ROOT);
    for (String preposition : LOCATIVE_PREPOSITIONS) {
      if (between.endsWith(preposition) || between.endsWith(preposition + "the ")) {
        return false;
      }
    }
    for (String word : WORD.split(between)) {
      if (CLAUSE_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\p{L}]+");

  /** Prepositions that make a country after an actor the place it acts in. */
  private static final List<String> LOCATIVE_PREPOSITIONS = List.of(" in ", " across ", " throughout ", " inside ");

  /** Words that open a reported or subordinate clause between an actor and a country. */
  private static final Set<String> CLAUSE_WORDS = Set.of("said", "says", "say", "saying", "told", "tells", "stated",
      "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "after", "before", "as", "if");

  private static String dominantCountry(List<ActorCandidate> candidates) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorCandidate c : candidates) {
      if (c.key() != null && c.key().startsWith("country:")) {
        counts.merge(c.country(), 1, Integer::sum);
      }
    }
    Ranking r = Ranking.of(counts);
    return r.bestCount() >= 2 && r.bestCount() > r.second() ? r.best() : dominantByAllMentions(candidates);
  }

  /**
   * When the country names alone tie ("UK" and "Rwanda" four times each in a story on Britain's
   * Rwanda plan), the country of every mention that carries one decides: its leaders, parties,
   * ministries and demonyms ("Sunak", "Tories", "Britons"); it must hold at least twice as many
   * mentions as any other country and at least three.
   */
  private static String dominantByAllMentions(List<ActorCandidate> candidates) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorCandidate c : candidates) {
      if (c.country() != null && (c.key() == null || !c.key().startsWith("role:?:"))) {
        counts.merge(c.country(), 1, Integer::sum);
      }
    }
    Ranking r = Ranking.of(counts);
    return r.bestCount() >= 3 && r.bestCount() >= 2 * r.second() ? r.best() : null;
  }

  /** The country counted most, its count, and the runner-up's count. */
  private record Ranking(String best, int bestCount, int second) {
    static Ranking of(Map<String, Integer> counts) {
      String best = null;
      int bestCount = 0;
      int second = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > bestCount) {
          second = bestCount;
          best = e.getKey();
          bestCount = e.getValue();
        } else if (e.getValue() > second) {
          second = e.getValue();
        }
      }
      return new Ranking(best, bestCount, second);
    }
  }
}
