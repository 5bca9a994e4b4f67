package org.dyad.pipeline.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Reads the tense of the clause a temporal expression belongs to. With a dependency parse it
 * climbs from the expression to the verb it modifies and reads that verb's form and auxiliaries
 * (VBD, has + VBN → past; will, shall, modal → future; "is due to", "plans to", "expected to" →
 * future). Without a parse it reads the nearest verb group in the sentence.
 */
final class TimeTenseReader {

  /** Predicates whose infinitive complement lies ahead: "is due to take place", "plans to visit". */
  private static final Set<String> PROSPECTIVE = Set.of("due", "plan", "schedule", "expect", "set", "intend",
      "aim", "prepare", "hope", "want", "seek", "propose", "slate", "poised", "likely", "go", "promise",
      "pledge", "vow", "threaten", "agree", "decide", "ready", "able", "unlikely", "about", "scheduled",
      "expected", "planned", "slated", "supposed");
  /** Verbs whose present tense reports rather than schedules ("says on Thursday"). */
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "claim", "state", "add",
      "note", "write", "warn", "insist", "argue", "accuse", "deny", "confirm", "show", "suggest", "indicate",
      "believe", "think", "know", "describe", "call", "quote", "cite", "remain", "continue", "be", "have");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "may", "might", "must",
      "should", "can", "ca");
  private static final Set<String> CONDITIONAL_MODALS = Set.of("would", "could", "'d");
  private static final Set<String> PERFECT = Set.of("have", "has", "had", "'ve");
  private static final int MAX_CLIMB = 8;

  private TimeTenseReader() {}

  /** The tense for the expression covering characters [start, end) of the sentence's text. */
  static TimeTense tense(Sentence sentence, int start, int end) {
    if (sentence == null || sentence.size() == 0) {
      return TimeTense.UNKNOWN;
    }
    int head = headToken(sentence, start, end);
    if (head < 0) {
      return TimeTense.UNKNOWN;
    }
    if (follows(sentence, start, Set.of("since"))) {
      return TimeTense.PAST; // "since March": whatever the verb, the time is behind us
    }
    TimeTense tense = clauseTense(sentence, head);
    if (tense == TimeTense.PAST && follows(sentence, start, Set.of("until", "till"))) {
      return TimeTense.UNKNOWN; // "has been postponed until Saturday": the verb's past says nothing of the day
    }
    return tense;
  }

  /** "until Saturday", "until 15:00 GMT Saturday": the word at most four tokens before, no verb between. */
  private static boolean follows(Sentence sentence, int start, Set<String> words) {
    int first = -1;
    for (Token t : sentence.tokens()) {
      if (t.end() <= start) {
        first = t.index();
      }
    }
    for (int i = first; i >= 0 && i > first - 4; i--) {
      Token t = sentence.token(i);
      if (words.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (t.isVerb()) {
        return false;
      }
    }
    return false;
  }

  private static TimeTense clauseTense(Sentence sentence, int head) {
    if (!sentence.dependencies().isEmpty() && sentence.parentEdge(head) != null) {
      TimeTense parsed = fromParse(sentence, head);
      if (parsed != null) {
        return parsed;
      }
    }
    return fromNearestVerb(sentence, head);
  }

  /** The token of the span whose governor lies outside the span (the last token when unparsed). */
  private static int headToken(Sentence sentence, int start, int end) {
    int first = -1;
    int last = -1;
    for (Token t : sentence.tokens()) {
      if (t.end() > start && t.start() < end) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    if (first < 0) {
      return -1;
    }
    for (int i = first; i <= last; i++) {
      Dependency edge = sentence.parentEdge(i);
      if (edge != null && (edge.governor() < first || edge.governor() > last)) {
        return i;
      }
    }
    return last;
  }

  private static TimeTense fromParse(Sentence sentence, int head) {
    if (modifiesNoun(sentence, head)) {
      // "a candidate in October's election", "the Monday meeting": the date belongs to the noun's own
      // event, which the verb's past says nothing about (the election may lie ahead); a future verb
      // ("will attend Sunday's summit") still puts it ahead
      TimeTense above = fromParseAbove(sentence, head);
      if (above == TimeTense.FUTURE || isArgumentOfVerb(sentence, sentence.parentEdge(head).governor())) {
        // "Monday's earthquake killed 50", "attended Sunday's summit": the noun's event is the verb's
        return above;
      }
      return TimeTense.UNKNOWN;
    }
    return fromParseAbove(sentence, head);
  }

  /** The noun is the subject or object of a verb: its event is the one the verb's tense places. */
  private static boolean isArgumentOfVerb(Sentence sentence, int noun) {
    Dependency edge = sentence.parentEdge(noun);
    if (edge == null || edge.governor() < 0) {
      return false;
    }
    String relation = edge.relation();
    return (relation.equals("nsubj") || relation.equals("nsubj:pass") || relation.equals("obj"))
        && sentence.token(edge.governor()).pos().startsWith("VB");
  }

  /** The date is a possessive or compound modifier of a common noun ("October's election", "the Monday talks"). */
  private static boolean modifiesNoun(Sentence sentence, int head) {
    Dependency edge = sentence.parentEdge(head);
    if (edge == null || edge.governor() < 0 || !(edge.relation().equals("nmod:poss") || edge.relation().equals("compound"))) {
      return false;
    }
    Token noun = sentence.token(edge.governor());
    return noun.isNoun() && !noun.isProperNoun() && !hasChild(sentence, edge.governor(), "cop");
  }

  private static TimeTense fromParseAbove(Sentence sentence, int head) {
    if (hasChild(sentence, head, "cop")) {
      TimeTense own = verbTense(sentence, head); // "The vote is on Tuesday": the date is the predicate
      if (own != null) {
        return own;
      }
    }
    int node = head;
    for (int step = 0; step < MAX_CLIMB; step++) {
      Dependency edge = sentence.parentEdge(node);
      if (edge == null || edge.governor() < 0) {
        return step == 0 ? null : verbTense(sentence, node);
      }
      node = edge.governor();
      Token token = sentence.token(node);
      if (isPredicate(sentence, node, token)) {
        TimeTense tense = verbTense(sentence, node);
        if (tense != null) {
          return tense;
        }
      }
    }
    return null;
  }

  private static boolean hasChild(Sentence sentence, int node, String relation) {
    for (Dependency child : sentence.children(node)) {
      if (child.relation().equals(relation)) {
        return true;
      }
    }
    return false;
  }

  /** A verb, or an adjective/noun with a copula ("are due", "is likely"). */
  private static boolean isPredicate(Sentence sentence, int node, Token token) {
    if (token.isVerb()) {
      return true;
    }
    for (Dependency child : sentence.children(node)) {
      if (child.relation().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tense of predicate {@code node}, climbing from an infinitive to the predicate it
   * complements; null when the predicate itself says nothing (then the caller climbs on).
   */
  private static TimeTense verbTense(Sentence sentence, int node) {
    return verbTense(sentence, node, 0);
  }

  /** {@code depth} bounds the climb: enhanced dependencies form a graph, not always a tree. */
  private static TimeTense verbTense(Sentence sentence, int node, int depth) {
    Token verb = sentence.token(node);
    boolean perfect = false;
    boolean pastAuxiliary = false;
    boolean presentAuxiliary = false;
    boolean infinitive = false;
    for (Dependency child : sentence.children(node)) {
      String relation = child.baseRelation();
      Token aux = sentence.token(child.dependent());
      String word = aux.text().toLowerCase(Locale.ROOT);
      if (relation.equals("aux") || relation.equals("cop")) {
        if (FUTURE_MODALS.contains(word)) {
          return perfectFollows(sentence, node) ? TimeTense.PAST : TimeTense.FUTURE;
        }
        if (CONDITIONAL_MODALS.contains(word)) {
          return TimeTense.UNKNOWN;
        }
        if (PERFECT.contains(word)) {
          perfect = true;
        } else if (aux.pos().equals("VBD")) {
          pastAuxiliary = true;
        } else if (aux.pos().equals("VBZ") || aux.pos().equals("VBP")) {
          presentAuxiliary = true;
        }
      } else if (relation.equals("mark") && word.equals("to")) {
        infinitive = true;
      }
    }
    if (perfect || pastAuxiliary || verb.pos().equals("VBD")) {
      if (PROSPECTIVE.contains(verb.lemma().toLowerCase(Locale.ROOT)) && pastAuxiliary && !perfect) {
        return TimeTense.UNKNOWN; // "was due to", "were expected to": a plan seen from the past
      }
      return TimeTense.PAST;
    }
    if (PROSPECTIVE.contains(verb.lemma().toLowerCase(Locale.ROOT))
        || PROSPECTIVE.contains(verb.text().toLowerCase(Locale.ROOT))) {
      if (presentAuxiliary || verb.pos().equals("VBZ") || verb.pos().equals("VBP") || verb.pos().equals("VBG")) {
        return TimeTense.FUTURE;
      }
    }
    if (infinitive || verb.pos().equals("VB") && !presentAuxiliary) {
      Dependency up = sentence.parentEdge(node);
      if (up != null && up.governor() >= 0 && depth < MAX_CLIMB && (up.baseRelation().equals("xcomp") || up.baseRelation().equals("advcl")
          || up.baseRelation().equals("ccomp") || up.baseRelation().equals("conj"))) {
        TimeTense above = verbTense(sentence, up.governor(), depth + 1);
        if (above == TimeTense.FUTURE) {
          return TimeTense.FUTURE;
        }
        if (above == TimeTense.PAST && up.baseRelation().equals("conj")) {
          return TimeTense.PAST;
        }
        return TimeTense.UNKNOWN;
      }
      return TimeTense.UNKNOWN;
    }
    if (presentAuxiliary || verb.pos().equals("VBZ") || verb.pos().equals("VBP")) {
      // a present tense with a date is a schedule ("the vote is on Tuesday", "talks take place on
      // Monday"), except the reporting present of headlines ("Russia says on Thursday")
      return REPORTING.contains(verb.lemma().toLowerCase(Locale.ROOT)) ? TimeTense.UNKNOWN : TimeTense.FUTURE;
    }
    if (verb.pos().equals("VBN")) {
      // a participle on its own: "a meeting planned for Wednesday" ahead, "the report released on Tuesday" done
      return PROSPECTIVE.contains(verb.lemma().toLowerCase(Locale.ROOT))
          || PROSPECTIVE.contains(verb.text().toLowerCase(Locale.ROOT)) ? TimeTense.FUTURE : TimeTense.PAST;
    }
    return null; // a gerund or a noun: read the clause above
  }

  /** "will have met", "may have met": a modal before a perfect is past. */
  private static boolean perfectFollows(Sentence sentence, int node) {
    for (Dependency child : sentence.children(node)) {
      if (child.baseRelation().equals("aux") && PERFECT.contains(sentence.token(child.dependent()).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Without a parse: the closest verb group to the expression decides. */
  private static TimeTense fromNearestVerb(Sentence sentence, int head) {
    List<Token> tokens = sentence.tokens();
    for (int distance = 1; distance < tokens.size(); distance++) {
      for (int i : new int[] {head - distance, head + distance}) {
        if (i < 0 || i >= tokens.size()) {
          continue;
        }
        Token t = tokens.get(i);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (t.pos().equals("MD")) {
          if (CONDITIONAL_MODALS.contains(word)) {
            return TimeTense.UNKNOWN;
          }
          return TimeTense.FUTURE;
        }
        if (t.pos().equals("VBD")) {
          return TimeTense.PAST;
        }
        if (t.pos().equals("VBN") && i > 0 && PERFECT.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
          return TimeTense.PAST;
        }
        if (PROSPECTIVE.contains(word) && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
          return TimeTense.FUTURE;
        }
        if ((t.pos().equals("VBZ") || t.pos().equals("VBP")) && !PERFECT.contains(word)) {
          boolean auxiliary = i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("VB");
          if (!auxiliary) {
            return REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT)) && !word.equals("is") && !word.equals("are")
                ? TimeTense.UNKNOWN : TimeTense.FUTURE;
          }
        }
      }
    }
    return TimeTense.UNKNOWN;
  }
}
