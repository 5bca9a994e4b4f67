package org.dyad.pipeline.nlp;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The dependency edges of one sentence, computed by {@code parse} the first time anything reads
 * them (size, an edge, an iteration, equality) and kept from then on. Reading them is reading the
 * parse: whoever never reads a sentence's edges never pays for its parse, and whoever reads them
 * gets exactly the edges an eager parse would have given. Safe to read from several threads (the
 * parse runs once; the others wait for it). A parse that fails (an interrupted thread) leaves
 * nothing behind; the next read tries again.
 */
final class LazyDependencies extends AbstractList<Dependency> implements RandomAccess {

  private Supplier<List<Dependency>> parse;
  private volatile List<Dependency> edges;

  LazyDependencies(Supplier<List<Dependency>> parse) {
    this.parse = parse;
  }

  /** Whether the parse has run (without running it). */
  boolean computed() {
    return edges != null;
  }

  private List<Dependency> edges() {
    List<Dependency> local = edges;
    if (local == null) {
      synchronized (this) {
        local = edges;
        if (local == null) {
          local = List.copyOf(parse.get());
          edges = local;
          parse = null; // the parser's input (CoreNLP's sentence) can go
        }
      }
    }
    return local;
  }

  @Override
  public Dependency get(int index) {
    return edges().get(index);
  }

  @Override
  public int size() {
    return edges().size();
  }

  @Override
  public Iterator<Dependency> iterator() {
    return edges().iterator();
  }

  @Override
  public boolean isEmpty() {
    return edges().isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return edges().equals(other);
  }

  @Override
  public int hashCode() {
    return edges().hashCode();
  }
}
