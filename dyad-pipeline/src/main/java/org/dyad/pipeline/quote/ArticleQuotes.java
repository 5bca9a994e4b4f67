package org.dyad.pipeline.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.ParseGuards;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * The quotes of one article. Works in three passes: find candidates (quoted spans with their
 * cue, and reported clauses governed by a verb of saying, belief or message, or by "according
 * to"), resolve their speakers in text order (so that a pronoun can refer back to an earlier
 * speaker), then let a quote paragraph without a cue take the speaker of the quote just before
 * it. Speakers are looked for only in the annotated text: a subject's own actor mention, a name
 * attached to it, the actor a spokesman speaks for, or, for a pronoun or a definite description
 * ("the nominee"), the nearest compatible actor before it, subjects first, respecting the gender
 * the text gives (Mr., Ms., spokeswoman, a given name).
 */
final class ArticleQuotes {

  /** Relations through which a quoted clause can hang below the verb that reports it. */
  private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "xcomp", "parataxis", "conj", "obj", "dep");
  /** Relations from a quoted word to its governor that never lead on to a cue. */
  private static final Set<String> NOT_REPORTED_BY = Set.of("nsubj", "csubj", "punct", "advmod", "aux", "cop",
      "case", "mark", "cc", "det");
  /** Relations inside a subject that may name the actor behind it. */
  private static final Set<String> NAMING_RELATIONS = Set.of("compound", "flat", "appos", "nmod:poss", "amod");
  private static final Set<String> SPEAKER_KINDS = Set.of("person", "organization", "country", "group");
  private static final int PRONOUN_WINDOW_SENTENCES = 10;
  /** The pronouns {@link #resolvePronoun} resolves. */
  private static final Set<String> REFERRING_PRONOUNS = Set.of("he", "him", "she", "her", "it", "they");
  /** Verbs of saying whose object is the one spoken to, never the speaker. */
  private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "ask", "inform", "remind", "urge", "warn", "advise",
      "answer", "brief");
  private static final int MIN_INDIRECT_TOKENS = 3;
  /** "denied the report" reports a message; "praised Fernandez" names a person, not words. */
  private static final int MIN_MESSAGE_TOKENS = 2;

  enum Gender { FEMALE, MALE, UNKNOWN }

  /** A quote before its speaker is resolved. */
  private static final class Candidate {
    final String kind;
    final int start;
    final int end;
    final String text;
    final QuotedSpan span;
    int cueSentence = -1;
    int cueToken = -1;
    String cueText;
    int speakerSentence = -1;
    int speakerToken = -1;
    String speaker;
    Span evidence;
    boolean signed;
    int cueOffset = Integer.MAX_VALUE;

    Candidate(String kind, int start, int end, String text, QuotedSpan span) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.text = text;
      this.span = span;
    }

    /** Where the quote enters the text: its cue or its first word, whichever comes first. */
    int order() {
      return Math.min(start, cueOffset);
    }
  }

  private final String text;
  private final List<Sentence> sentences;
  private final Resolution resolution;
  private final Lexicon speechVerbs;
  private final Lexicon roleNouns;
  private final Lexicon stanceVerbs;
  private final Lexicon messageVerbs;
  private final Lexicon personNouns;
  private final Map<String, Gender> givenNames;
  private final List<SentenceGraph> graphs = new ArrayList<>();
  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, Gender> genders = new HashMap<>();
  /** Per sentence, per token: index of the quoted span covering it, or -1. */
  private final List<int[]> quotedBy = new ArrayList<>();
  /** Pronoun speakers already resolved: sentence → actor ids in token order. */
  private final Map<Integer, List<String>> resolvedPronouns = new HashMap<>();
  private final int[] paragraphStarts;
  /** Whether « » mark quotes too (Spanish): read as “ ”. */
  private final boolean guillemets;

  ArticleQuotes(ResolvedArticle article, Lexicons lexicons) {
    this.text = article.text();
    this.sentences = article.annotated().sentences();
    this.resolution = article.resolution();
    this.speechVerbs = lexicons.speechVerbs();
    this.roleNouns = lexicons.roleNouns();
    this.stanceVerbs = lexicons.stanceVerbs();
    this.messageVerbs = lexicons.messageVerbs();
    this.personNouns = lexicons.personNouns();
    this.givenNames = lexicons.givenNames();
    this.guillemets = lexicons.guillemets();
    for (Sentence sentence : sentences) {
      graphs.add(new SentenceGraph(sentence));
    }
    for (Actor actor : resolution.actors()) {
      actors.put(actor.id(), actor);
    }
    this.paragraphStarts = paragraphStarts(text);
    inferGenders();
  }

  List<AttributedQuote> find() {
    List<QuotedSpan> spans = QuoteMarks.find(guillemets ? text.replace('\u00ab', '\u201c').replace('\u00bb', '\u201d') : text);
    markQuotedTokens(spans);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      candidates.add(quotedCandidate(spans.get(i)));
    }
    candidates.addAll(indirectCandidates(spans));
    candidates.sort(Comparator.comparingInt(Candidate::order));
    for (Candidate candidate : candidates) {
      if (candidate.speakerSentence >= 0) {
        resolveSpeaker(candidate);
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.end));
    inheritSpeakers(candidates);
    List<AttributedQuote> quotes = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (!keep(candidate)) {
        continue;
      }
      Quote quote = new Quote("q" + (quotes.size() + 1), candidate.kind, candidate.text, candidate.speaker,
          candidate.cueText, candidate.start, candidate.end);
      quotes.add(new AttributedQuote(quote, candidate.evidence));
    }
    return quotes;
  }

  /**
   * Only quotes with a speaker are kept: Dyad's quotes say who spoke. Scare quotes (no cue) and
   * quotes whose speaker names no actor ("a source said") are left out.
   */
  private static boolean keep(Candidate candidate) {
    return candidate.speaker != null;
  }

  // ---------------------------------------------------------------- quoted spans

  private void markQuotedTokens(List<QuotedSpan> spans) {
    for (Sentence sentence : sentences) {
      int[] marks = new int[sentence.size()];
      java.util.Arrays.fill(marks, -1);
      for (int t = 0; t < sentence.size(); t++) {
        Token token = sentence.token(t);
        for (int i = 0; i < spans.size(); i++) {
          if (spans.get(i).covers(token.start(), token.end())) {
            marks[t] = i;
            break;
          }
        }
      }
      quotedBy.add(marks);
    }
  }

  private boolean quoted(int sentence, int token) {
    return quotedBy.get(sentence)[token] >= 0;
  }

  private Candidate quotedCandidate(QuotedSpan span) {
    String quoteText = span.text(text);
    boolean direct = looksDirect(span);
    Candidate candidate = new Candidate(direct ? "direct" : "partial", span.start(), span.end(), quoteText, span);
    List<Integer> overlapping = sentencesOverlapping(span.start(), span.end());
    int[] cue = null;
    for (int s : overlapping) {
      cue = cueAbove(s, span);
      if (cue != null) {
        break;
      }
    }
    if (cue == null) {
      for (int s : overlapping) {
        cue = cueBelow(s, span);
        if (cue != null) {
          break;
        }
      }
    }
    if (cue == null && direct) {
      cue = nearestCueInFrame(overlapping, span);
    }
    if (cue == null && direct && !overlapping.isEmpty()) {
      cue = cueBeforeColon(overlapping.get(0), span);
    }
    if (cue == null && !overlapping.isEmpty()) {
      cue = cueInNextSentence(overlapping.get(overlapping.size() - 1), span);
    }
    if (cue == null && signed(span)) {
      candidate.signed = true;
      ActorMention signed = signature(span);
      if (signed != null) {
        candidate.speaker = signed.actorId();
        candidate.evidence = new Span(signed.start(), signed.end(), signed.text());
        candidate.cueText = text.substring(span.end(), signed.start()).replaceAll("[\\s\"\u201d,.]", "");
        return candidate;
      }
    }
    if (cue != null) {
      setCue(candidate, cue[0], cue[1]);
      return candidate;
    }
    for (int s : overlapping) {
      int[] according = accordingTo(s, span);
      if (according != null) {
        setAccordingTo(candidate, s, according);
        return candidate;
      }
    }
    return candidate;
  }

  /** Direct: the quote stands as a clause of its own (after a colon, comma, dash, or a verb of saying). */
  private boolean looksDirect(QuotedSpan span) {
    int i = span.openMark() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return true;
    }
    char before = text.charAt(i);
    if (span.text(text).split("\\s+").length < 4) {
      return false;
    }
    if (before == '\n' || before == ':' || before == ',' || before == '\u2014' || before == '\u2013'
        || before == '(' || before == '-' || before == '.') {
      return true;
    }
    Sentence sentence = sentenceAt(span.openMark());
    if (sentence != null) {
      for (int t = sentence.size() - 1; t >= 0; t--) {
        Token token = sentence.token(t);
        if (token.end() <= span.openMark() && Character.isLetterOrDigit(token.text().charAt(0))) {
          return isSpeechVerb(token);
        }
      }
    }
    return false;
  }

  /** A speech verb reached by walking up from a quoted word through clause-linking relations. */
  private int[] cueAbove(int s, QuotedSpan span) {
    SentenceGraph graph = graphs.get(s);
    Sentence sentence = sentences.get(s);
    if (ParseGuards.enabled() && !speechVerbOutside(s, span)) {
      return null; // the cue is a speech verb outside the quote: none, so no parse needed to look
    }
    for (int t = 0; t < sentence.size(); t++) {
      if (quotedBy.get(s)[t] < 0 || !span.covers(sentence.token(t).start(), sentence.token(t).end())) {
        continue;
      }
      for (Dependency edge : graph.parents(t)) {
        int governor = edge.governor();
        if (governor < 0 || span.covers(sentence.token(governor).start(), sentence.token(governor).end())) {
          continue;
        }
        String relation = edge.baseRelation();
        if (isSpeechVerb(sentence.token(governor))) {
          if (edge.relation().equals("obl:with")) {
            // spoke with "such sincerity": the manner of someone's speech, in the words of whoever
            // reports it
            int found = walkUp(s, governor, span);
            if (found >= 0) {
              return new int[] {s, found};
            }
            continue;
          }
          if (!relation.equals("nsubj") && !relation.equals("csubj") && !relation.equals("punct")) {
            return new int[] {s, governor};
          }
          continue;
        }
        if (NOT_REPORTED_BY.contains(relation)) {
          continue;
        }
        int found = walkUp(s, governor, span);
        if (found >= 0) {
          return new int[] {s, found};
        }
      }
    }
    return null;
  }

  private int walkUp(int s, int from, QuotedSpan span) {
    SentenceGraph graph = graphs.get(s);
    Sentence sentence = sentences.get(s);
    Deque<int[]> queue = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    queue.add(new int[] {from, 0});
    seen.add(from);
    while (!queue.isEmpty()) {
      int[] node = queue.poll();
      if (node[1] > 5) {
        continue;
      }
      for (Dependency edge : graph.parents(node[0])) {
        int governor = edge.governor();
        if (governor < 0 || !CONTENT_RELATIONS.contains(edge.baseRelation()) || !seen.add(governor)) {
          continue;
        }
        Token token = sentence.token(governor);
        if (span.covers(token.start(), token.end())) {
          continue;
        }
        if (isSpeechVerb(token)) {
          return governor;
        }
        queue.add(new int[] {governor, node[1] + 1});
      }
    }
    return -1;
  }

  /** A speech verb outside the quote that the parser hung below a quoted word ("…," she said). */
  private int[] cueBelow(int s, QuotedSpan span) {
    Sentence sentence = sentences.get(s);
    SentenceGraph graph = graphs.get(s);
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int t = 0; t < sentence.size(); t++) {
      Token token = sentence.token(t);
      if (quoted(s, t) || !isSpeechVerb(token)) {
        continue;
      }
      for (Dependency edge : graph.parents(t)) {
        if (edge.governor() >= 0) {
          Token governor = sentence.token(edge.governor());
          if (span.covers(governor.start(), governor.end())) {
            int distance = distance(token, span);
            if (distance < bestDistance) {
              best = t;
              bestDistance = distance;
            }
          }
        }
      }
    }
    return best < 0 ? null : new int[] {s, best};
  }

  /** For a direct quote: the nearest speech verb with a subject in the unquoted part of its sentences. */
  private int[] nearestCueInFrame(List<Integer> overlapping, QuotedSpan span) {
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int s : overlapping) {
      Sentence sentence = sentences.get(s);
      for (int t = 0; t < sentence.size(); t++) {
        Token token = sentence.token(t);
        if (quoted(s, t) || !isSpeechVerb(token) || subjectOf(s, t) < 0) {
          continue;
        }
        int distance = distance(token, span);
        if (distance < bestDistance) {
          best = new int[] {s, t};
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** A quote opening a sentence after one that ends with a colon ("Caddell continued:") is that sentence's speech. */
  private int[] cueBeforeColon(int first, QuotedSpan span) {
    Sentence sentence = sentences.get(first);
    if (first == 0 || sentence.size() == 0 || sentence.token(0).start() < span.openMark() - 1
        && sentence.tokenAt(span.openMark()) > 1) {
      return null;
    }
    Sentence previous = sentences.get(first - 1);
    if (previous.size() == 0 || !previous.token(previous.size() - 1).text().equals(":")) {
      return null;
    }
    for (int t = previous.size() - 1; t >= 0; t--) {
      if (!quoted(first - 1, t) && isSpeechVerb(previous.token(t)) && subjectOf(first - 1, t) >= 0) {
        return new int[] {first - 1, t};
      }
    }
    return null;
  }

  /**
   * A quote that ends its sentence with a question or exclamation mark is often split from its
   * attribution: "…?" Graham asked. The next sentence, when it starts right after the quote with
   * a short attribution, gives the cue.
   */
  private int[] cueInNextSentence(int last, QuotedSpan span) {
    if (last + 1 >= sentences.size()) {
      return null;
    }
    Sentence next = sentences.get(last + 1);
    if (next.size() == 0 || next.start() > span.end() + 3 || text.substring(span.end(), next.start()).contains("\n")) {
      return null;
    }
    for (int t = 0; t < Math.min(next.size(), 4); t++) {
      if (!quoted(last + 1, t) && isSpeechVerb(next.token(t)) && subjectOf(last + 1, t) >= 0) {
        return new int[] {last + 1, t};
      }
    }
    return null;
  }

  /** Whether a dash follows the quote: “…” ― Pamela Padilla. */
  private boolean signed(QuotedSpan span) {
    int i = afterQuote(span);
    return i < text.length() && "\u2015\u2014\u2013-".indexOf(text.charAt(i)) >= 0;
  }

  private int afterQuote(QuotedSpan span) {
    int i = span.end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201d'
        || text.charAt(i) == ',' || text.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** The actor named after the dash of a signed quote, or null. */
  private ActorMention signature(QuotedSpan span) {
    int i = afterQuote(span);
    int limit = i + 4;
    for (ActorMention mention : resolution.mentions()) {
      if (mention.start() > i && mention.start() <= limit && speakerKind(mention.actorId())) {
        return mention;
      }
    }
    return null;
  }

  private static int distance(Token token, QuotedSpan span) {
    if (token.end() <= span.start()) {
      return span.start() - token.end();
    }
    return Math.max(0, token.start() - span.end());
  }

  private void setCue(Candidate candidate, int s, int t) {
    Token token = sentences.get(s).token(t);
    candidate.cueSentence = s;
    candidate.cueToken = t;
    candidate.cueText = token.text();
    candidate.cueOffset = token.start();
    int subject = subjectOf(s, t);
    if (subject >= 0) {
      candidate.speakerSentence = s;
      candidate.speakerToken = subject;
    }
  }

  private void setAccordingTo(Candidate candidate, int s, int[] according) {
    Sentence sentence = sentences.get(s);
    candidate.cueSentence = s;
    candidate.cueToken = according[0];
    candidate.cueText = text.substring(sentence.token(according[0]).start(), sentence.token(according[0] + 1).end());
    candidate.cueOffset = sentence.token(according[0]).start();
    candidate.speakerSentence = s;
    candidate.speakerToken = according[1];
  }

  /**
   * "according to X" outside the quote: {according token, X}; X is the noun the phrase is built
   * on. Null when the sentence has none.
   */
  private int[] accordingTo(int s, QuotedSpan span) {
    Sentence sentence = sentences.get(s);
    for (int t = 0; t + 1 < sentence.size(); t++) {
      if (!sentence.token(t).text().equalsIgnoreCase("according")
          || !sentence.token(t + 1).text().equalsIgnoreCase("to") || quoted(s, t)) {
        continue;
      }
      if (span != null && span.covers(sentence.token(t).start(), sentence.token(t).end())) {
        continue;
      }
      int noun = accordingObject(s, t);
      if (noun >= 0) {
        return new int[] {t, noun};
      }
    }
    return null;
  }

  private int accordingObject(int s, int according) {
    for (Dependency edge : graphs.get(s).parents(according)) {
      if (edge.baseRelation().equals("case") && edge.governor() >= 0) {
        return edge.governor();
      }
    }
    Sentence sentence = sentences.get(s);
    for (int t = according + 2; t < sentence.size(); t++) {
      if (sentence.token(t).isNoun() || sentence.token(t).pos().equals("PRP")) {
        int head = t;
        while (head + 1 < sentence.size() && sentence.token(head + 1).isNoun()) {
          head++;
        }
        return head;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- indirect speech

  private List<Candidate> indirectCandidates(List<QuotedSpan> spans) {
    List<Candidate> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (ParseGuards.enabled() && !mayNameSpeaker(s)) {
        continue; // its indirect quotes would have no speaker, so be dropped: no parse needed to find them
      }
      Sentence sentence = sentences.get(s);
      SentenceGraph graph = graphs.get(s);
      Set<Integer> reported = new HashSet<>();
      for (int t = 0; t < sentence.size(); t++) {
        if (isSpeechVerb(sentence.token(t)) && !quoted(s, t)) {
          reported.addAll(reportedClause(s, t));
        }
      }
      for (int t = 0; t < sentence.size(); t++) {
        Token verb = sentence.token(t);
        boolean speech = isSpeechVerb(verb);
        boolean message = verb.pos().startsWith("VB") && messageVerbs.contains(verb.lemma());
        boolean stance = verb.pos().startsWith("VB") && stanceVerbs.contains(verb.lemma());
        if (quoted(s, t) || !(speech || message || stance)) {
          continue;
        }
        if (!speech && reported.contains(t)) {
          // a belief or message inside someone's reported words is part of what they said
          continue;
        }
        Set<Integer> content = reportedClause(s, t);
        if (content.isEmpty() && message) {
          content = messageObject(s, t);
        }
        if (content.isEmpty()) {
          continue;
        }
        Candidate candidate = indirect(s, content, spans, message ? MIN_MESSAGE_TOKENS : MIN_INDIRECT_TOKENS);
        if (candidate != null) {
          setCue(candidate, s, t);
          out.add(candidate);
        }
      }
      int[] according = accordingTo(s, null);
      if (according != null) {
        int noun = according[1];
        int clause = -1;
        for (Dependency edge : graph.parents(noun)) {
          if (edge.governor() >= 0) {
            clause = edge.governor();
            break;
          }
        }
        if (clause >= 0 && !isSpeechVerb(sentence.token(clause))) {
          Set<Integer> content = graph.subtree(clause);
          content.removeAll(graph.subtree(noun));
          content.remove(according[0]);
          content.remove(according[0] + 1);
          Candidate candidate = indirect(s, content, spans, MIN_INDIRECT_TOKENS);
          if (candidate != null) {
            setAccordingTo(candidate, s, according);
            out.add(candidate);
          }
        }
      }
    }
    return out;
  }

  /** The tokens a speech verb reports: its clausal complement, or the clause it comments on. */
  private Set<Integer> reportedClause(int s, int verb) {
    SentenceGraph graph = graphs.get(s);
    for (Dependency edge : graph.children(verb)) {
      String relation = edge.baseRelation();
      if (relation.equals("ccomp") || (relation.equals("parataxis") && edge.dependent() < verb)) {
        Set<Integer> content = graph.subtree(edge.dependent());
        // enhanced dependencies also hang conjoined clauses straight from the verb: only the verb
        // and its subject are not part of what it reports
        content.remove(verb);
        for (Dependency child : graph.children(verb)) {
          if (child.baseRelation().equals("nsubj")) {
            content.removeAll(graph.subtree(child.dependent()));
          }
        }
        return content;
      }
    }
    for (Dependency edge : graph.children(verb)) {
      if (edge.baseRelation().equals("xcomp") && edge.dependent() > verb
          && sentences.get(s).token(edge.dependent()).isVerb()) {
        // "urged supporters to monitor polling places", "vowed to fight"
        Set<Integer> content = graph.subtree(edge.dependent());
        for (Dependency object : graph.children(verb)) {
          if (object.relation().equals("obj") && object.dependent() > verb && object.dependent() < edge.dependent()) {
            content.addAll(graph.subtree(object.dependent()));
          }
        }
        content.remove(verb);
        return content;
      }
    }
    for (Dependency edge : graph.parents(verb)) {
      String relation = edge.baseRelation();
      int head = edge.governor();
      if (head >= 0 && head < verb && (relation.equals("parataxis") || relation.equals("ccomp") || relation.equals("dep"))
          && !isSpeechVerb(sentences.get(s).token(head))) {
        Set<Integer> content = graph.subtree(head);
        Set<Integer> attribution = graph.subtree(verb);
        content.removeAll(attribution);
        int attributionStart = java.util.Collections.min(attribution);
        if (endsSentence(s, attribution)) {
          // "…, hours after militants fired rockets, the military said.": a closing attribution
          // reports the whole sentence before it, wherever the parser hung it
          for (int t = 0; t < attributionStart; t++) {
            content.add(t);
          }
        }
        // the reported words before a parenthetical attribution ("…, Tass reported, and …")
        content.removeIf(token -> token > attributionStart);
        return content;
      }
    }
    return Set.of();
  }

  /** Whether only punctuation follows these tokens in their sentence, and a comma precedes them. */
  private boolean endsSentence(int s, Set<Integer> tokens) {
    Sentence sentence = sentences.get(s);
    int first = java.util.Collections.min(tokens);
    int last = java.util.Collections.max(tokens);
    if (first == 0 || !sentence.token(first - 1).text().equals(",")) {
      return false;
    }
    for (int t = last + 1; t < sentence.size(); t++) {
      if (!isPunctuation(sentence.token(t))) {
        return false;
      }
    }
    return true;
  }

  /** The direct object of a verb whose object is the message ("denied the report"). */
  private Set<Integer> messageObject(int s, int verb) {
    SentenceGraph graph = graphs.get(s);
    for (Dependency edge : graph.children(verb)) {
      if (edge.relation().equals("obj") && edge.dependent() > verb) {
        return graph.subtree(edge.dependent());
      }
    }
    return Set.of();
  }

  private Candidate indirect(int s, Set<Integer> content, List<QuotedSpan> spans, int minTokens) {
    Sentence sentence = sentences.get(s);
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int t : content) {
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    while (first <= last && (isPunctuation(sentence.token(first)) || sentence.token(first).text().equalsIgnoreCase("that"))) {
      first++;
    }
    while (last >= first && isPunctuation(sentence.token(last))) {
      last--;
    }
    if (last - first + 1 < minTokens) {
      return null;
    }
    int start = sentence.token(first).start();
    int end = sentence.token(last).end();
    int quotedChars = 0;
    for (QuotedSpan span : spans) {
      for (QuotedSpan.Piece piece : span.pieces()) {
        quotedChars += Math.max(0, Math.min(end, piece.end()) - Math.max(start, piece.start()));
      }
    }
    if (quotedChars * 2 > end - start) {
      return null;
    }
    return new Candidate("indirect", start, end, text.substring(start, end), null);
  }

  private static boolean isPunctuation(Token token) {
    for (int i = 0; i < token.text().length(); i++) {
      if (Character.isLetterOrDigit(token.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- speakers

  /** The subject of a speech verb, borrowed from the verb it is conjoined to or modifies when it has none. */
  private int subjectOf(int s, int verb) {
    SentenceGraph graph = graphs.get(s);
    int current = verb;
    for (int depth = 0; depth < 3 && current >= 0; depth++) {
      for (Dependency edge : graph.children(current)) {
        if (edge.baseRelation().equals("nsubj") && !edge.relation().equals("nsubj:pass") && !quoted(s, edge.dependent())) {
          return edge.dependent();
        }
      }
      if (current == verb) {
        // an inverted attribution ("…," said Caddell) is often parsed with the speaker as object
        for (Dependency edge : graph.children(current)) {
          Token object = sentences.get(s).token(edge.dependent());
          if (edge.baseRelation().equals("obj") && edge.dependent() > verb && edge.dependent() <= verb + 3
              && !ADDRESSEE_VERBS.contains(sentences.get(s).token(verb).lemma()) && !quoted(s, edge.dependent())
              && (object.isProperNoun() || object.pos().equals("PRP")) && afterQuoteOrComma(s, verb)) {
            return edge.dependent();
          }
        }
      }
      current = borrowFrom(s, current);
    }
    return -1;
  }

  /**
   * The verb a subjectless speech verb shares its subject with: the one it is conjoined to, the
   * controller of its clause, the clause it modifies, else the verb the parser left it loosely
   * attached to ("…, saying that …" as dep). A verb inside quotation marks is the speaker's words,
   * never the frame that names the speaker.
   */
  private int borrowFrom(int s, int verb) {
    SentenceGraph graph = graphs.get(s);
    int loose = -1;
    for (Dependency edge : graph.parents(verb)) {
      int governor = edge.governor();
      if (governor < 0 || quoted(s, governor)) {
        continue;
      }
      String relation = edge.baseRelation();
      if (relation.equals("conj") || relation.equals("xcomp") || relation.equals("advcl")) {
        return governor;
      }
      if (relation.equals("dep") && governor < verb && loose < 0) {
        loose = governor;
      }
    }
    if (loose >= 0 && sentences.get(s).token(verb).pos().equals("VBG")) {
      // "X said Y had spoken …, adding: …": a participle after a comma goes with the sentence's
      // speaker, not with the reported clause the parser hung it on
      for (Dependency edge : graph.parents(loose)) {
        if (edge.baseRelation().equals("ccomp") && edge.governor() >= 0 && !quoted(s, edge.governor())
            && isSpeechVerb(sentences.get(s).token(edge.governor()))) {
          return edge.governor();
        }
      }
    }
    return loose;
  }

  /** Whether a closing quotation mark or a comma stands right before the verb. */
  private boolean afterQuoteOrComma(int s, int verb) {
    if (verb == 0) {
      return false;
    }
    String before = sentences.get(s).token(verb - 1).text();
    return before.equals(",") || before.equals("''") || before.equals("\"") || before.equals("\u201d");
  }

  private void resolveSpeaker(Candidate candidate) {
    int s = candidate.speakerSentence;
    int head = candidate.speakerToken;
    Sentence sentence = sentences.get(s);
    Token token = sentence.token(head);
    candidate.evidence = new Span(token.start(), token.end(), token.text());
    if (token.pos().equals("PRP")) {
      candidate.speaker = resolvePronoun(s, head);
      if (candidate.speaker != null) {
        resolvedPronouns.computeIfAbsent(s, k -> new ArrayList<>()).add(candidate.speaker);
      }
      return;
    }
    ActorMention mention = nameIn(s, head);
    if (mention != null) {
      candidate.speaker = mention.actorId();
      int start = Math.min(token.start(), mention.start());
      int end = Math.max(token.end(), mention.end());
      for (Dependency edge : graphs.get(s).children(head)) {
        if (edge.relation().equals("ref") && edge.dependent() > head) {
          // "Clinton, who said …": the relative pronoun names the speaker too
          end = Math.max(end, sentence.token(edge.dependent()).end());
        }
      }
      candidate.evidence = new Span(start, end, text.substring(start, end));
    } else if (isDefiniteDescription(s, head)) {
      Gender gender = Gender.UNKNOWN;
      for (int t = Math.max(0, head - 3); t <= head; t++) {
        Gender word = genderOfWord(sentence.token(t).text());
        gender = word == Gender.UNKNOWN ? gender : word;
      }
      candidate.speaker = resolveAnaphor(s, head, Set.of("person"), gender);
    }
  }

  /** "the nominee", "the former governor": a definite person noun that names nobody. */
  private boolean isDefiniteDescription(int s, int head) {
    Token token = sentences.get(s).token(head);
    if (!token.isNoun() || !personNouns.contains(token.lemma())) {
      return false;
    }
    for (Dependency edge : graphs.get(s).children(head)) {
      if (edge.baseRelation().equals("det")) {
        String determiner = sentences.get(s).token(edge.dependent()).text().toLowerCase(Locale.ROOT);
        return determiner.equals("the") || determiner.equals("this") || determiner.equals("that");
      }
    }
    return false;
  }

  /** The actor a subject phrase names: its head, then names attached to it, then who a spokesman speaks for. */
  private ActorMention nameIn(int s, int head) {
    SentenceGraph graph = graphs.get(s);
    ActorMention member = memberNamed(s, head);
    if (member != null) {
      return member;
    }
    Deque<int[]> queue = new ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    queue.add(new int[] {head, 0});
    seen.add(head);
    while (!queue.isEmpty()) {
      int[] node = queue.poll();
      ActorMention mention = resolution.mentionAt(s, node[0]);
      if (mention != null && speakerKind(mention.actorId())) {
        return mention;
      }
      if (node[1] >= 3) {
        continue;
      }
      boolean role = roleNouns.contains(sentences.get(s).token(node[0]).lemma());
      for (Dependency edge : graph.children(node[0])) {
        String relation = edge.relation();
        boolean naming = NAMING_RELATIONS.contains(relation) || NAMING_RELATIONS.contains(edge.baseRelation());
        boolean speaksFor = role && (edge.baseRelation().equals("nmod") || edge.baseRelation().equals("obl"));
        if ((naming || speaksFor) && !quoted(s, edge.dependent()) && seen.add(edge.dependent())) {
          queue.add(new int[] {edge.dependent(), node[1] + 1});
        }
      }
    }
    return null;
  }

  /**
   * "One of the Guildford Four, Gerry Conlon, said", "the UN envoy, Tor Wennesland, said": the
   * person named beside a group or an office speaks, not the group or the office.
   */
  private ActorMention memberNamed(int s, int head) {
    SentenceGraph graph = graphs.get(s);
    String lemma = sentences.get(s).token(head).lemma();
    boolean quantified = roleNouns.contains(lemma) || personNouns.contains(lemma);
    for (Dependency edge : graph.children(head)) {
      quantified |= edge.relation().equals("det:qmod");
    }
    if (!quantified) {
      return null;
    }
    for (Dependency edge : graph.children(head)) {
      if (edge.baseRelation().equals("appos") && !quoted(s, edge.dependent())) {
        ActorMention mention = resolution.mentionAt(s, edge.dependent());
        Actor actor = mention == null ? null : actors.get(mention.actorId());
        if (actor != null && "person".equals(actor.kind())) {
          return mention;
        }
      }
    }
    return null;
  }

  private boolean speakerKind(String actorId) {
    Actor actor = actors.get(actorId);
    return actor != null && actor.kind() != null && SPEAKER_KINDS.contains(actor.kind());
  }

  /**
   * A pronoun speaker: the compatible actor of the nearest sentence (this one before the pronoun,
   * then the previous few) that names one; within a sentence, one in subject position (a speaker
   * first) wins over other mentions, and a later mention over an earlier one.
   */
  private String resolvePronoun(int s, int pronoun) {
    String word = sentences.get(s).token(pronoun).text().toLowerCase(Locale.ROOT);
    Set<String> kinds;
    Gender gender = Gender.UNKNOWN;
    switch (word) {
      case "he", "him" -> {
        kinds = Set.of("person");
        gender = Gender.MALE;
      }
      case "she", "her" -> {
        kinds = Set.of("person");
        gender = Gender.FEMALE;
      }
      case "it", "they" -> kinds = Set.of("organization", "country", "group");
      default -> {
        return null;
      }
    }
    return resolveAnaphor(s, pronoun, kinds, gender);
  }

  private String resolveAnaphor(int s, int pronoun, Set<String> kinds, Gender gender) {
    for (int back = s; back >= Math.max(0, s - PRONOUN_WINDOW_SENTENCES); back--) {
      if (back != s && !hasVerb(sentences.get(back))) {
        continue;
      }
      int limit = back == s ? pronoun : Integer.MAX_VALUE;
      String found = subjectActor(back, limit, kinds, gender);
      if (found != null) {
        return found;
      }
      for (ActorMention mention : resolution.mentions()) {
        if (mention.sentence() == back && mention.firstToken() < limit && !quoted(back, mention.firstToken())
            && compatible(mention.actorId(), kinds, gender)) {
          found = mention.actorId();
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The compatible actor in subject position in sentence s before token limit; a speaker wins over other subjects. */
  private String subjectActor(int s, int limit, Set<String> kinds, Gender gender) {
    SentenceGraph graph = graphs.get(s);
    Sentence sentence = sentences.get(s);
    if (ParseGuards.enabled() && !resolvedPronouns.containsKey(s) && !hasCompatibleMention(s, kinds, gender)) {
      return null; // a subject's actor is a mention of this sentence or a pronoun resolved here: none, no parse
    }
    String first = null;
    for (int t = 0; t < Math.min(limit, sentence.size()); t++) {
      for (Dependency edge : graph.parents(t)) {
        if (!edge.baseRelation().equals("nsubj") || edge.governor() < 0 || quoted(s, t)) {
          continue;
        }
        String actor = null;
        if (sentence.token(t).pos().equals("PRP")) {
          List<String> earlier = resolvedPronouns.get(s);
          if (earlier != null && !earlier.isEmpty()) {
            actor = earlier.get(0);
          }
        } else {
          ActorMention mention = nameIn(s, t);
          actor = mention == null ? null : mention.actorId();
        }
        if (actor == null || !compatible(actor, kinds, gender)) {
          continue;
        }
        if (isSpeechVerb(sentence.token(edge.governor()))) {
          return actor;
        }
        if (first == null) {
          first = actor;
        }
      }
    }
    return first;
  }

  /** Whether sentence s has a mention of an actor {@link #compatible} with these kinds and gender. */
  private boolean hasCompatibleMention(int s, Set<String> kinds, Gender gender) {
    for (ActorMention mention : resolution.mentions()) {
      if (mention.sentence() == s && compatible(mention.actorId(), kinds, gender)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a speaker can be read in sentence s ({@link #resolveSpeaker}): a mention of a speaker
   * kind, a pronoun that can refer back (he, she, it, they), or a person noun ("the nominee").
   */
  private boolean mayNameSpeaker(int s) {
    for (ActorMention mention : resolution.mentions()) {
      if (mention.sentence() == s && speakerKind(mention.actorId())) {
        return true;
      }
    }
    for (Token token : sentences.get(s).tokens()) {
      if (token.pos().equals("PRP") && REFERRING_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT))
          || token.isNoun() && personNouns.contains(token.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a speech verb of sentence s stands outside the quote (what {@link #cueAbove} looks for). */
  private boolean speechVerbOutside(int s, QuotedSpan span) {
    for (Token token : sentences.get(s).tokens()) {
      if (isSpeechVerb(token) && !span.covers(token.start(), token.end())) {
        return true;
      }
    }
    return false;
  }

  private boolean compatible(String actorId, Set<String> kinds, Gender gender) {
    Actor actor = actors.get(actorId);
    if (actor == null || actor.kind() == null || !kinds.contains(actor.kind())) {
      return false;
    }
    Gender known = genders.getOrDefault(actorId, Gender.UNKNOWN);
    return gender == Gender.UNKNOWN || known == Gender.UNKNOWN || known == gender;
  }

  /** Genders the text states (a title before a name: Mr., Mrs., Ms.; a gendered role noun) or a given name implies. */
  private void inferGenders() {
    for (ActorMention mention : resolution.mentions()) {
      if (mention.sentence() < 0 || mention.sentence() >= sentences.size()) {
        continue;
      }
      Sentence sentence = sentences.get(mention.sentence());
      for (int t = Math.max(0, mention.firstToken() - 3); t < Math.min(sentence.size(), mention.endToken()); t++) {
        Gender gender = genderOfWord(sentence.token(t).text());
        if (gender != Gender.UNKNOWN) {
          genders.putIfAbsent(mention.actorId(), gender);
        }
      }
    }
    for (Actor actor : resolution.actors()) {
      if ("person".equals(actor.kind()) && actor.name() != null) {
        for (String name : names(actor)) {
          String[] words = name.strip().split("\\s+");
          if (words.length >= 2) {
            Gender gender = givenNames.getOrDefault(words[0].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
            if (gender != Gender.UNKNOWN) {
              genders.putIfAbsent(actor.id(), gender);
            }
          }
        }
      }
      if (actor.role() != null) {
        for (String word : actor.role().split("\\s+")) {
          Gender gender = genderOfWord(word);
          if (gender != Gender.UNKNOWN) {
            genders.putIfAbsent(actor.id(), gender);
          }
        }
      }
    }
  }

  private static List<String> names(Actor actor) {
    List<String> names = new ArrayList<>();
    names.add(actor.name());
    names.addAll(actor.aliases());
    for (Span mention : actor.mentions()) {
      names.add(mention.text());
    }
    return names;
  }

  private static Gender genderOfWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("mrs.") || w.equals("ms.") || w.equals("mrs") || w.equals("ms") || w.equals("madam")
        || w.endsWith("woman") || w.equals("queen") || w.equals("lady")) {
      return Gender.FEMALE;
    }
    if (w.equals("mr.") || w.equals("mr") || (w.endsWith("man") && !w.endsWith("woman") && w.length() > 5)
        || w.equals("king") || w.equals("sir")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }

  /** A direct quote with no cue takes the speaker of the quote just before it, when that one ended in this or the previous paragraph. */
  private void inheritSpeakers(List<Candidate> candidates) {
    Candidate previous = null;
    for (Candidate candidate : candidates) {
      if (candidate.span == null) {
        continue;
      }
      if (candidate.cueText == null && !candidate.signed && candidate.kind.equals("direct") && previous != null
          && previous.speaker != null
          && paragraphOf(candidate.start) - paragraphOf(previous.end) <= 1) {
        candidate.speaker = previous.speaker;
        candidate.evidence = previous.evidence;
      }
      if (candidate.speaker != null) {
        previous = candidate;
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Headlines, captions and credits without a verb are no place for a pronoun's antecedent. */
  private static boolean hasVerb(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      if (token.isVerb()) {
        return true;
      }
    }
    return false;
  }

  private boolean isSpeechVerb(Token token) {
    return token.pos().startsWith("VB") && speechVerbs.contains(token.lemma());
  }

  private List<Integer> sentencesOverlapping(int start, int end) {
    List<Integer> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (sentence.start() < end && sentence.end() > start) {
        out.add(sentence.index());
      }
    }
    return out;
  }

  private Sentence sentenceAt(int offset) {
    for (Sentence sentence : sentences) {
      if (offset >= sentence.start() && offset < sentence.end()) {
        return sentence;
      }
    }
    return null;
  }

  private static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private int paragraphOf(int offset) {
    int index = java.util.Arrays.binarySearch(paragraphStarts, offset);
    return index >= 0 ? index : -index - 2;
  }
}
