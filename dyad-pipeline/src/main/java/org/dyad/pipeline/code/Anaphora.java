package org.dyad.pipeline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Before coding, the actors that pronouns and definite descriptions stand for, so that "he
 * pledged", "the premier praised" and "the firm promised" have their doer: a news sentence names
 * its actor once and refers to it after that. Added as mentions of the coder's own resolution
 * (the document record's actor mentions are not changed).
 *
 * <ul>
 *   <li>A personal pronoun (he, him; she, her) refers to a person; it, they and them to an
 *       organisation, a group or a country. A personal pronoun's antecedent is the first compatible
 *       actor named in the nearest of the {@value #WINDOW} sentences before that names one (the first
 *       named there, usually the subject); within its own sentence the coder's clause rules read it
 *       ("Iraq said it would": the speaker). A possessive (his, its) in its own sentence is the
 *       nearest actor named before it ("Germany said its soldiers"). A person whose given
 *       name is a man's is no "she", a woman's no "he". "It" before a form of "be", "seem" or
 *       "appear" is empty ("it is likely"), and pronouns inside quotation marks speak for the
 *       quoted, not the narrator: neither is resolved.</li>
 *   <li>A definite description: "the" and a role noun a recent person holds ("the minister" for
 *       the foreign minister named before), or a noun for a company, a party or a government
 *       body ("the firm", "the party", "the ministry") for the last such organisation named;
 *       "the country" or "the nation" for the state named last before it that is not its clause's
 *       subject ({@link #countryBefore}).</li>
 * </ul>
 */
final class Anaphora {

  static final int WINDOW = 6;

  private static final Map<String, Boolean> GIVEN_NAMES = givenNames();

  private final Lexicon words;

  Anaphora(Lexicon words) {
    this.words = words;
  }

  /** The article with the pronoun and definite-description mentions added to its resolution. */
  ResolvedArticle extend(ResolvedArticle article) {
    Resolution resolution = article.resolution();
    if (resolution.mentions().isEmpty()) {
      return article;
    }
    List<ActorMention> added = new ArrayList<>();
    List<ActorMention> known = new ArrayList<>(resolution.mentions()); // grows: a resolved "he" is an antecedent too
    List<Sentence> sentences = article.annotated().sentences();
    String text = article.text();
    for (Sentence sentence : sentences) {
      for (int t = 0; t < sentence.size(); t++) {
        if (resolution.mentionAt(sentence.index(), t) != null || quoted(text, sentence, t)) {
          continue;
        }
        Token token = sentence.token(t);
        String word = token.text().toLowerCase(Locale.ROOT);
        String actor = null;
        int end = t + 1;
        if ((token.pos().equals("PRP") || token.pos().equals("PRP$") && !possessesName(resolution, sentence, t))
            && words.anaphoricPronouns().contains(word) && !emptyIt(sentence, t, word)) {
          if (token.pos().equals("PRP$") && !words.pluralPronouns().contains(word)) {
            // "Germany said its soldiers ...": a possessive's owner is usually the nearest actor before it
            actor = nearestBefore(known, sentence.index(), t, id -> compatible(resolution.actor(id), word));
          }
          if (actor == null && !(personalPronoun(word) && personBefore(sentence, t))) {
            // a personal pronoun within its own sentence is read by the coder's clause rules ("Iraq said
            // it would allow": the speaker); across sentences, the first actor named in the nearest one
            actor = antecedent(known, sentence.index() - 1, Integer.MAX_VALUE, id -> compatible(resolution.actor(id), word));
          }
        } else if (t > 0 && sentence.token(t - 1).lemma().equalsIgnoreCase("the") && !(token.isNoun() && !token.isProperNoun())
            && (token.isNoun() || token.pos().startsWith("JJ"))) {
          // "the prime minister", "the Foreign Secretary", "the premier" (tagged as adjectives or names): a role of a
          // person named before, and nothing else, since such a phrase may as well open a name of its own
          int longest = roleEnd(sentence, t);
          for (int e = longest; e > t && actor == null; e--) {
            String phrase = lemmas(sentence, t, e);
            if (e < sentence.size() && sentence.token(e).isProperNoun() && e == longest) {
              continue; // "the Prime Minister Tony Blair": the name is the mention
            }
            actor = antecedent(known, sentence.index(), t, id -> heldRole(resolution.actor(id), phrase));
            end = e;
          }
          if (actor == null) {
            end = t + 1;
          }
        } else if (t > 0 && sentence.token(t - 1).lemma().equalsIgnoreCase("the") && token.isNoun() && !token.isProperNoun()) {
          end = nounEnd(sentence, t);
          String phrase = lemmas(sentence, t, end);
          String head = sentence.token(end - 1).lemma().toLowerCase(Locale.ROOT);
          if (end < sentence.size() && sentence.token(end).isProperNoun()) {
            continue; // "the minister Jack Straw": the name is the mention
          }
          if (COUNTRY_NOUNS.contains(phrase)) {
            actor = countryBefore(known, resolution, sentence, t);
          } else {
            actor = antecedent(known, sentence.index(), t, id -> described(resolution.actor(id), phrase, head));
          }
        }
        if (actor != null) {
          Token last = sentence.token(end - 1);
          ActorMention mention = new ActorMention(actor, sentence.index(), t, end, token.start(), last.end(),
              text.substring(token.start(), last.end()));
          added.add(mention);
          known.add(mention);
        }
      }
    }
    return article.withMentionsAdded(added);
  }

  /** The first actor the test accepts in the sentence before {@code token}, else in the nearest earlier sentence naming one. */
  /** The compatible actor named last before {@code token} in the sentence, or null. */
  private static String nearestBefore(List<ActorMention> mentions, int sentence, int token,
      java.util.function.Predicate<String> test) {
    ActorMention last = null;
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence && m.endToken() <= token && test.test(m.actorId())
          && (last == null || m.firstToken() > last.firstToken())) {
        last = m;
      }
    }
    return last == null ? null : last.actorId();
  }

  private static String antecedent(List<ActorMention> mentions, int sentence, int token, java.util.function.Predicate<String> test) {
    for (int s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
      ActorMention first = null;
      for (ActorMention m : mentions) {
        if (m.sentence() == s && (s < sentence || m.endToken() <= token) && test.test(m.actorId())
            && (first == null || m.firstToken() < first.firstToken())) {
          first = m;
        }
      }
      if (first != null) {
        return first.actorId();
      }
    }
    return null;
  }

  private boolean compatible(Actor actor, String pronoun) {
    if (actor == null) {
      return false;
    }
    if (words.malePronouns().contains(pronoun) || words.femalePronouns().contains(pronoun)) {
      if (!"person".equals(actor.kind())) {
        return false;
      }
      Boolean female = gender(actor);
      return female == null || female == words.femalePronouns().contains(pronoun);
    }
    return "organization".equals(actor.kind()) || "group".equals(actor.kind()) || "country".equals(actor.kind());
  }

  /** Nouns by which "the country" refers back to a state named before. */
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

  /**
   * What "the country" stands for: the country named last before it in its sentence, other than
   * the subject of the clause it sits in ("US troops remain in Afghanistan, 18 years after
   * Washington invaded the country": Afghanistan) and other than an adjective ("Rwanda's minister
   * said French officials had a role in the country's genocide": Rwanda), else the first country named in the nearest
   * earlier sentence that names one.
   */
  private static String countryBefore(List<ActorMention> known, Resolution resolution, Sentence sentence, int t) {
    int governor = -1;
    for (org.dyad.pipeline.nlp.Dependency d : sentence.dependencies()) {
      if (d.dependent() == t) {
        governor = d.governor();
      }
    }
    java.util.Set<Integer> subjects = new java.util.HashSet<>();
    for (org.dyad.pipeline.nlp.Dependency d : sentence.dependencies()) {
      if (d.governor() == governor && d.relation().startsWith("nsubj")) {
        subjects.add(d.dependent());
      }
    }
    ActorMention last = null;
    for (ActorMention m : known) {
      Actor actor = resolution.actor(m.actorId());
      if (m.sentence() == sentence.index() && m.endToken() <= t && actor != null && "country".equals(actor.kind())
          && !covers(m, subjects) && !sentence.token(m.firstToken()).pos().startsWith("JJ")
          && (last == null || m.firstToken() > last.firstToken())) {
        last = m;
      }
    }
    if (last != null) {
      return last.actorId();
    }
    return antecedent(known, sentence.index() - 1, Integer.MAX_VALUE,
        id -> resolution.actor(id) != null && "country".equals(resolution.actor(id).kind()));
  }

  private static boolean covers(ActorMention m, java.util.Set<Integer> tokens) {
    for (int token : tokens) {
      if (token >= m.firstToken() && token < m.endToken()) {
        return true;
      }
    }
    return false;
  }

  /** The end of a role phrase opened at {@code t}: up to three nouns, adjectives or capitalised words. */
  private static int roleEnd(Sentence sentence, int t) {
    int end = t + 1;
    while (end < sentence.size() && end - t < 3 && (sentence.token(end).isNoun() || sentence.token(end).pos().startsWith("JJ"))) {
      end++;
    }
    return end;
  }

  /**
   * Whether {@code actor} is a person whose role is {@code phrase} ("premier" being the prime
   * minister's too); "the chancellor" is not the shadow chancellor.
   */
  private static boolean heldRole(Actor actor, String phrase) {
    if (actor == null || !"person".equals(actor.kind()) || actor.role() == null) {
      return false;
    }
    String role = actor.role().toLowerCase(Locale.ROOT);
    String wanted = ROLE_SYNONYMS.getOrDefault(phrase, phrase);
    return role.equals(phrase) || role.equals(wanted) || role.endsWith(" " + phrase) && !role.startsWith("shadow ");
  }

  /** Words a text uses for a role of another name. */
  private static final Map<String, String> ROLE_SYNONYMS = Map.of("premier", "prime minister");

  /** Whether an actor is what "the" + phrase describes: a person holding that role, or an organisation of that kind. */
  private boolean described(Actor actor, String phrase, String head) {
    if (actor == null) {
      return false;
    }
    if ("person".equals(actor.kind())) {
      return heldRole(actor, phrase);
    }
    String sector = actor.sector() == null ? "" : actor.sector();
    if (words.companyNouns().contains(head)) {
      return sector.equals("BUS");
    }
    if (words.partyNouns().contains(head)) {
      return sector.equals("PTY") || sector.equals("OPP");
    }
    if (words.bodyNouns().contains(head)) {
      return "organization".equals(actor.kind()) && (sector.equals("GOV") || sector.equals("MIL") || sector.equals("JUD"));
    }
    return false;
  }

  /** True for a woman's given name, false for a man's, null when the first name does not tell. */
  private static Boolean gender(Actor actor) {
    String[] names = actor.name().split("\\s+");
    if (names.length < 2) {
      return null;
    }
    return GIVEN_NAMES.get(names[0].toLowerCase(Locale.ROOT));
  }

  /** "he", "his", "she", "her", "him": a pronoun for a person. */
  private boolean personalPronoun(String word) {
    return words.malePronouns().contains(word) || words.femalePronouns().contains(word);
  }

  /**
   * "Judge Charles Harris made his remarks as he sentenced three men": a person named earlier in the
   * same sentence is the nearest one a "he" can mean, so it does not reach back to an actor of an
   * earlier sentence (the clause rules read it within the sentence).
   */
  private static boolean personBefore(Sentence sentence, int t) {
    for (int i = 0; i < t; i++) {
      if ("PERSON".equals(sentence.token(i).ner())) {
        return true;
      }
    }
    return false;
  }

  /** "his rival Olaf Weber": the phrase a possessive opens names its own actor, which the possessive must not replace. */
  private static boolean possessesName(Resolution resolution, Sentence sentence, int t) {
    for (int i = t + 1; i < Math.min(sentence.size(), t + 5); i++) {
      Token next = sentence.token(i);
      if (resolution.mentionAt(sentence.index(), i) != null) {
        return true;
      }
      if (!(next.isNoun() || next.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  private boolean emptyIt(Sentence sentence, int t, String word) {
    if (!word.equals("it") || t + 1 >= sentence.size()) {
      return false;
    }
    String next = sentence.token(t + 1).lemma().toLowerCase(Locale.ROOT);
    return words.copulaLike().contains(next);
  }

  /** Whether the token stands inside quotation marks in its sentence (the quoted speak, not the narrator). */
  private static boolean quoted(String text, Sentence sentence, int t) {
    int marks = 0;
    for (int i = sentence.start(); i < sentence.token(t).start() && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /** The end of the common-noun run starting at t ("the prime minister"). */
  private static int nounEnd(Sentence sentence, int t) {
    int end = t + 1;
    while (end < sentence.size() && end - t < 3 && sentence.token(end).isNoun() && !sentence.token(end).isProperNoun()) {
      end++;
    }
    return end;
  }

  private static String lemmas(Sentence sentence, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(sentence.token(i).lemma().toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static Map<String, Boolean> givenNames() {
    Map<String, Boolean> names = new HashMap<>();
    try (InputStream in = Anaphora.class.getResourceAsStream("/org/dyad/pipeline/quote/given-names.txt")) {
      if (in == null) {
        return Map.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.strip().split("\t");
        if (fields.length == 2 && !line.startsWith("#")) {
          names.put(fields[0].toLowerCase(Locale.ROOT), fields[1].equals("f"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }

  /** The words that make a sentence refer back, for tests. */
  static Set<String> pronounsOf(Lexicon words) {
    return words.anaphoricPronouns();
  }
}
