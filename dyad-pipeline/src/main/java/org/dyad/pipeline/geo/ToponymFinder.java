package org.dyad.pipeline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.geo.GeoGazetteer.Candidate;
import org.dyad.pipeline.geo.GeoGazetteer.NameKind;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Finds the toponyms of a document from its tokens (no parse needed):
 * <ul>
 *   <li>runs of tokens the NER tags LOCATION that the gazetteer knows (or a shorter form of);</li>
 *   <li>capitalised runs the gazetteer knows that the NER left untagged, when the words around
 *       them ask for a place ("in", "near", "the town of", "X province", "X, a city in Y") or the
 *       name is a country, a continent or a large place ({@value #UNTAGGED_MINIMUM_POPULATION}
 *       people or more) and not at the start of a sentence;</li>
 *   <li>demonyms and adjectives of countries and continents ("Russian", "European"), which the
 *       geoparsing gold sets count as toponyms;</li>
 *   <li>the dateline ("KABUL, Afghanistan (Reuters) -").</li>
 * </ul>
 * Names the NER tags PERSON or ORGANIZATION are not toponyms ("Jordan" the player, "Bank of
 * America"), except a country name (the NER often tags "U.S." an organisation). A name written in
 * capitals only must be a known acronym of a country ("US", "UK") or the dateline.
 */
public final class ToponymFinder {

  static final long UNTAGGED_MINIMUM_POPULATION = 100_000;
  private static final int MAX_TOKENS = 5;
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "from", "to", "outside", "across",
      "around", "into", "toward", "towards", "through", "throughout", "inside", "via", "between");
  /** Words that may stand before a place's name in a longer name of the same place ("Northern Idlib", "Greater London"). */
  private static final Set<String> QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "far", "upper", "lower", "greater", "inner", "outer", "old", "new");
  private static final Set<String> DIVISION_WORDS = Set.of("province", "governorate", "oblast", "region", "state",
      "district", "prefecture", "county", "city", "town", "village");
  private static final Set<String> NEVER_ALONE = Set.of("said", "says", "president", "minister", "mr", "mrs", "ms",
      "dr", "god", "march", "may", "june", "july", "april", "august", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "september", "october", "november", "december", "north",
      "south", "east", "west", "central", "street", "university", "government", "police", "army", "news", "state",
      "city", "county", "republic", "union", "democrats", "republicans", "reuters", "associated", "press", "i", "a",
      "the", "this", "that", "but", "and", "or", "if", "as", "it", "he", "she", "we", "they", "you", "his", "her");

  private final GeoGazetteer gazetteer;
  private final org.dyad.pipeline.knowledge.KnowledgeBase knowledge;

  public ToponymFinder(GeoGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.knowledge = org.dyad.pipeline.knowledge.KnowledgeBase.builtIn();
  }

  /** The toponyms of an annotated document, in text order, without overlaps. */
  public List<ToponymMention> find(AnnotatedArticle article) {
    String text = article.text();
    List<ToponymMention> out = new ArrayList<>();
    int dateline = ToponymResolver.datelineEnd(text);
    for (Sentence sentence : article.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      ToponymMention previous = null;
      while (i < tokens.size()) {
        ToponymMention found = longestAt(text, sentence, i, dateline, previous);
        if (found != null) {
          out.add(found);
          previous = found;
          while (i < tokens.size() && tokens.get(i).start() < found.end()) {
            i++;
          }
        } else {
          i++;
        }
      }
    }
    out.sort(Comparator.comparingInt(ToponymMention::start));
    return out;
  }

  /** The longest toponym starting at token {@code first}, or null. */
  private ToponymMention longestAt(String text, Sentence sentence, int first, int dateline, ToponymMention previous) {
    List<Token> tokens = sentence.tokens();
    Token head = tokens.get(first);
    if (!startsCapitalised(head.text()) || NEVER_ALONE.contains(head.text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int limit = Math.min(tokens.size(), first + MAX_TOKENS);
    for (int end = limit; end > first; end--) {
      Token last = tokens.get(end - 1);
      if (!isNameToken(last) && end - 1 > first) {
        continue;
      }
      if (!allNameTokens(tokens, first, end)) {
        continue;
      }
      String phrase = text.substring(head.start(), last.end());
      List<Candidate> candidates = gazetteer.lookup(phrase);
      if (candidates.isEmpty()) {
        continue;
      }
      String accepted = accept(text, sentence, first, end, phrase, candidates, dateline, previous);
      if (accepted != null) {
        return new ToponymMention(head.start(), last.end(), phrase, ToponymMention.Hint.ANY, accepted);
      }
    }
    return null;
  }

  /** Whether the text between {@code start} and {@code end} stands alone in parentheses: "(AP)", "(Reuters)". */
  static boolean parenthesised(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    int after = end;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before >= 0 && text.charAt(before) == '(' && after < text.length() && text.charAt(after) == ')';
  }

  /** How the run was found when it is a toponym (ner, gazetteer, adjective, dateline), else null. */
  private String accept(String text, Sentence sentence, int first, int end, String phrase, List<Candidate> candidates,
      int dateline, ToponymMention previous) {
    List<Token> tokens = sentence.tokens();
    boolean country = false;
    boolean adjective = false;
    long population = 0;
    for (Candidate c : candidates) {
      GeoPlace p = c.place();
      if (c.nameKind() == NameKind.ADJECTIVE) {
        adjective = true;
      } else if (p.isCountry() || "CONT".equals(p.featureCode())) {
        country = true;
      }
      if (c.nameKind() == NameKind.PRIMARY) {
        // an untagged name is a place by its own name: alternate names hold too many words
        // ("Islamic State" is another name of no place worth reading it as)
        population = Math.max(population, p.isDivision() ? p.population() / 10 : p.population());
      }
    }
    boolean capitalsOnly = phrase.equals(phrase.toUpperCase(Locale.ROOT)) && phrase.chars().anyMatch(Character::isLetter);
    if (tokens.get(first).start() < dateline && sentence.index() == 0 && parenthesised(text, tokens.get(first).start(),
        tokens.get(end - 1).end())) {
      return null; // "KABUL, Afghanistan (AP) —": the agency, not Andhra Pradesh
    }
    if (tokens.get(first).start() < dateline && capitalsOnly && sentence.index() == 0) {
      return "dateline";
    }
    if (capitalsOnly && phrase.replace(".", "").length() <= 3) {
      // "US", "UK", "U.S.": only a country's own acronym
      boolean acronym = false;
      for (org.dyad.pipeline.knowledge.Term term : knowledge.lookup(phrase)) {
        if (term.type() == org.dyad.pipeline.knowledge.Term.Type.COUNTRY) {
          acronym = true;
        }
      }
      return acronym ? "gazetteer" : null;
    }
    String ner = commonNer(tokens, first, end);
    if (adjective && !country) {
      return end - first == 1 && (ner.equals("MISC") || ner.equals("O") || ner.equals("LOCATION")) ? "adjective" : null;
    }
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
      return country && end - first == 1 ? "gazetteer" : null;
    }
    // in capitals ("MARINE ENERGY WALES ANNUAL CONFERENCE") every word is capitalised: the run says nothing
    Part part = country || capitalsOnly ? Part.WHOLE : part(tokens, first, end);
    if (part == Part.TAIL && placeBefore(tokens, first, previous) && (population >= UNTAGGED_MINIMUM_POPULATION
        || DIVISION_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT)))) {
      part = Part.WHOLE; // a second place right after a first, with no comma between: "Maiduguri Borno State"
    }
    boolean ownName = candidates.stream().anyMatch(c -> c.nameKind() == NameKind.PRIMARY);
    if (part == Part.TAIL || part == Part.HEAD && (!ownName || end - first == 1
        && QUALIFIERS.contains(phrase.toLowerCase(Locale.ROOT)))) {
      // "River" of "Raritan River", "Hospital" of "Colchester General Hospital"; "Northern" of "Northern Idlib";
      // the NER vouches for the whole, not for a head that is only another name of a place ("River" of "River Lagan")
      return null;
    }
    Token before = first > 0 ? tokens.get(first - 1) : null;
    Token after = end < tokens.size() ? tokens.get(end) : null;
    if (!country && after != null && startsCapitalised(after.text())
        && DIVISION_WORDS.contains(after.text().toLowerCase(Locale.ROOT)) && !namesKindAsked(after, candidates)) {
      // "Empire State Chick-fil-A's": the name of a state, and Empire is only a town
      return null;
    }
    if (ner.equals("LOCATION")) {
      return "ner";
    }
    if (country) {
      return "gazetteer";
    }
    if (ner.equals("MISC")) {
      return null;
    }
    boolean asked = !modifiesCommonNoun(after) && (
        before != null && PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))
        || before != null && before.text().equalsIgnoreCase("and") && placeBefore(tokens, first - 1, previous))
        || after != null && DIVISION_WORDS.contains(after.text().toLowerCase(Locale.ROOT))
        || before != null && before.text().equals(",") && first >= 2 && isPlaceTagged(tokens.get(first - 2))
        || after != null && after.text().equals(",") && end + 1 < tokens.size() && isPlaceTagged(tokens.get(end + 1));
    if (asked && population >= 1_000) {
      return "gazetteer";
    }
    if (first > 0 && population >= UNTAGGED_MINIMUM_POPULATION) {
      return "gazetteer";
    }
    return null;
  }

  /** Whether a place a name may mean is of the kind a division word after it asks for: a division, or a town. */
  private static boolean namesKindAsked(Token divisionWord, List<Candidate> candidates) {
    String word = divisionWord.text().toLowerCase(Locale.ROOT);
    boolean town = word.equals("city") || word.equals("town") || word.equals("village");
    for (Candidate c : candidates) {
      if ("A".equals(c.place().featureClass()) || town && c.place().isCity()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token before token {@code at} ends a place: a toponym already found (not an adjective: "Arab
   * and Western interests") or a name the NER tags LOCATION. Before "and", the conjunct it joins a name to.
   */
  private static boolean placeBefore(List<Token> tokens, int at, ToponymMention previous) {
    if (at < 1) {
      return false;
    }
    Token conjunct = tokens.get(at - 1);
    if (previous != null && previous.end() == conjunct.end()) {
      return !"adjective".equals(previous.found());
    }
    return isPlaceTagged(conjunct);
  }

  /** Whether the token after a name is a common noun in lower case it modifies ("Western interests"), not "province". */
  static boolean modifiesCommonNoun(Token after) {
    if (after == null || after.pos() == null || !after.pos().startsWith("NN") || after.pos().startsWith("NNP")) {
      return false;
    }
    String word = after.text();
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
        && !DIVISION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Where a name stands in the capitalised run around it. */
  enum Part {
    /** the run is the name, maybe with a direction before or a division word after ("Northern Idlib Province") */
    WHOLE,
    /**
     * the name begins a longer name ("Manila" of "Manila Cathedral", "Empire" of "Empire State Chick-fil-A's"): a
     * place when it is a place's own name the finder would take anyway, as the gold sets read the place of a
     * building, but not a direction ("Northern" of "Northern Idlib") nor a town a division word after it does not
     * fit ("Empire State")
     */
    HEAD,
    /** the name ends or sits inside a longer name ("River" of "Raritan River", "York" of "The New York Times") */
    TAIL
  }

  /**
   * Where tokens {@code first..end} stand in the capitalised run around them: the whole of it, or only part of a
   * longer name of something else, whose other words are more than a direction before ("Northern Idlib") or
   * division words after ("Idlib Province"). A name the NER tags LOCATION on its own, with the words next to it
   * untagged ("Chicago Mayor Lori Lightfoot", "Texas Gov."), is whole; one inside a run the NER tags LOCATION
   * as a whole ("Raritan River") is not. A capitalised first word of a sentence joins the run only when tagged a
   * proper noun ("Yesterday Kabul ...").
   */
  static Part part(List<Token> tokens, int first, int end) {
    boolean tagged = false;
    for (int i = first; i < end; i++) {
      tagged |= isPlaceTagged(tokens.get(i));
    }
    for (int i = first - 1; i >= 0 && joinsRun(tokens, i); i--) {
      Token t = tokens.get(i);
      if (QUALIFIERS.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!tagged || isPlaceTagged(t)) {
        return Part.TAIL;
      }
      break;
    }
    for (int i = end; i < tokens.size() && joinsRun(tokens, i); i++) {
      Token t = tokens.get(i);
      if (DIVISION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!tagged || isPlaceTagged(t)) {
        return Part.HEAD;
      }
      break;
    }
    return Part.WHOLE;
  }

  private static boolean joinsRun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!isNameToken(t) || t.text().chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return i > 0 || t.pos() != null && t.pos().startsWith("NNP");
  }

  private static boolean isPlaceTagged(Token token) {
    return "LOCATION".equals(token.ner());
  }

  /** The NER tag the run's tokens share: LOCATION when any is one, else the first's. */
  private static String commonNer(List<Token> tokens, int first, int end) {
    String tag = tokens.get(first).ner();
    for (int i = first; i < end; i++) {
      if ("LOCATION".equals(tokens.get(i).ner())) {
        return "LOCATION";
      }
    }
    return tag == null ? "O" : tag;
  }

  private static boolean allNameTokens(List<Token> tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      boolean inner = i > first && i < end - 1;
      if (!isNameToken(t) && !(inner && isJoiner(t.text()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJoiner(String word) {
    return word.equals("of") || word.equals("de") || word.equals("-") || word.equals("el") || word.equals("al")
        || word.equals("la") || word.equals("and") || word.equals("upon") || word.equals("on");
  }

  private static boolean isNameToken(Token t) {
    return startsCapitalised(t.text());
  }

  private static boolean startsCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
