package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Indexed view of one sentence's enhanced++ dependency graph. The index is built, and so the
 * sentence parsed (parsing is lazy, see {@link Sentence#lazy}), only when an edge is first asked
 * for: coding a sentence whose words the dictionary does not know reads no edge and parses nothing.
 */
final class ParseGraph {

  private final Sentence sentence;
  private List<List<Dependency>> children;
  private Dependency[] primaryParent;

  ParseGraph(Sentence sentence) {
    this.sentence = sentence;
  }

  private void index() {
    if (children != null) {
      return;
    }
    int size = sentence.size();
    List<List<Dependency>> children = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      children.add(new ArrayList<>());
    }
    Dependency[] primaryParent = new Dependency[size];
    for (Dependency d : repaired(sentence)) {
      if (d.dependent() < 0 || d.dependent() >= size) {
        continue;
      }
      if (d.governor() >= 0 && d.governor() < size) {
        children.get(d.governor()).add(d);
      }
      if (primaryParent[d.dependent()] == null) {
        primaryParent[d.dependent()] = d;
      }
    }
    this.primaryParent = primaryParent;
    this.children = children;
  }

  /** The parse with the misparses that mislead every stage rewritten: see the repairs' own notes. */
  private static List<Dependency> repaired(Sentence sentence) {
    List<Dependency> edges = DayParticipleRepair.repair(sentence, sentence.dependencies());
    edges = WithInfinitiveRepair.repair(sentence, edges);
    edges = HeadlinePassiveRepair.repair(sentence, edges);
    return ReducedPassiveRepair.repair(sentence, edges);
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.size();
  }

  Token token(int i) {
    return sentence.token(i);
  }

  String lemma(int i) {
    return sentence.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  List<Dependency> children(int head) {
    index();
    return children.get(head);
  }

  /** Dependents of {@code head} whose relation is exactly {@code relation}. */
  List<Integer> children(int head, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children(head)) {
      if (d.relation().equals(relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  boolean hasChild(int head, String relation) {
    return !children(head, relation).isEmpty();
  }

  /** The basic-tree parent edge, or null for the root and unparsed tokens. */
  Dependency parent(int token) {
    index();
    Dependency d = primaryParent[token];
    return d == null || d.governor() < 0 ? null : d;
  }

  /** A verb in the simple present ("holds", "oppose"): said or done as it is written. */
  boolean simplePresent(int verb) {
    String pos = token(verb).pos();
    return pos.equals("VBP") || pos.equals("VBZ");
  }

  boolean isPassive(int verb) {
    return hasChild(verb, "nsubj:pass") || hasChild(verb, "aux:pass") || hasChild(verb, "csubj:pass");
  }

  /** Whether {@code ancestor} dominates {@code token} in the basic tree. */
  boolean dominates(int ancestor, int token) {
    int current = token;
    for (int steps = 0; steps < size(); steps++) {
      Dependency up = parent(current);
      if (up == null) {
        return false;
      }
      if (up.governor() == ancestor) {
        return true;
      }
      current = up.governor();
    }
    return false;
  }

  /** The head of a token span [from, to): the token whose parent lies outside the span. */
  int headOf(int from, int to) {
    for (int i = from; i < to; i++) {
      Dependency up = parent(i);
      if (up == null || up.governor() < from || up.governor() >= to) {
        return i;
      }
    }
    return from;
  }

  /** Whether {@code token} has a "mark" dependent with this lemma ("to", "that", "if"). */
  boolean hasMark(int token, String word) {
    for (int m : children(token, "mark")) {
      if (lemma(m).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens below {@code head} down to {@code depth} edges, nearest first, not through conjuncts. */
  List<Integer> descendants(int head, int depth) {
    List<Integer> out = new ArrayList<>();
    List<Integer> frontier = List.of(head);
    for (int level = 0; level < depth; level++) {
      List<Integer> next = new ArrayList<>();
      for (int node : frontier) {
        for (Dependency d : children(node)) {
          if (!d.baseRelation().equals("conj") && !out.contains(d.dependent()) && d.dependent() != head) {
            out.add(d.dependent());
            next.add(d.dependent());
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /** Whether a token of the sentence has one of these lemmas (as {@link #lemma} gives them); reads no edge. */
  boolean hasLemma(java.util.Set<String> lemmas) {
    for (int t = 0; t < size(); t++) {
      if (lemmas.contains(lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token of the sentence is this word (lower case); reads no edge. */
  boolean hasWord(String word) {
    for (int t = 0; t < size(); t++) {
      if (token(t).text().toLowerCase(java.util.Locale.ROOT).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
