package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.knowledge.Country;
import org.dyad.pipeline.knowledge.DictionaryActor;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.knowledge.KnownPerson;
import org.dyad.pipeline.knowledge.Organization;
import org.dyad.pipeline.knowledge.Phrases;
import org.dyad.pipeline.knowledge.Place;
import org.dyad.pipeline.knowledge.Role;
import org.dyad.pipeline.knowledge.Term;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Reads the actor mentions of one sentence, in this order:
 *
 * <ol>
 *   <li>knowledge-base phrases, longest first, left to right (case rules: "US" but not "us"); then
 *       country words the case rules miss: odd capitals ("iSrael") and a lower-case demonym before a
 *       role noun ("tunisian rioters");
 *   <li>people found by NER, with the title phrase before the name ("French defence
 *       minister Jean Dupont": country, sector and role) and an apposition after it
 *       ("X, a senior fellow at the Brookings Institution": role and affiliation);
 *   <li>role phrases anchored on a country or organisation: a demonym or country before a role
 *       noun or body makes a country-sector actor ("Russian foreign ministry" → RUS GOV, "U.S.
 *       military" → USA MIL); an organisation before a role noun is a mention of the organisation
 *       ("Taliban leaders" → Taliban); a body naming its country ("Kremlin") stands alone; an anchor
 *       tied by a hyphenated participle ("Al-Qaeda-linked rebels", "Iran-backed militias") is not the
 *       role's owner;
 *   <li>organisations and places found by NER that the knowledge base does not know (a name with a
 *       country and a business or news word is that country's company or outlet: "Air France" →
 *       FRABUS, "China Daily" → CHNMED);
 *   <li>the remaining knowledge-base phrases, right to left: countries, demonyms and capitals as
 *       the country ("Moscow's strategy" → Russia; "a London-based institute" is a place, not the
 *       country; "ethnic Albanians" are not Albania), organisations, places.
 * </ol>
 *
 * Role nouns without a country or organisation ("a spokeswoman") make no actor.
 */
final class ActorSentenceReader {

  private static final Set<String> MODIFIER_TAGS =
      Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG");
  private static final Set<String> PLACE_SUFFIXES = Set.of("based", "born", "headquartered");
  /** Words that make a title a former one: CAMEO codes former officials as elites (ELI). */
  private static final Set<String> FORMER = Set.of("former", "ousted", "ex", "deposed", "exiled", "toppled");
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");
  private static final int MAX_PLAIN_MODIFIERS = 3;
  private static final int MAX_APPOSITION_TOKENS = 14;

  private final KnowledgeBase knowledge;
  private final ActorWords words;
  private final LocalDate date;
  private final String text;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final Match[] startingAt;
  private final Match[] endingAt;
  private final Match[] coveringAt;
  private final boolean[] consumed;
  private final List<ActorCandidate> found = new ArrayList<>();
  private final Map<Integer, ActorCandidate> roleCandidateAt = new HashMap<>();
  private final Map<String, Place> placeChoices;
  private int[][] personAt;

  /** A knowledge-base phrase over tokens [first, end). */
  record Match(int first, int end, Term term) {

    Term.Type type() {
      return term.type();
    }

    /** A country-like or organisation phrase that can anchor a role ("Russian", "Taliban"). */
    boolean isAnchor() {
      return switch (term.type()) {
        case COUNTRY, DEMONYM, CAPITAL, ORGANIZATION -> true;
        case ROLE -> term.role().country() != null;
        case PLACE -> false;
        case ACTOR -> true;
      };
    }
  }

  /**
   * @param date the date dictionary actors' dated codes are read on (publication), or null
   */
  ActorSentenceReader(KnowledgeBase knowledge, LocalDate date, String text, Sentence sentence) {
    this(knowledge, date, text, sentence, Map.of());
  }

  /**
   * @param placeChoices the place an ambiguous name means in this article ({@link PlaceChoice}), by
   *     {@link Phrases#key} of the name
   */
  ActorSentenceReader(KnowledgeBase knowledge, LocalDate date, String text, Sentence sentence,
      Map<String, Place> placeChoices) {
    this(knowledge, ActorWords.ENGLISH, date, text, sentence, placeChoices);
  }

  /** As above, reading the function words of {@code words}' language. */
  ActorSentenceReader(KnowledgeBase knowledge, ActorWords words, LocalDate date, String text, Sentence sentence,
      Map<String, Place> placeChoices) {
    this.words = words;
    this.placeChoices = placeChoices;
    this.knowledge = knowledge;
    this.date = date;
    this.text = text;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.startingAt = new Match[tokens.size()];
    this.endingAt = new Match[tokens.size()];
    this.coveringAt = new Match[tokens.size()];
    this.consumed = new boolean[tokens.size()];
  }

  List<ActorCandidate> read() {
    if (tokens.isEmpty()) {
      return found;
    }
    List<int[]> people = nerSpans("PERSON");
    findPhrases(people);
    findCaseVariants();
    people = peopleOutsidePhrases(people);
    boolean titleCase = isTitleCase();
    for (int[] person : people) {
      if (!titleCase || trustedInTitleCase(person)) {
        readPerson(person[0], person[1]);
      }
    }
    for (int[] organization : nerSpans("ORGANIZATION")) {
      if (!titleCase || trustedInTitleCase(organization)) {
        readUnknownOrganization(organization[0], organization[1]);
      }
    }
    for (Match m : matches()) {
      if (m.type() == Term.Type.ROLE && !consumed[m.first()]) {
        readRole(m);
      }
    }
    for (int[] location : nerSpans("LOCATION")) {
      if (!titleCase || trustedInTitleCase(location)) {
        readUnknownPlace(location[0], location[1]);
      }
    }
    List<Match> remaining = matches();
    for (int i = remaining.size() - 1; i >= 0; i--) {
      Match m = remaining.get(i);
      if (!consumed[m.first()]) {
        readPlainPhrase(m);
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  // ---- knowledge-base phrases

  private void findPhrases(List<int[]> people) {
    personAt = new int[tokens.size()][];
    for (int[] p : people) {
      for (int t = p[0]; t < p[1]; t++) {
        personAt[t] = p;
      }
    }
    boolean shouting = isShouting();
    int limit = knowledge.maxPhraseTokens();
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      for (int end = Math.min(tokens.size(), i + limit); end > i && best == null; end--) {
        String surface = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        Term term = choose(knowledge.lookup(surface), surface, shouting);
        if (term != null && (term.type() == Term.Type.CAPITAL || term.type() == Term.Type.PLACE)) {
          Place chosen = placeChoices.get(Phrases.key(surface));
          if (chosen != null) {
            term = Term.place(surface, chosen);
          }
        }
        if (term != null) {
          best = new Match(i, end, term);
        }
      }
      if (best != null && !insidePerson(best, people)) {
        startingAt[best.first()] = best;
        endingAt[best.end() - 1] = best;
        for (int t = best.first(); t < best.end(); t++) {
          coveringAt[t] = best;
        }
        i = best.end();
      } else {
        i++;
      }
    }
  }

  private static final int MAX_CASE_VARIANT_TOKENS = 3;
  private static final int MAX_MODIFIERS_BEFORE_ROLE = 2;

  /**
   * Country words the case rules miss: a country or demonym written in odd capitals ("help iSrael",
   * "ChINA said") is the country; a demonym in lower case right before a role noun ("tunisian
   * rioters", "polish government") is the demonym. A lower-case country name elsewhere stays a word
   * ("turkey", "china", "jordan").
   */
  private void findCaseVariants() {
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      for (int end = Math.min(tokens.size(), i + MAX_CASE_VARIANT_TOKENS); end > i && best == null; end--) {
        best = caseVariant(i, end);
      }
      if (best == null) {
        i++;
        continue;
      }
      startingAt[best.first()] = best;
      endingAt[best.end() - 1] = best;
      for (int t = best.first(); t < best.end(); t++) {
        coveringAt[t] = best;
      }
      i = best.end();
    }
  }

  /** The country-like phrase tokens [first, end) name once their capitals are made regular, or null. */
  private Match caseVariant(int first, int end) {
    boolean odd = false;
    boolean lower = true;
    StringBuilder regular = new StringBuilder();
    for (int t = first; t < end; t++) {
      String word = tokens.get(t).text();
      if (coveringAt[t] != null || personAt[t] != null || word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
        return null;
      }
      odd |= hasOddCapitals(word);
      lower &= word.chars().noneMatch(Character::isUpperCase);
      if (regular.length() > 0) {
        regular.append(' ');
      }
      regular.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    boolean beforeRole = lower && roleFollows(end);
    if (!odd && !beforeRole) {
      return null;
    }
    Term found = null;
    for (Term t : knowledge.lookup(regular.toString())) {
      boolean wanted = t.type() == Term.Type.DEMONYM
          || odd && (t.type() == Term.Type.COUNTRY || t.type() == Term.Type.CAPITAL);
      if (!wanted || t.fromDictionary() || Phrases.isExactCase(t.surface())) {
        continue;
      }
      if (found != null && !found.entityKey().equals(t.entityKey())) {
        return null;
      }
      found = found == null ? t : found;
    }
    return found == null ? null : new Match(first, end, found);
  }

  /**
   * "iSrael", "iRAN": a lower-case letter followed by a capital. Names written so ("McCain",
   * "iPhone") do not name a country once made regular, so the lookup leaves them alone.
   */
  private static boolean hasOddCapitals(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A role noun (of no country of its own) at {@code at}, or after at most two plain modifiers. */
  private boolean roleFollows(int at) {
    for (int i = at; i < tokens.size() && i <= at + MAX_MODIFIERS_BEFORE_ROLE; i++) {
      Match m = startingAt[i];
      if (m != null) {
        return m.type() == Term.Type.ROLE && m.term().role().country() == null;
      }
      Token t = tokens.get(i);
      if (coveringAt[i] != null || !(t.pos().startsWith("JJ") || t.text().equals("-"))) {
        return false;
      }
    }
    return false;
  }

  /** The one meaning a phrase takes, or null when none or when equally good meanings disagree. */
  private static Term choose(List<Term> terms, String surface, boolean shouting) {
    Term best = null;
    int bestRank = Integer.MAX_VALUE;
    boolean ambiguous = false;
    for (Term t : terms) {
      if (shouting && Phrases.isExactCase(t.surface()) && t.surface().length() <= 3) {
        continue;
      }
      int rank = rank(t);
      if (rank < bestRank) {
        best = t;
        bestRank = rank;
        ambiguous = false;
      } else if (rank == bestRank && !t.entityKey().equals(best.entityKey())) {
        ambiguous = true;
      }
    }
    return ambiguous ? null : best;
  }

  /** Lower is better; Dyad's own entries come before a user dictionary's. */
  private static int rank(Term t) {
    int rank = switch (t.type()) {
      case ORGANIZATION -> 0;
      case ROLE -> t.role().country() != null ? 1 : 4;
      case COUNTRY -> 2;
      case CAPITAL -> 3;
      case DEMONYM -> 5;
      case PLACE -> 6;
      case ACTOR -> 7;
    };
    return t.fromDictionary() ? rank + 10 : rank;
  }

  /** A headline in capitals: acronyms such as "IS" or "US" are not trusted there. */
  private boolean isShouting() {
    int words = 0;
    int capitals = 0;
    for (Token t : tokens) {
      if (t.text().chars().anyMatch(Character::isLetter)) {
        words++;
        if (t.text().chars().noneMatch(Character::isLowerCase)) {
          capitals++;
        }
      }
    }
    return words >= 4 && capitals * 10 > words * 6;
  }

  /** Small words a Title Case headline leaves in lower case. */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "for", "of",
      "to", "in", "on", "at", "by", "with", "as", "from", "into", "over", "after", "amid", "vs", "via", "per", "up");

  /**
   * A headline in Title Case ("Japan Pledges Aid to Help Ukraine Rebuild Power Grid"): every word
   * but small ones is capitalised, so capitals say nothing and NER makes names of ordinary words.
   */
  private boolean isTitleCase() {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      String w = t.text();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isLowerCase(w.charAt(0)) && TITLE_SMALL_WORDS.contains(w)) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return words >= 4 && capitalised == words;
  }

  /** In a Title Case headline an NER span counts only when one word long or a well-known person. */
  private boolean trustedInTitleCase(int[] span) {
    return span[1] - span[0] == 1 || knowledge.person(sentence.text(text, span[0], span[1]), date).isPresent();
  }

  /** A phrase strictly inside a longer person name ("Jordan" in "Michael Jordan") is the name. */
  private boolean insidePerson(Match m, List<int[]> people) {
    int[] p = personAt[m.first()];
    if (p != null && m.end() <= p[1]) {
      boolean longer = p[1] - p[0] > m.end() - m.first();
      boolean placeLike = m.type() == Term.Type.CAPITAL || m.type() == Term.Type.PLACE;
      return longer || placeLike && !placeTakenForAPerson(m, p);
    }
    return false;
  }

  /**
   * "defended Mariupol", "fighting in Bakhmut": NER sometimes calls a lone city name a person; right
   * after a preposition or a verb, a gazetteer place that no known person is named is the place.
   */
  private boolean placeTakenForAPerson(Match m, int[] person) {
    if (person[0] != m.first() || person[1] != m.end() || m.first() == 0) {
      return false;
    }
    String before = tokens.get(m.first() - 1).pos();
    if (!before.equals("IN") && !before.equals("TO") && !before.startsWith("VB")) {
      return false;
    }
    return knowledge.person(sentence.text(text, m.first(), m.end()), date).isEmpty();
  }

  /** NER person spans minus role words at their start; spans taken by phrases are dropped. */
  private List<int[]> peopleOutsidePhrases(List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      int first = span[0];
      int end = span[1];
      while (first < end && startingAt[first] != null && startingAt[first].type() == Term.Type.ROLE
          && startingAt[first].end() <= end) {
        first = startingAt[first].end();
      }
      boolean taken = false;
      for (int i = first; i < end; i++) {
        if (covering(i) != null) {
          taken = true;
          break;
        }
      }
      if (first < end && !taken) {
        out.add(new int[] {first, end});
      }
    }
    return out;
  }

  private Match covering(int token) {
    return coveringAt[token];
  }

  private List<Match> matches() {
    List<Match> out = new ArrayList<>();
    for (Match m : startingAt) {
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private List<int[]> nerSpans(String label) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (label.equals(tokens.get(i).ner())) {
        int j = i + 1;
        while (j < tokens.size() && label.equals(tokens.get(j).ner())) {
          j++;
        }
        out.add(new int[] {i, j});
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  // ---- title phrases ("Russian foreign affairs spokeswoman", "Taliban leaders")

  /** The phrase of anchors, role nouns and modifiers ending just before token {@code end}. */
  private record Chain(int first, int rawFirst, List<Match> anchors, List<Match> roles) {

    boolean isEmpty() {
      return anchors.isEmpty() && roles.isEmpty();
    }

    Match lastRole() {
      return roles.isEmpty() ? null : roles.get(0);
    }

    /** The anchor nearest the role; of two adjacent demonyms, the first ("Bosnian Serb leaders": Bosnia). */
    Match nearestAnchor() {
      return nearestAnchor(lastRole() == null ? null : lastRole().term().role());
    }

    /** {@link #nearestAnchor()} of the chain before {@code role} (null: the chain's own last role). */
    Match nearestAnchor(Role role) {
      if (anchors.isEmpty()) {
        return null;
      }
      Match nearest = anchors.get(0);
      if (anchors.size() > 1 && isPeopleOf(anchors.get(1), nearest)) {
        return anchors.get(1);
      }
      Match delegating = delegatingCountry(role);
      return delegating != null ? delegating : nearest;
    }

    /**
     * "Russia's deputy U.N. ambassador", "the Russian UN envoy": a country before an international
     * organisation before a diplomat's title names whose envoy he is (the organisation is where he
     * serves); "the UN envoy for Syria" names no country before and stays the organisation's.
     */
    private Match delegatingCountry(Role role) {
      Match nearest = anchors.get(0);
      if (anchors.size() < 2 || role == null || nearest.term().type() != Term.Type.ORGANIZATION
          || nearest.term().organization().country() != null || !isDiplomatRole(role)) {
        return null;
      }
      Match before = anchors.get(1);
      Term.Type type = before.term().type();
      return type == Term.Type.COUNTRY || type == Term.Type.DEMONYM ? before : null;
    }
  }

  /** Words of the titles of a country's envoys ("ambassador", "special representative", "delegation"). */
  private static final List<String> DIPLOMAT_WORDS = List.of("ambassador", "envoy", "representative", "diplomat",
      "delegat", "mission");

  private static boolean isDiplomatRole(Role role) {
    String name = role.canonical().toLowerCase(Locale.ROOT);
    for (String word : DIPLOMAT_WORDS) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private Chain chainBefore(int end) {
    List<Match> anchors = new ArrayList<>();
    List<Match> roles = new ArrayList<>();
    int first = end;
    int plain = 0;
    boolean pluralPassed = false;
    int i = end - 1;
    while (i >= 0 && !consumed[i]) {
      Match m = endingAt[i];
      if (m != null && (isPlaceModifier(m) || isAffiliation(m) || m.type() == Term.Type.DEMONYM && isEthnic(m))) {
        break;
      }
      if (m != null && pluralPassed && m.type() == Term.Type.ROLE && m.term().role().kind() == Role.Kind.BODY) {
        break; // "Tunisian court jails opposition leader X": the body is a clause's subject, no title of X
      }
      if (m != null && m.type() != Term.Type.PLACE) {
        pluralPassed = false;
        if (m.type() == Term.Type.ROLE) {
          roles.add(m);
          if (m.isAnchor()) {
            anchors.add(m);
          }
        } else {
          anchors.add(m);
        }
        first = m.first();
        i = m.first() - 1;
        continue;
      }
      Token t = tokens.get(i);
      if (isPossessive(t) && i > 0 && endingAt[i - 1] != null && endingAt[i - 1].isAnchor()) {
        i--;
        continue;
      }
      boolean hyphen = t.text().equals("-") && i > 0 && attached(i); // "pro-Kremlin", not a dash "detainees - Straw"
      if ((hyphen || MODIFIER_TAGS.contains(t.pos())) && !"PERSON".equals(t.ner()) && plain < MAX_PLAIN_MODIFIERS
          && covering(i) == null) {
        plain++;
        pluralPassed |= t.pos().equals("NNS") || t.pos().equals("VBZ");
        i--;
        continue;
      }
      break;
    }
    int rawFirst = i + 1;
    for (Match m : anchors) {
      first = Math.min(first, m.first());
    }
    for (Match m : roles) {
      first = Math.min(first, m.first());
    }
    return new Chain(first, rawFirst, anchors, roles);
  }

  /** A hyphen written against a neighbouring word, not a spaced dash between two phrases. */
  private boolean attached(int i) {
    Token t = tokens.get(i);
    return tokens.get(i - 1).end() == t.start() || i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end();
  }

  private static boolean isPossessive(Token t) {
    String s = t.text().replace('\u2019', '\'');
    return s.equals("'s") || s.equals("'");
  }

  // ---- people

  private void readPerson(int first, int end) {
    Chain chain = chainBefore(first);
    if (chain.isEmpty()) {
      chain = roleBeforeComma(first, end);
    }
    Attributes title = attributes(chain.nearestAnchor(), chain.lastRole());
    if (title.sector != null && unknownBodyBetween(chain.nearestAnchor(), chain.lastRole())) {
      // "Egypt FA spokesman Methat Shalaby": the spokesman of a body Dyad does not know (the FA),
      // not of Egypt's government (the body's country and sector are unknown)
      title = new Attributes(null, null, null, title.role);
    }
    if (title.sector != null && isFormer(chain.rawFirst() - 1, first)) {
      title = new Attributes(title.country, "ELI", null, title.role);
    } else if ("GOV".equals(title.sector) && isShadow(chain.rawFirst() - 1, first)) {
      // "shadow chancellor Oliver Letwin": the opposition's, and no antecedent of "the chancellor"
      title = new Attributes(title.country, "OPP", null, title.role == null ? null : "shadow " + title.role);
    }
    int mentionEnd = end;
    Match of = countryAfterOf(end);
    if (of != null && title.country == null && title.role != null) {
      title = new Attributes(of.term().country().iso3(), title.sector, title.code, title.role);
      mentionEnd = of.end();
    }
    Attributes merged = title.or(apposition(end));
    int mentionFirst = chain.isEmpty() ? first : chain.first();
    String name = sentence.text(text, first, end);
    List<String> words = List.of(name.split("\\s+"));
    add(mentionFirst, mentionEnd, null, name, "person", merged.country, merged.sector, merged.code, merged.role,
        words);
  }

  /**
   * Whether a proper noun or an acronym no term covers stands between a country and the role
   * ("Egypt FA spokesman"): the name of the body whose role it is. After an organisation the
   * body is named already, and such a name says where or on what the role serves ("the Scottish
   * National Party's Holyrood leader", "EU Brexit negotiator").
   */
  private boolean unknownBodyBetween(Match anchor, Match role) {
    if (anchor == null || role == null || anchor == role || anchor.end() > role.first()
        || anchor.type() == Term.Type.ORGANIZATION) {
      return false;
    }
    for (int i = anchor.end(); i < role.first(); i++) {
      Token t = tokens.get(i);
      boolean name = t.pos().equals("NNP") || t.pos().equals("NNPS") || t.text().length() >= 2 && t.text().chars()
          .allMatch(Character::isUpperCase); // "FA", tagged as a common noun
      if (name && !"PERSON".equals(t.ner()) && covering(i) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the acting foreign minister, Amir Khan Muttaqi, said": a role phrase, a comma, then the name
   * closing the clause (a comma, a full stop or a verb after it).
   */
  private Chain roleBeforeComma(int first, int end) {
    Chain none = new Chain(first, first, List.of(), List.of());
    if (first < 2 || !tokens.get(first - 1).text().equals(",")) {
      return none;
    }
    if (end < tokens.size()) {
      Token after = tokens.get(end);
      if (!after.text().equals(",") && !after.text().equals(".") && !after.isVerb()) {
        return none;
      }
    }
    int roleEnd = first - 1;
    int of = roleQualifierStart(first - 1);
    if (of > 0) {
      roleEnd = of;
    }
    Chain chain = chainBefore(roleEnd);
    Match role = chain.lastRole();
    if (role == null || role.term().role().kind() != Role.Kind.PERSON) {
      return none;
    }
    int roleStop = role.end();
    while (words.ownerAfterRole() && roleStop < roleEnd && startingAt[roleStop] != null
        && (startingAt[roleStop].type() == Term.Type.DEMONYM || startingAt[roleStop].type() == Term.Type.COUNTRY)) {
      roleStop = startingAt[roleStop].end(); // "el presidente ruso, Vladimir Putin": the owner after the role
    }
    return roleStop == roleEnd ? chain : none;
  }

  private static final Set<String> ROLE_QUALIFIERS = Set.of("for", "of", "on", "to");
  private static final int MAX_ROLE_QUALIFIER_TOKENS = 6;

  /**
   * "the UN envoy for the Middle East, Tor Wennesland": the start of a short prepositional phrase
   * ("for", "of", "on", "to" + nouns) closing a role before the comma at {@code comma}, or -1.
   */
  private int roleQualifierStart(int comma) {
    for (int i = comma - 1; i >= Math.max(1, comma - MAX_ROLE_QUALIFIER_TOKENS); i--) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(Locale.ROOT);
      if (ROLE_QUALIFIERS.contains(word) || words != ActorWords.ENGLISH && words.isOf(word)) {
        return i < comma - 1 && endingAt[i - 1] != null && endingAt[i - 1].type() == Term.Type.ROLE ? i : -1;
      }
      if (t.isVerb() || word.equals(",") || "PERSON".equals(t.ner())) {
        return -1;
      }
    }
    return -1;
  }

  /** "former", "ousted", "ex-" among tokens [from, to) (from may be -1). */
  private boolean isFormer(int from, int to) {
    return anyWord(from, to, FORMER);
  }

  /** One of {@code words} (lower case) among tokens [from, to) (from may be -1). */
  private boolean anyWord(int from, int to, Set<String> words) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (words.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "shadow" among tokens [from, to) (from may be -1): a Westminster opposition spokesman's title. */
  private boolean isShadow(int from, int to) {
    return anyWord(from, to, SHADOW);
  }

  private static final Set<String> SHADOW = Set.of("shadow");

  /** "King Hassan of Morocco": the country after "of" right after a name. */
  private Match countryAfterOf(int end) {
    if (end + 1 < tokens.size() && words.isOf(tokens.get(end).text()) && (tokens.get(end).text().equals("of")
        || words != ActorWords.ENGLISH)) {
      Match m = startingAt[end + 1];
      if (m != null && (m.type() == Term.Type.COUNTRY) && !consumed[end + 1]) {
        return m;
      }
    }
    return null;
  }

  /** What a title or an apposition says about a person: country, sector, role. */
  private record Attributes(String country, String sector, String code, String role) {

    static final Attributes NONE = new Attributes(null, null, null, null);

    Attributes or(Attributes other) {
      return new Attributes(
          country != null ? country : other.country,
          sector != null ? sector : other.sector,
          code != null ? code : other.code,
          role != null ? role : other.role);
    }
  }

  private Attributes attributes(Match anchor, Match roleMatch) {
    Role role = roleMatch == null ? null : roleMatch.term().role();
    String roleName = role != null && role.kind() == Role.Kind.PERSON ? role.canonical() : null;
    String sector = role == null ? null : role.sector();
    String country = role == null ? null : role.country();
    String code = null;
    if (anchor != null) {
      Term term = anchor.term();
      if (term.type() == Term.Type.ORGANIZATION) {
        Organization o = term.organization();
        country = o.country();
        sector = o.sector() != null ? o.sector() : sector;
        code = o.country() == null ? o.code() : null;
      } else if (term.type() == Term.Type.ROLE) {
        country = term.role().country();
      } else if (term.type() == Term.Type.ACTOR) {
        CodeParts parts = codeParts(term.actor().codeOn(date));
        country = parts.country;
        sector = parts.sector != null ? parts.sector : sector;
        code = parts.country == null && parts.sector != null ? parts.code : null;
      } else {
        country = term.country().iso3();
      }
    }
    if (anchor == null && roleMatch == null) {
      return Attributes.NONE;
    }
    return new Attributes(country, sector, code, roleName);
  }

  /**
   * ", a senior fellow at the Washington-based Brookings think tank" after a name: the first role noun
   * and the nearest organisation (else country) of the apposition, up to the next comma, clause
   * or verb.
   */
  private Attributes apposition(int end) {
    if (end >= tokens.size() || !tokens.get(end).text().equals(",")) {
      return Attributes.NONE;
    }
    Match role = null;
    Match faction = null;
    Match organization = null;
    Match country = null;
    int i = end + 1;
    if (i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("who")
        && COPULAS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
      i += 2; // "Edward Leigh, who is chairman of the public accounts committee,": a relative clause read as an apposition
    }
    int limit = Math.min(tokens.size(), i + MAX_APPOSITION_TOKENS);
    while (i < limit) {
      Token t = tokens.get(i);
      Match m = startingAt[i];
      if (m != null) {
        if (m.type() == Term.Type.ROLE && FACTION_SECTORS.contains(m.term().role().sector())
            && m.term().role().country() == null && faction == null) {
          faction = m;
        }
        if (m.type() == Term.Type.ROLE && role == null && m.term().role().kind() == Role.Kind.PERSON) {
          role = m;
        } else if (m.type() == Term.Type.ORGANIZATION && organization == null) {
          organization = m;
        } else if (m.type() == Term.Type.ACTOR && organization == null) {
          organization = m;
        } else if ((m.type() == Term.Type.COUNTRY || m.type() == Term.Type.DEMONYM) && country == null
            && !isPlaceModifier(m)) {
          country = m;
        }
        i = m.end();
        continue;
      }
      if (i == end + 1 && "PERSON".equals(t.ner())) {
        return Attributes.NONE;
      }
      String word = t.text().toLowerCase(Locale.ROOT);
      boolean afterHyphen = i > 0 && tokens.get(i - 1).text().equals("-");
      if ((t.isVerb() && !afterHyphen && !isAdjectivalParticiple(i)) || word.equals(",") || word.equals(".") || word.equals(";") || word.equals(")")
          || word.equals("who") || word.equals("which") || word.equals("\"")) {
        break;
      }
      i++;
    }
    if (role == null) {
      return Attributes.NONE;
    }
    Attributes found = attributes(organization != null ? organization : country, role);
    if (faction != null && "GOV".equals(found.sector)) {
      // ", the leader of the main opposition party,": the faction word says whose leader he is
      found = new Attributes(found.country, faction.term().role().sector(), null, found.role);
    }
    if (found.sector != null && isFormer(end + 1, role.first())) {
      return new Attributes(found.country, "ELI", null, found.role); // ", a former security minister,"
    }
    return found;
  }

  /** The forms of "be" that make "who is ..." after a name its title. */
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");

  /** "a leading activist", "the acting minister": a participle before an adjective or noun modifies it. */
  private boolean isAdjectivalParticiple(int i) {
    String pos = tokens.get(i).pos();
    if (!pos.equals("VBG") && !pos.equals("VBN") || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).pos();
    return next.startsWith("JJ") || next.startsWith("NN");
  }

  // ---- role phrases

  private void readRole(Match role) {
    int end = role.end();
    if (end < tokens.size() && startingAt[end] != null && startingAt[end].type() == Term.Type.ROLE) {
      return;
    }
    Chain chain = chainBefore(role.first());
    Match anchor = chain.nearestAnchor(role.term().role());
    int first = chain.isEmpty() ? role.first() : chain.first();
    if (anchor == null && words.ownerAfterRole() && end < tokens.size() && startingAt[end] != null
        && startingAt[end].type() == Term.Type.DEMONYM && !consumed[end]) {
      anchor = startingAt[end]; // "el canciller ruso", "la policía colombiana"
      end = anchor.end();
    }
    if (anchor == null && end + 1 < tokens.size() && words.isOf(tokens.get(end).text())) {
      int next = end + 1;
      if (words.isArticle(tokens.get(next).text()) && next + 1 < tokens.size()) {
        next++;
      }
      Match after = startingAt[next];
      Match owned = after == null ? null : ownedAfterPossessive(after);
      if (owned != null && owned.type() == Term.Type.ORGANIZATION) {
        anchor = owned; // "leaders of Lebanon's Hezbollah": Hezbollah's leaders
        end = owned.end();
      } else if (after != null && after.isAnchor() && after.type() != Term.Type.ROLE && owned == null) {
        anchor = after;
        end = after.end();
      }
    }
    if (anchor == null && words.ownerAfterRole()) {
      Match far = ownerAfterUnit(end);
      if (far != null) {
        anchor = far; // "guerrilleros del Frente 13 de las FARC", "soldados del ejército de Colombia"
        end = far.end();
      }
    }
    Role r = factionOf(chain, role.term().role());
    if (anchor == null && r.country() != null) {
      anchor = role;
    }
    if (anchor == null && r.kind() != Role.Kind.PERSON && "GOV".equals(r.sector()) && addLeadersGovernment(role, r)) {
      return;
    }
    if (anchor == null && r.kind() != Role.Kind.PERSON
        && (ContextCountry.BOUND_SECTORS.contains(r.sector()) || words.unplacedGroupsAreActors()
            || r.kind() == Role.Kind.COLLECTIVE && UNPLACED_COLLECTIVES.contains(r.sector()))
        && !afterPossessivePronoun(first)) {
      addContextualRole(first, end, r);
      return;
    }
    if (anchor == null) {
      return;
    }
    String surface = withoutArticle(first, end);
    Term term = anchor.term();
    if (term.type() == Term.Type.ORGANIZATION) {
      Organization o = term.organization();
      first = Math.min(anchor.first(), role.first());
      boolean modifiesNoun = end < tokens.size() && tokens.get(end).pos().startsWith("NN");
      if (r.kind() == Role.Kind.PERSON && o.country() == null && o.code() != null && !modifiesNoun) {
        // "the United Nations envoy" is a person of the organisation, not another name for it
        add(first, end, "role:" + o.code() + ":" + o.sector() + ":" + r.canonical(), withoutArticle(first, end), "person", null,
            o.sector(), o.code(), r.canonical(), null);
        return;
      }
      add(first, end, organizationKey(o), o.name(), o.kind(), o.country(), o.sector(), o.code(), null, null);
      return;
    }
    String country = switch (term.type()) {
      case ROLE -> term.role().country();
      case ACTOR -> codeParts(term.actor().codeOn(date)).country;
      default -> term.country().iso3();
    };
    if (country == null) {
      return;
    }
    String kind = switch (r.kind()) {
      case PERSON -> "person";
      case COLLECTIVE -> "group";
      case BODY -> "organization";
    };
    String name = r.country() != null && anchor == role ? r.canonical() : surface;
    String sector = r.kind() == Role.Kind.PERSON && r.sector() != null
        && isFormer(Math.min(first, chain.rawFirst()) - 1, role.first()) ? "ELI" : r.sector(); // "the former US ambassador"
    if ("GOV".equals(sector) && isShadow(Math.min(first, chain.rawFirst()) - 1, role.first())) {
      sector = "OPP"; // "the shadow home secretary": the opposition's spokesman, not the government
    }
    String key = "role:" + country + ":" + sector + ":" + r.canonical();
    add(first, end, key, name, kind, country, sector, country + sector,
        r.kind() == Role.Kind.PERSON ? r.canonical() : null, null);
  }

  private static final int MAX_UNIT_TOKENS = 6;

  /**
   * Where an owner may follow its role noun ({@link ActorWords#ownerAfterRole}): the organisation or
   * country that a chain of "de" phrases after the role ends in, past the unit between them
   * ("guerrilleros del Frente 13 de las FARC", "miembros de la UC ELN"), within a few words and no
   * verb or punctuation; null when there is none.
   */
  private Match ownerAfterUnit(int end) {
    if (end + 1 >= tokens.size() || !words.isOf(tokens.get(end).text())) {
      return null;
    }
    for (int k = end + 1; k < tokens.size() && k <= end + MAX_UNIT_TOKENS; k++) {
      Match m = startingAt[k];
      if (m != null && m.isAnchor() && m.type() != Term.Type.ROLE && m.type() != Term.Type.PLACE && !consumed[k]) {
        return m;
      }
      Token t = tokens.get(k);
      if (t.isVerb() || !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0))
          || "PERSON".equals(t.ner())) {
        return null;
      }
      if (m != null) {
        k = m.end() - 1;
      }
    }
    return null;
  }

  /**
   * "Egypt's Muslim Brotherhood", "Rwanda's Senate": the organisation or role right after a
   * country's possessive, or null.
   */
  private Match ownedAfterPossessive(Match m) {
    int at = m.end();
    if (at + 1 >= tokens.size() || !isPossessive(tokens.get(at))) {
      return null;
    }
    Match owned = startingAt[at + 1];
    return owned != null && (owned.type() == Term.Type.ORGANIZATION || owned.type() == Term.Type.ROLE) ? owned : null;
  }

  /** Sectors a role word before a generic one gives the whole phrase ("opposition leaders" are OPP, not GOV). */
  private static final Set<String> FACTION_SECTORS = Set.of("OPP", "REB", "INS", "RAD", "SEP");

  /**
   * "opposition leaders", "rebel commanders": a generic government role ("leaders", "officials")
   * after a role word of a faction belongs to the faction.
   */
  private static Role factionOf(Chain chain, Role r) {
    if (!"GOV".equals(r.sector())) {
      return r;
    }
    for (Match m : chain.roles()) {
      Role modifier = m.term().role();
      if (FACTION_SECTORS.contains(modifier.sector()) && modifier.country() == null) {
        return new Role(r.phrase(), modifier.sector(), r.kind(), r.country(), modifier.canonical() + " " + r.canonical());
      }
    }
    return r;
  }

  /**
   * "the Bush administration", "President Suharto's government": a government named after a
   * well-known leader is the government of the country the leader served then.
   */
  private boolean addLeadersGovernment(Match role, Role r) {
    int before = role.first() - 1;
    if (before >= 0 && isPossessive(tokens.get(before))) {
      before--;
    }
    if (before < 0) {
      return false;
    }
    for (ActorCandidate c : found) {
      if (c.endToken() != before + 1 || !c.isPersonLike()) {
        continue;
      }
      KnownPerson known = knowledge.person(c.name(), date).orElse(null);
      String country = known == null ? null : known.on(date).country();
      if (country == null) {
        return true;
      }
      String name = knowledge.country(country).map(Country::name).orElse(country) + " " + r.canonical();
      add(role.first(), role.end(), "role:" + country + ":" + r.sector() + ":" + r.canonical(), name,
          r.kind() == Role.Kind.BODY ? "organization" : "group", country, r.sector(), country + r.sector(), null, null);
      return true;
    }
    return false;
  }

  /**
   * "the health ministry", "police in Tehran", "protesters": a body or group of a country the
   * phrase does not name. "in" + a country or capital right after it names the country; else the
   * candidate waits for {@link ContextCountry} (key "role:?:…"), which gives it the country the
   * text is about there or drops it.
   */
  /** "his government", "their army": the owner is someone named, not the country in context. */
  private boolean afterPossessivePronoun(int first) {
    for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
      if (tokens.get(i).pos().equals("PRP$")) {
        return true;
      }
      if (!MODIFIER_TAGS.contains(tokens.get(i).pos())) {
        return false;
      }
    }
    return false;
  }

  /** "police in Tehran", "dissidents from Myanmar": the place after says whose they are. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "of");

  /** Words that move a group out of a place: "the withdrawal of forces from Panama" names where they leave. */
  private static final Set<String> AWAY_WORDS = Set.of("withdraw", "withdrawal", "pull", "pullout", "evacuate",
      "evacuation", "recall", "remove", "removal", "redeploy", "redeployment", "expel", "expulsion", "deport",
      "deportation", "repatriate", "repatriation", "retreat", "extract", "drawdown",
      // the inflected forms, for text read without lemmas
      "withdrew", "withdrawn", "withdrawing", "withdraws", "pulled", "pulling", "evacuated", "evacuating", "recalled",
      "removed", "redeployed", "expelled", "deported", "repatriated", "retreated", "extracted");

  private static final int AWAY_WINDOW = 6;

  /**
   * "withdrew troops from Mali", "the withdrawal of some occupation forces from Lebanon": a
   * group moved out of a country by a word just before it is not that country's.
   */
  private boolean movedAway(int first) {
    for (int i = first - 1; i >= 0 && i >= first - AWAY_WINDOW; i--) {
      Token t = tokens.get(i);
      String lemma = t.lemma() == null ? t.text() : t.lemma();
      if (AWAY_WORDS.contains(lemma.toLowerCase(Locale.ROOT)) || AWAY_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (t.text().equals(",") || t.text().equals(";")) {
        return false;
      }
    }
    return false;
  }

  private void addContextualRole(int first, int end, Role r) {
    if (end < tokens.size() && tokens.get(end).pos().startsWith("NN")) {
      return; // "military exercises": the role word modifies a noun, it names no actor
    }
    if (fromSeveralCountries(end)) {
      return; // "diplomats from seven Latin American countries": no one country is theirs
    }
    String kind = r.kind() == Role.Kind.BODY ? "organization" : "group";
    String surface = withoutArticle(first, end);
    boolean visiting = VISITING_ROLES.contains(r.canonical().toLowerCase(Locale.ROOT));
    String placePreposition = end + 1 < tokens.size() ? words.preposition(tokens.get(end).text()) : null;
    if (placePreposition != null && (words != ActorWords.ENGLISH || PLACE_PREPOSITIONS.contains(tokens.get(end).text()))
        && !(visiting && placePreposition.equals("in"))
        && !(placePreposition.equals("from") && movedAway(first))) {
      int at = end + 1;
      // skip modifiers: "from military-ruled Myanmar"
      while (at < tokens.size() && at < end + 5 && (startingAt[at] == null || startingAt[at].type() == Term.Type.ROLE)
          && (startingAt[at] != null || tokens.get(at).pos().startsWith("JJ") || tokens.get(at).pos().equals("VBN")
              || tokens.get(at).pos().equals("DT") || tokens.get(at).text().equals("-"))) {
        at = startingAt[at] != null ? startingAt[at].end() : at + 1;
      }
      Match after = at < tokens.size() ? startingAt[at] : null;
      String country = null;
      if (after != null && (after.type() == Term.Type.COUNTRY || after.type() == Term.Type.CAPITAL)) {
        country = after.term().country().iso3();
      } else if (after != null && after.type() == Term.Type.PLACE) {
        country = after.term().place().country();
      } else if (after == null && at < tokens.size() && "LOCATION".equals(tokens.get(at).ner())) {
        int stop = at;
        while (stop < tokens.size() && "LOCATION".equals(tokens.get(stop).ner())) {
          stop++;
        }
        country = knowledge.gazetteer().lookup(sentence.text(text, at, stop)).map(Place::country).orElse(null);
      }
      if (country != null) {
        add(first, end, "role:" + country + ":" + r.sector() + ":" + r.canonical(), surface, kind, country,
            r.sector(), country + r.sector(), null, null);
        return;
      }
    }
    if (visiting) {
      return; // "a delegation", "peacekeepers in Lebanon": they come from elsewhere, not the country in context
    }
    // a group of a sector bound to a country waits for the country in context ("role:?:"); others,
    // where unplaced groups are actors, stay of no country ("role:-:")
    String placeholder = ContextCountry.BOUND_SECTORS.contains(r.sector())
        || r.kind() == Role.Kind.COLLECTIVE && UNPLACED_COLLECTIVES.contains(r.sector()) && words.civiliansTakeContextCountry()
        ? "role:?:" : "role:-:";
    add(first, end, placeholder + r.sector() + ":" + r.canonical(), surface, kind, null, r.sector(), null, null, null);
  }

  /**
   * Sectors whose groups are actors even when the text gives them no country: civilians and
   * refugees are who violence, blockades and aid reach ("killed 20,000 civilians", "blocking
   * refugees from food"), and firms and companies whom a government asks, orders or sanctions
   * ("will ask firms to roll over loans"), so an event needs them as its target; civilians act only
   * in protests, businesses only toward a state-like target (PoliticalActors).
   */
  private static final Set<String> UNPLACED_COLLECTIVES = Set.of("CVL", "REF", "BUS");

  /** Plural nouns for several states. */
  private static final Set<String> STATES_NOUNS = Set.of("countries", "nations", "states", "governments");

  /** "from seven Latin American countries", "of several European nations" right after token {@code end}. */
  private boolean fromSeveralCountries(int end) {
    if (end >= tokens.size() || !Set.of("from", "of").contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = end + 1; i < Math.min(tokens.size(), end + 7); i++) {
      Token t = tokens.get(i);
      if (STATES_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      String pos = t.pos();
      if (!pos.startsWith("JJ") && !pos.equals("CD") && !pos.equals("DT") && !pos.startsWith("NNP")
          && !t.text().equals("-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Groups that act away from home: without a country of their own in the phrase ("a Japanese
   * delegation", "a delegation from Iran"), the country the text is about is their host, not theirs.
   */
  private static final Set<String> VISITING_ROLES = Set.of("delegation", "delegations", "peacekeepers",
      "peacekeeping force", "peacekeeping troops", "inspectors", "monitors", "observers", "mediators", "envoys");


  private String withoutArticle(int first, int end) {
    String word = tokens.get(first).text().toLowerCase(Locale.ROOT);
    if ((word.equals("the") || word.equals("a") || word.equals("an") || words.isArticle(word)) && first + 1 < end) {
      first++;
    }
    return sentence.text(text, first, end);
  }

  // ---- what NER finds and the knowledge base does not know

  /**
   * An NER organisation with a name of its own ("Kenya Farmers Union": a word the knowledge base
   * does not cover) becomes an organisation actor, with the country and body sector its words
   * name. Spans the knowledge base explains ("Russian Foreign Ministry", "Taliban") are left to it.
   */
  private void readUnknownOrganization(int first, int end) {
    if (isKnownPersonName(first, end)) {
      readPerson(first, end);
      return;
    }
    String country = null;
    String sector = null;
    boolean ownWords = false;
    for (int i = first; i < end; i++) {
      if (consumed[i]) {
        return;
      }
      Match m = covering(i);
      if (m == null) {
        String word = tokens.get(i).text();
        if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
          ownWords = true;
        }
        continue;
      }
      if (m.first() < first || m.end() > end) {
        return;
      }
      switch (m.type()) {
        case ORGANIZATION, ACTOR -> {
          return;
        }
        case ROLE -> {
          Role r = m.term().role();
          if (r.country() != null) {
            return;
          }
          if (r.kind() == Role.Kind.BODY && sector == null) {
            sector = r.sector();
          }
        }
        case COUNTRY, DEMONYM, CAPITAL -> country = country == null ? m.term().country().iso3() : country;
        case PLACE -> country = country == null ? m.term().place().country() : country;
      }
    }
    if (!ownWords) {
      return;
    }
    if (sector == null && PARTY_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
      sector = "PTY"; // "the ruling Georgian Dream party": a party of the country it names or the context's
    }
    if (sector == null) {
      List<String> words = new ArrayList<>();
      for (int i = first; i < end; i++) {
        words.add(tokens.get(i).text());
      }
      // "Air France", "China Daily", "the Justice Department": FRABUS, CHNMED, a government body
      sector = OrganizationNameWords.sectorOf(words);
    }
    String name = withoutArticle(first, end);
    String code = country != null && sector != null ? country + sector : null;
    add(first, end, "org:" + Phrases.key(name), name, "organization", country, sector, code, null, null);
  }

  /** Last words that make an organisation's name a political party's. */
  private static final Set<String> PARTY_WORDS = Set.of("party", "partei", "parti", "partido", "partito");

  /** NER sometimes takes a person for an organisation ("Moody Awori"): a well-known person's name is a person. */
  private boolean isKnownPersonName(int first, int end) {
    if (end - first < 2) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (consumed[i] || covering(i) != null) {
        return false;
      }
    }
    return knowledge.person(sentence.text(text, first, end), date).isPresent();
  }

  private void readUnknownPlace(int first, int end) {
    for (int i = first; i < end; i++) {
      if (consumed[i] || covering(i) != null) {
        return;
      }
    }
    String name = withoutArticle(first, end);
    Place place = knowledge.gazetteer().lookup(name).orElse(null);
    Country named = place == null ? countryNamedInAnyCase(name) : null;
    if (named != null) {
      add(first, end, "country:" + named.iso3(), named.name(), "country", named.iso3(), null, named.iso3(), null, null);
      return;
    }
    String canonical = place == null ? name : place.name();
    String country = place == null ? countryRightAfter(end) : place.country();
    add(first, end, "place:" + Phrases.key(canonical), canonical, "location", country, null, null, null, null);
  }

  /** "Gemlik, Turkey", "Gemlik in northwest Turkey": a place the gazetteer does not know lies in the country named after it. */
  private String countryRightAfter(int end) {
    if (end + 1 >= tokens.size()) {
      return null;
    }
    String word = tokens.get(end).text().toLowerCase(Locale.ROOT);
    int at = end + 1;
    if (word.equals("in")) {
      while (at < tokens.size() && at < end + 4 && startingAt[at] == null
          && (MINORITY_DIRECTIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))
              || tokens.get(at).text().equals("-"))) {
        at++;
      }
    } else if (!word.equals(",")) {
      return null;
    }
    Match m = at < tokens.size() ? startingAt[at] : null;
    if (m == null || m.type() != Term.Type.COUNTRY) {
      return null;
    }
    return m.term().country().iso3();
  }

  /**
   * A place NER found whose words are a country's name in unusual capitals ("iSrael", "IRAQ"): the
   * country. Acronyms ("US") keep their case rule.
   */
  private Country countryNamedInAnyCase(String name) {
    String key = Phrases.key(name);
    for (Country c : knowledge.countries()) {
      if (Phrases.key(c.name()).equals(key)) {
        return c;
      }
      for (String alias : c.aliases()) {
        if (!Phrases.isExactCase(alias) && Phrases.key(alias).equals(key)) {
          return c;
        }
      }
    }
    return null;
  }

  // ---- plain phrases

  private void readPlainPhrase(Match m) {
    Term term = m.term();
    switch (term.type()) {
      case COUNTRY, DEMONYM -> {
        if (term.type() == Term.Type.DEMONYM && addMinority(m)) {
          return;
        }
        if (isEthnic(m) || m.first() > 0 && isPeopleOf(endingAt[m.first() - 1], m)) {
          return;
        }
        if (!addCoordinatedRole(m, term.country())) {
          addCountry(m, term.country());
        }
      }
      case CAPITAL -> {
        if (isPlaceModifier(m)) {
          Place place = knowledge.gazetteer().lookup(term.surface()).orElse(null);
          String name = place == null ? term.surface() : place.name();
          add(m.first(), m.end(), "place:" + Phrases.key(name), name, "location", term.country().iso3(), null, null,
              null, null);
        } else {
          addCountry(m, term.country());
        }
      }
      case ORGANIZATION -> {
        Organization o = term.organization();
        add(m.first(), m.end(), organizationKey(o), o.name(), o.kind(), o.country(), o.sector(), o.code(), null, null);
      }
      case PLACE -> {
        Place p = term.place();
        add(m.first(), m.end(), "place:" + Phrases.key(p.name()), p.name(), "location", p.country(), null, null, null,
            null);
      }
      case ROLE -> {
        // a role noun with no country or organisation ("a spokeswoman") is no actor
      }
      case ACTOR -> addDictionaryActor(m);
    }
  }

  /**
   * A dictionary actor, coded on the article's date: a bare country code is that country (merged
   * with Dyad's own country actor); an actor with dated codes is taken for a person; others are
   * organisations. A null code (PETRARCH's "---") makes no actor.
   */
  private void addDictionaryActor(Match m) {
    DictionaryActor actor = m.term().actor();
    String code = actor.codeOn(date);
    if (code == null) {
      return;
    }
    CodeParts parts = codeParts(code);
    if (parts.country != null && code.length() == 3 && !actor.hasDatedCodes()) {
      addCountry(m, knowledge.country(parts.country).orElseThrow());
      return;
    }
    String kind = actor.hasDatedCodes() ? "person" : "organization";
    add(m.first(), m.end(), "actor:" + actor.source(), actor.name(), kind, parts.country, parts.sector, code, null,
        null, actor);
  }

  /** A CAMEO code split into its country (a known ISO3 prefix) and first sector. */
  private record CodeParts(String code, String country, String sector) {}

  private CodeParts codeParts(String code) {
    if (code == null || code.length() < 3) {
      return new CodeParts(code, null, null);
    }
    String head = code.substring(0, 3);
    if (knowledge.country(head).isPresent()) {
      return new CodeParts(code, head, code.length() >= 6 ? code.substring(3, 6) : null);
    }
    return new CodeParts(code, null, head);
  }

  /** Countries whose demonym after another names citizens of another origin ("Chinese Americans"). */
  private static final Set<String> NATIONS_OF_ORIGINS = Set.of("USA", "CAN", "AUS", "NZL", "GBR");

  /**
   * "Bosnian Serbs", "Afghan Tajiks": a demonym right after another names a people living in the
   * first one's country, which is the actor's country; the second says their ethnicity.
   */
  static boolean isPeopleOf(Match first, Match second) {
    return first != null && second != null && first.type() == Term.Type.DEMONYM
        && second.type() == Term.Type.DEMONYM && first.end() == second.first()
        && !first.term().country().iso3().equals(second.term().country().iso3())
        && !NATIONS_OF_ORIGINS.contains(second.term().country().iso3());
  }

  /**
   * "ethnic Kurds in eastern Turkey", "the Kurds of eastern Turkey": a people named by
   * its demonym and placed in another country is a group of that country (CAMEO codes residents by
   * where they live), not the state its name comes from. "in" needs "ethnic" before the demonym
   * ("Americans in Iraq" are Americans); "of" needs a plural ("the Albanians of Serbia").
   */
  private boolean addMinority(Match m) {
    boolean ethnic = isEthnic(m);
    int at = m.end();
    if (at + 1 >= tokens.size()) {
      return false;
    }
    String preposition = tokens.get(at).text().toLowerCase(Locale.ROOT);
    boolean plural = tokens.get(m.end() - 1).pos().endsWith("S");
    if (!(preposition.equals("of") && plural || preposition.equals("in") && ethnic)) {
      return false;
    }
    at++;
    while (at < tokens.size() && startingAt[at] == null && at < m.end() + 4
        && (tokens.get(at).pos().startsWith("JJ") || tokens.get(at).pos().equals("DT")
            || tokens.get(at).pos().equals("RB") || tokens.get(at).text().equals("-")
            || MINORITY_DIRECTIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT)))) {
      at++;
    }
    Match place = at < tokens.size() ? startingAt[at] : null;
    if (place == null) {
      return false;
    }
    String country = switch (place.type()) {
      case COUNTRY, CAPITAL -> place.term().country().iso3();
      case PLACE -> place.term().place().country();
      default -> null;
    };
    String people = m.term().country().iso3();
    if (country == null || country.equals(people)) {
      return false;
    }
    int first = ethnic ? m.first() - 1 : m.first();
    String name = sentence.text(text, first, m.end());
    add(first, m.end(), "minority:" + country + ":" + people, name, "group", country, null, country, null, null);
    return true;
  }

  /** Direction words a tagger may read as nouns ("south Serbia"). */
  private static final Set<String> MINORITY_DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central");

  /** "ethnic Albanians" are people of a minority, not the state of Albania. */
  private boolean isEthnic(Match m) {
    return m.first() > 0 && tokens.get(m.first() - 1).text().equalsIgnoreCase("ethnic");
  }

  /**
   * "Greek and Turkish officials", "Indian and Chinese negotiators": a country coordinated
   * with the anchor of a role phrase shares the role (its own country-sector actor).
   */
  private boolean addCoordinatedRole(Match m, Country country) {
    int next = m.end();
    if (next >= tokens.size() || !COORDINATORS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    ActorCandidate c = roleCandidateAt.get(next + 1);
    if (c == null || c.country() == null) {
      return false;
    }
    String[] parts = c.key().split(":", 4);
    String sector = parts[2];
    String canonical = parts[3];
    String name = text.substring(tokens.get(m.first()).start(), tokens.get(m.end() - 1).end()) + " " + canonical;
    add(m.first(), m.end(), "role:" + country.iso3() + ":" + sector + ":" + canonical, name, c.kind(),
        country.iso3(), sector, country.iso3() + sector, c.role(), null);
    return true;
  }

  /**
   * "Al-Qaeda-linked rebels", "Iran-backed militias": a group tied to the named one, not the named
   * one nor its country's ("the Al Qaeda-linked Somali group al-Shabab" is Somali).
   */
  static final Set<String> AFFILIATION_SUFFIXES = Set.of("linked", "backed", "allied", "affiliated", "aligned",
      "supported", "sponsored", "funded", "financed", "armed", "trained", "inspired", "leaning", "friendly",
      "speaking");

  private boolean isAffiliation(Match m) {
    int next = m.end();
    return next + 1 < tokens.size() && tokens.get(next).text().equals("-")
        && AFFILIATION_SUFFIXES.contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT));
  }

  /** "London-based", "Kabul-born": the city says where something is, not who acts. */
  private boolean isPlaceModifier(Match m) {
    int next = m.end();
    return next + 1 < tokens.size() && tokens.get(next).text().equals("-")
        && PLACE_SUFFIXES.contains(tokens.get(next + 1).text().toLowerCase(Locale.ROOT));
  }

  private void addCountry(Match m, Country c) {
    add(m.first(), m.end(), "country:" + c.iso3(), c.name(), "country", c.iso3(), null, c.iso3(), null, null);
  }

  static String organizationKey(Organization o) {
    return "org:" + o.code() + ":" + o.name();
  }

  private void add(int first, int end, String key, String name, String kind, String country, String sector,
      String code, String role, List<String> personName) {
    add(first, end, key, name, kind, country, sector, code, role, personName, null);
  }

  private void add(int first, int end, String key, String name, String kind, String country, String sector,
      String code, String role, List<String> personName, DictionaryActor dictionary) {
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    for (int i = first; i < end; i++) {
      consumed[i] = true;
    }
    ActorCandidate candidate = new ActorCandidate(sentence.index(), first, end, start, stop, text.substring(start, stop),
        key, name, kind, country, sector, code, role, personName, dictionary);
    found.add(candidate);
    if (key != null && key.startsWith("role:")) {
      roleCandidateAt.put(first, candidate);
    }
  }
}
