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
      "RAD");

  private ContextCountry() {}

  /**
   * @param knowledge well-known people keep the country of their office (not the context's)
   * @param date the article's date, or null
   */
  static List<ActorCandidate> fill(String text, List<Sentence> sentences, List<ActorCandidate> candidates,
      KnowledgeBase knowledge, LocalDate date) {
    int[] paragraph = paragraphs(text, sentences);
    String dominant = dominantCountry(candidates);
    if (dominant == null) {
      dominant = onlyCountry(candidates, text);
    }
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
        out.add(c);
        continue;
      }
      String country = nearestBefore(candidates, i, paragraph, text);
      if (country == null) {
        country = dominant;
      }
      if (country == null) {
        if (!contextual) {
          out.add(c);
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
  private static final List<String> PLACE_SUFFIXES = List.of("-based", "-born", "-headquartered", " -based",
      "- based");

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
  private static String onlyCountry(List<ActorCandidate> candidates, String text) {
    String only = null;
    for (ActorCandidate c : candidates) {
      if (!isSource(c, text)) {
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

  private static String dominantCountry(List<ActorCandidate> candidates) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorCandidate c : candidates) {
      if (c.key() != null && c.key().startsWith("country:")) {
        counts.merge(c.country(), 1, Integer::sum);
      }
    }
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
    return bestCount >= 2 && bestCount > second ? best : null;
  }
}
