package org.dyad.pipeline.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Parent and child edges of one sentence's dependency graph, indexed when an edge is first asked
 * for: the sentence is parsed (parsing is lazy, see {@link Sentence#lazy}) only if a quote reads it.
 */
final class SentenceGraph {

  private final Sentence sentence;
  private List<List<Dependency>> parents;
  private List<List<Dependency>> children;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
  }

  private void index() {
    if (children != null) {
      return;
    }
    List<List<Dependency>> parents = new ArrayList<>(sentence.size());
    List<List<Dependency>> children = new ArrayList<>(sentence.size());
    for (int i = 0; i < sentence.size(); i++) {
      parents.add(new ArrayList<>());
      children.add(new ArrayList<>());
    }
    for (Dependency edge : sentence.dependencies()) {
      if (edge.dependent() < 0 || edge.dependent() >= sentence.size()) {
        continue;
      }
      parents.get(edge.dependent()).add(edge);
      if (edge.governor() >= 0 && edge.governor() < sentence.size()) {
        children.get(edge.governor()).add(edge);
      }
    }
    this.parents = parents;
    this.children = children;
  }

  List<Dependency> parents(int token) {
    index();
    return parents.get(token);
  }

  List<Dependency> children(int token) {
    index();
    return children.get(token);
  }

  /** The token and everything below it (extra enhanced edges such as "ref" are not followed). */
  Set<Integer> subtree(int token) {
    return subtreeWithout(token, -1);
  }

  /** The subtree of {@code token} without the subtree of {@code excluded}. */
  Set<Integer> subtreeWithout(int token, int excluded) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(token);
    seen.add(token);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Dependency edge : children(node)) {
        String relation = edge.relation();
        if (relation.equals("ref") || edge.dependent() == excluded || relation.endsWith(":xsubj")) {
          continue;
        }
        if (seen.add(edge.dependent())) {
          queue.add(edge.dependent());
        }
      }
    }
    return seen;
  }
}
