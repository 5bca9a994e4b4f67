package org.dyad.pipeline.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/** A lazy producer of source items, possibly through nested cursors (a folder's files, a feed's pages). */
interface Cursor extends AutoCloseable {

  /** The next step, or null when this cursor is exhausted. Never throws for a bad document. */
  Step advance();

  @Override
  default void close() {}

  /** Either an item or a nested cursor to drain before this one continues. */
  record Step(SourceItem item, Cursor child) {
    static Step of(SourceItem item) {
      return new Step(item, null);
    }

    static Step of(Cursor child) {
      return new Step(null, child);
    }
  }

  static Cursor of(SourceItem item) {
    return of(List.of(item));
  }

  static Cursor of(List<? extends SourceItem> items) {
    Iterator<? extends SourceItem> iterator = items.iterator();
    return () -> iterator.hasNext() ? Step.of(iterator.next()) : null;
  }

  static Cursor diagnostic(String location, String position, String message) {
    return of(new SourceItem.Diagnostic(location, position, message));
  }

  /** A cursor that opens each child only when the previous one is done. */
  static Cursor lazy(Iterator<Supplier<Cursor>> children) {
    return () -> children.hasNext() ? Step.of(children.next().get()) : null;
  }

  /**
   * Drains nested cursors depth first; closes each as soon as it is exhausted. A cursor that fails
   * with an unexpected runtime exception (a library bug on odd input) is dropped with a diagnostic,
   * so the rest of the source is still read.
   */
  final class Flattener implements AutoCloseable {
    private final Deque<Cursor> stack = new ArrayDeque<>();
    private final String location;

    Flattener(String location, Cursor root) {
      this.location = location;
      stack.push(root);
    }

    SourceItem next() {
      while (!stack.isEmpty()) {
        Cursor top = stack.peek();
        Step step;
        try {
          step = top.advance();
        } catch (RuntimeException e) {
          stack.pop().close();
          return new SourceItem.Diagnostic(location, null, "internal error while reading: " + e);
        }
        if (step == null) {
          stack.pop().close();
        } else if (step.item() != null) {
          return step.item();
        } else if (step.child() != null) {
          stack.push(step.child());
        }
      }
      return null;
    }

    @Override
    public void close() {
      while (!stack.isEmpty()) {
        stack.pop().close();
      }
    }
  }
}
