package org.dyad.pipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One sentence: its character span in the article text, tokens and dependency edges. The
 * dependency list is empty when the sentence was not parsed.
 *
 * <p>The annotator parses lazily ({@link #lazy}): the parse runs when something first reads the
 * dependencies ({@link #dependencies()}, {@link #children}, {@link #parentEdge}, {@link #root},
 * equality), once, and gives what an eager parse gives. Readers that can tell from the tokens alone
 * that a parse would change nothing for them should not read it.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (!(dependencies instanceof LazyDependencies)) {
      dependencies = List.copyOf(dependencies);
    }
  }

  /** A sentence whose dependencies {@code parse} computes when first read (once). */
  static Sentence lazy(int index, int start, int end, List<Token> tokens, Supplier<List<Dependency>> parse) {
    return new Sentence(index, start, end, tokens, new LazyDependencies(parse));
  }

  /** Whether the dependencies are at hand: given eagerly, or parsed already (asking parses nothing). */
  public boolean parsed() {
    return !(dependencies instanceof LazyDependencies lazy) || lazy.computed();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Edges whose governor is {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge whose dependent is {@code token}, or null (tokens without a parse). */
  public Dependency parentEdge(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** Index of the root token, or -1 when unparsed. */
  public int root() {
    for (Dependency d : dependencies) {
      if (d.governor() == -1) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The text of tokens [from, to) as it stands in {@code articleText}. */
  public String text(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Index of the token covering character offset {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (offset >= t.start() && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
