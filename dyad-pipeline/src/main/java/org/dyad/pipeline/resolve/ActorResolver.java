package org.dyad.pipeline.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.knowledge.Place;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Finds the actors of an article: knowledge-base entities (countries, capitals as their country,
 * demonyms, organisations, groups, government bodies), country-sector actors from role phrases
 * ("Russian foreign ministry" → RUSGOV), people and organisations found by NER (never dropped),
 * places; merges every mention of one entity into one actor. Thread-safe.
 *
 * <p>Decisions: a demonym or country before a role noun or body makes its own country-sector actor
 * ("the Russian foreign ministry" is RUSGOV, not Russia); a demonym elsewhere ("Russian strategy",
 * "Afghans") is a mention of the country; a capital is a mention of its country ("Moscow said",
 * "in Moscow": the event coder tells the place from the actor by the preposition and
 * {@link org.dyad.pipeline.knowledge.Gazetteer#lookup}); "the group" and "the movement" refer back
 * to a group only when exactly one group was named in that sentence or the two before it.
 */
public final class ActorResolver {

  private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militants", "insurgents", "organisation",
      "organization", "militia");
  private static final int ANAPHORA_WINDOW = 2;

  private final KnowledgeBase knowledge;
  private final ActorWords words;

  public ActorResolver() {
    this(KnowledgeBase.builtIn());
  }

  public ActorResolver(KnowledgeBase knowledge) {
    this(knowledge, ActorWords.ENGLISH);
  }

  private ActorResolver(KnowledgeBase knowledge, ActorWords words) {
    this.knowledge = knowledge;
    this.words = words;
  }

  /**
   * This resolver for documents read as Spanish: the same knowledge (with the same user
   * dictionaries) read with its Spanish names, demonyms and role nouns ({@link
   * KnowledgeBase#inSpanish}) and Spanish function words.
   */
  public ActorResolver inSpanish() {
    return new ActorResolver(knowledge.inSpanish(), ActorWords.SPANISH);
  }

  /**
   * A resolver that also knows the actors and agents of PETRARCH-format dictionaries (the CLI's
   * {@code --actors-dictionary FILE}).
   *
   * @throws IOException when a file cannot be read; unreadable lines are in
   *     {@code knowledge().diagnostics()}
   */
  public static ActorResolver withDictionaries(List<Path> files) throws IOException {
    return new ActorResolver(KnowledgeBase.builtIn().withDictionaries(files));
  }

  /** The knowledge this resolver reads with (dictionary codes by date: {@link KnowledgeBase#dictionaryCode}). */
  public KnowledgeBase knowledge() {
    return knowledge;
  }

  public Resolution resolve(AnnotatedArticle article) {
    String text = article.text();
    LocalDate date = dateOf(article.article().published());
    List<ActorCandidate> candidates = read(article, date, Map.of());
    Map<String, Place> places = PlaceChoice.choose(candidates, knowledge.gazetteer());
    if (!places.isEmpty()) {
      candidates = read(article, date, places);
    }
    candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
    candidates = ContextCountry.fill(text, article.sentences(), candidates, knowledge, date,
        words.unplacedGroupsAreActors());
    return ActorMerger.merge(candidates, knowledge, date);
  }

  /** The candidates of every sentence, ambiguous place names read as {@code places} says. */
  private List<ActorCandidate> read(AnnotatedArticle article, LocalDate date, Map<String, Place> places) {
    String text = article.text();
    List<ActorCandidate> candidates = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<ActorCandidate> own = new ActorSentenceReader(knowledge, words, date, text, sentence, places).read();
      candidates.addAll(groupReferences(text, sentence, own, candidates));
      candidates.addAll(peacekeeperReferences(text, sentence, own, candidates));
      candidates.addAll(own);
    }
    return candidates;
  }

  /** "the group" as a mention of the one group named just before it. */
  private static List<ActorCandidate> groupReferences(String text, Sentence sentence, List<ActorCandidate> own,
      List<ActorCandidate> earlier) {
    List<ActorCandidate> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token determiner = tokens.get(i);
      Token noun = tokens.get(i + 1);
      if (!determiner.text().equalsIgnoreCase("the") || !GROUP_NOUNS.contains(noun.text())) {
        continue;
      }
      if (i + 2 < tokens.size() && tokens.get(i + 2).isProperNoun()) {
        continue;
      }
      if (covered(own, noun.start())) {
        continue;
      }
      Set<String> groups = new LinkedHashSet<>();
      ActorCandidate last = null;
      for (ActorCandidate c : earlier) {
        if (c.sentence() >= sentence.index() - ANAPHORA_WINDOW && "group".equals(c.kind()) && c.key() != null
            && c.key().startsWith("org:")) {
          groups.add(c.key());
          last = c;
        }
      }
      for (ActorCandidate c : own) {
        if (c.start() < determiner.start() && "group".equals(c.kind()) && c.key() != null
            && c.key().startsWith("org:")) {
          groups.add(c.key());
          last = c;
        }
      }
      if (groups.size() != 1) {
        continue;
      }
      int start = determiner.start();
      int end = noun.end();
      out.add(new ActorCandidate(sentence.index(), i, i + 2, start, end, text.substring(start, end), last.key(),
          last.name(), last.kind(), last.country(), last.sector(), last.code(), null, null));
    }
    return out;
  }

  /** Words for peacekeepers that name no force of their own. */
  private static final Set<String> PEACEKEEPER_WORDS = Set.of("peacekeepers", "peacekeeper", "blue helmets");

  /**
   * "UN troops left ... after militants abducted a group of peacekeepers": bare peacekeepers are
   * those of the one international organisation named in that sentence or the two before it.
   */
  private static List<ActorCandidate> peacekeeperReferences(String text, Sentence sentence, List<ActorCandidate> own,
      List<ActorCandidate> earlier) {
    List<ActorCandidate> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int end = i + 1;
      String word = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
      if (end < tokens.size() && (word + " " + tokens.get(end).text().toLowerCase(java.util.Locale.ROOT)).equals("blue helmets")) {
        word = "blue helmets";
        end++;
      }
      if (!PEACEKEEPER_WORDS.contains(word) || covered(own, tokens.get(i).start()) || hasOwnAnchor(tokens, i)) {
        continue;
      }
      Set<String> igos = new LinkedHashSet<>();
      ActorCandidate last = null;
      List<ActorCandidate> window = new ArrayList<>();
      for (ActorCandidate c : earlier) {
        if (c.sentence() >= sentence.index() - ANAPHORA_WINDOW) {
          window.add(c);
        }
      }
      for (ActorCandidate c : own) {
        if (c.start() < tokens.get(i).start()) {
          window.add(c);
        }
      }
      for (ActorCandidate c : window) {
        if (c.key() != null && c.key().startsWith("org:") && c.country() == null && c.code() != null
            && c.code().startsWith("IGO")) {
          igos.add(c.key());
          last = c;
        }
      }
      if (igos.size() != 1) {
        continue;
      }
      int start = tokens.get(i).start();
      int stop = tokens.get(end - 1).end();
      out.add(new ActorCandidate(sentence.index(), i, end, start, stop, text.substring(start, stop), last.key(),
          last.name(), last.kind(), last.country(), last.sector(), last.code(), null, null));
    }
    return out;
  }

  /** "Bangladeshi peacekeepers", "AU peacekeepers": a word right before that says whose they are. */
  private static boolean hasOwnAnchor(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.isProperNoun() || !before.text().isEmpty() && Character.isUpperCase(before.text().charAt(0))
        && !before.pos().equals("DT");
  }

  /** The calendar day of an ISO date or instant, or null. */
  static LocalDate dateOf(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean covered(List<ActorCandidate> candidates, int offset) {
    for (ActorCandidate c : candidates) {
      if (offset >= c.start() && offset < c.end()) {
        return true;
      }
    }
    return false;
  }
}
