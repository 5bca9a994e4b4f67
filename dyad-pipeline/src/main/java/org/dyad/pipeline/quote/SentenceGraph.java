package org.dyad.pipeline.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/** Parent and child edges of one sentence's dependency graph, indexed once. */
final class SentenceGraph {

  private final List<List<Dependency>> parents;
  private final List<List<Dependency>> children;

  SentenceGraph(Sentence sentence) {
    parents = new ArrayList<>(sentence.size());
    children = new ArrayList<>(sentence.size());
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
  }

  List<Dependency> parents(int token) {
    return parents.get(token);
  }

  List<Dependency> children(int token) {
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
      for (Dependency edge : children.get(node)) {
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
