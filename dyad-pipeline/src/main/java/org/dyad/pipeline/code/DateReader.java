package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Stage 4, date: an event's date is a time expression of its own clause, else of a governing
 * clause, else the nearest one in the sentence outside clauses below it; never the publication
 * date. A time after "since" starts a period and dates nothing.
 */
final class DateReader {

  private final SentenceContext context;
  private final ParseGraph graph;
  private final Sentence sentence;
  private final ResolvedArticle article;

  DateReader(SentenceContext context) {
    this.context = context;
    this.graph = context.graph();
    this.sentence = context.sentence();
    this.article = context.article();
  }

  /** The date of the event {@code trigger} states, whose clause is headed by {@code clauseHead}; null when the sentence has no time. */
  TimeExpression date(int clauseHead, int trigger) {
    List<TimeExpression> inSentence = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    for (TimeExpression time : article.times()) {
      if (time.value() == null || time.start() < sentence.start() || time.end() > sentence.end() || since(time)) {
        continue; // "has lent $20 billion since 2015": the start of a period, not the event's date
      }
      int first = sentence.tokenAt(time.start());
      int last = sentence.tokenAt(Math.max(time.start(), time.end() - 1));
      if (first < 0 || last < 0) {
        continue;
      }
      inSentence.add(time);
      heads.add(clauseHead(timeAnchor(graph.headOf(first, last + 1))));
    }
    if (inSentence.isEmpty()) {
      return null;
    }
    for (int i = 0; i < inSentence.size(); i++) {
      if (heads.get(i) == clauseHead) {
        return inSentence.get(i);
      }
    }
    int node = clauseHead;
    for (int steps = 0; steps < graph.size(); steps++) {
      Dependency up = graph.parent(node);
      if (up == null) {
        break;
      }
      node = up.governor();
      for (int i = 0; i < inSentence.size(); i++) {
        if (heads.get(i) == node) {
          return inSentence.get(i);
        }
      }
    }
    TimeExpression nearest = null;
    int best = Integer.MAX_VALUE;
    int at = graph.token(trigger).start();
    for (int i = 0; i < inSentence.size(); i++) {
      TimeExpression time = inSentence.get(i);
      if (graph.dominates(clauseHead, heads.get(i))) {
        continue; // a time inside a clause below this one dates that clause's event
      }
      int distance = Math.abs(time.start() - at);
      if (distance < best) {
        best = distance;
        nearest = time;
      }
    }
    return nearest;
  }

  /**
   * The token a time hangs on for dating: itself, except when the parser made it the subject of a
   * to-infinitive ("will hold a summit on Thursday to discuss": nsubj(discuss, Thursday)); then
   * the verb the infinitive belongs to.
   */
  private int timeAnchor(int head) {
    Dependency up = graph.parent(head);
    if (up != null && up.relation().equals("nsubj") && graph.hasMark(up.governor(), "to")) {
      Dependency above = graph.parent(up.governor());
      if (above != null && above.governor() >= 0) {
        return above.governor();
      }
    }
    return head;
  }

  /** The time follows "since" ("since 2015", "since early December"). */
  private boolean since(TimeExpression time) {
    String before = article.text().substring(Math.max(sentence.start(), time.start() - 20), time.start()).trim()
        .toLowerCase(Locale.ROOT);
    return before.endsWith(" since") || before.equals("since") || before.endsWith(" since early")
        || before.endsWith(" since late");
  }

  // ---------------------------------------------------------------- read through the other stages

  private int clauseHead(int token) {
    return context.stances().clauseHead(token);
  }
}
