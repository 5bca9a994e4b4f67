package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * A text that speaks for whoever issued it: "The resolution demands ...", "the final text does
 * not call for ...", "the report says ..." after "the U.N. Security Council resolution" or "a
 * report by the National Audit Office". A noun of {@code AUTHORED_NOUNS} that is a clause's
 * subject or object ("a resolution was vetoed by the US": against its author) and names no author
 * of its own becomes a mention of the author the article first gave
 * a text of that noun (the texts voted on, {@code DOCUMENT_NOUNS}, count as one: "the draft", "the
 * final text" after "the Security Council resolution"): named in its own phrase (a compound,
 * possessive, "of" or "by" phrase: "the Security Council resolution", "the NAO's report"), as the
 * agent of a participle ("a resolution drafted by Egypt") or as the subject of the verb that issued
 * it ("the NAO published a report"). The first author holds: "the resolution drafted by the
 * United Arab Emirates" later in a story about a Security Council resolution does not make the
 * Emirates its voice. Runs before {@link Anaphora}, so that "it" after such a sentence can stand
 * for the author too.
 */
final class TextAuthors {

  /** The relations by which a text's own phrase names its author. */
  private static final List<String> OWN_AUTHOR_RELATIONS = List.of("compound", "nmod:poss", "nmod:of", "nmod:by",
      "amod");

  /**
   * Where a text stands for its author: as a clause's subject ("the resolution demands"), or as
   * what is done to it ("the resolution was vetoed by the US", "Britain welcomed the report": the
   * veto and the welcome are aimed at whoever put it forward).
   */
  private static final Set<String> ARGUMENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj");

  private final Lexicon words;

  TextAuthors(Lexicon words) {
    this.words = words;
  }

  /** The article with a mention of its author added for each authored text that is a clause's subject or object. */
  ResolvedArticle extend(ResolvedArticle article) {
    Resolution resolution = article.resolution();
    if (words.authoredNouns().isEmpty() || resolution.mentions().isEmpty()) {
      return article;
    }
    Map<String, String> authorOf = new HashMap<>(); // the first author of each text noun (or of the texts voted on)
    List<ActorMention> added = new ArrayList<>();
    String text = article.text();
    for (Sentence sentence : article.annotated().sentences()) {
      if (!hasAuthoredNoun(sentence)) {
        continue; // no parse read for a sentence without such a noun
      }
      ParseGraph graph = new ParseGraph(sentence);
      for (int t = 0; t < sentence.size(); t++) {
        String lemma = graph.lemma(t);
        if (!graph.token(t).isNoun() || graph.token(t).isProperNoun() || !words.authoredNouns().contains(lemma)
            || resolution.mentionAt(sentence.index(), t) != null) {
          continue;
        }
        String family = words.documentNouns().contains(lemma) ? "" : lemma;
        String own = ownAuthor(graph, resolution, sentence.index(), t);
        if (own != null) {
          authorOf.putIfAbsent(family, own);
          continue;
        }
        Dependency up = graph.parent(t);
        String author = authorOf.get(family);
        if (author != null && up != null && ARGUMENT_RELATIONS.contains(up.relation()) && graph.token(up.governor()).isVerb()) {
          added.add(new ActorMention(author, sentence.index(), t, t + 1, graph.token(t).start(), graph.token(t).end(),
              text.substring(graph.token(t).start(), graph.token(t).end())));
        }
      }
    }
    return article.withMentionsAdded(added);
  }

  private boolean hasAuthoredNoun(Sentence sentence) {
    for (int t = 0; t < sentence.size(); t++) {
      if (words.authoredNouns().contains(sentence.token(t).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author a text's own phrase or clause names: an actor in a compound, possessive, "of" or
   * "by" phrase or an adjective ("a Russian draft"), the agent of a participle modifying it, or
   * the subject of the verb of issuing or proposing whose object it is; null when none. A place is
   * what a text is about ("the Gaza resolution"), not who wrote it.
   */
  private String ownAuthor(ParseGraph graph, Resolution resolution, int sentence, int text) {
    for (Dependency d : graph.children(text)) {
      if (OWN_AUTHOR_RELATIONS.contains(d.relation())) {
        String author = author(resolution, sentence, d.dependent());
        if (author != null) {
          return author;
        }
      }
      if (d.baseRelation().equals("acl")) {
        for (int agent : graph.children(d.dependent(), "obl:agent")) {
          String author = author(resolution, sentence, agent);
          if (author != null) {
            return author; // "a resolution drafted by Egypt"
          }
        }
      }
    }
    Dependency up = graph.parent(text);
    if (up != null && up.relation().equals("obj") && graph.token(up.governor()).isVerb()
        && (words.issuingVerbs().contains(graph.lemma(up.governor()))
        || words.proposingVerbs().contains(graph.lemma(up.governor())))) {
      for (String relation : List.of("nsubj", "nsubj:xsubj")) {
        for (int subject : graph.children(up.governor(), relation)) {
          String author = author(resolution, sentence, subject);
          if (author != null) {
            return author; // "the NAO published a report"
          }
        }
      }
    }
    return null;
  }

  private static String author(Resolution resolution, int sentence, int token) {
    var mention = resolution.mentionAt(sentence, token);
    if (mention == null) {
      return null;
    }
    Actor actor = resolution.actor(mention.actorId());
    return actor == null || "location".equals(actor.kind()) ? null : actor.id();
  }
}
