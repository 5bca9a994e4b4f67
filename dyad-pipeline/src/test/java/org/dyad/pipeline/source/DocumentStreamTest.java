package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentStreamTest {

  private static SourceItem.Document document(String name) {
    return new SourceItem.Document(new RawDocument(name, null, name.getBytes(), null, null, null));
  }

  @Test
  void aCursorThatBreaksIsDroppedWithADiagnosticAndItsSiblingsAreStillRead() {
    List<String> closed = new ArrayList<>();
    Cursor broken = new Cursor() {
      private int calls;

      @Override
      public Step advance() {
        if (calls++ == 0) {
          return Step.of(document("before"));
        }
        throw new IllegalStateException("library bug");
      }

      @Override
      public void close() {
        closed.add("broken");
      }
    };
    List<Cursor> children = List.of(broken, Cursor.of(document("after")));
    Cursor root = Cursor.lazy(children.stream().map(child -> (java.util.function.Supplier<Cursor>) () -> child).iterator());

    List<SourceItem> items = new ArrayList<>();
    try (DocumentStream stream = new DocumentStream("folder", root)) {
      stream.forEachRemaining(items::add);
    }

    assertThat(items).hasSize(3);
    assertThat(items.get(0).location()).isEqualTo("before");
    assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Diagnostic.class,
        diagnostic -> assertThat(diagnostic.line()).isEqualTo("folder: internal error while reading: java.lang.IllegalStateException: library bug"));
    assertThat(items.get(2).location()).isEqualTo("after");
    assertThat(closed).containsExactly("broken");
  }

  @Test
  void closingEarlyClosesOpenCursors() {
    List<String> closed = new ArrayList<>();
    Cursor endless = new Cursor() {
      @Override
      public Step advance() {
        return Step.of(document("again"));
      }

      @Override
      public void close() {
        closed.add("endless");
      }
    };

    try (DocumentStream stream = new DocumentStream("endless", endless)) {
      assertThat(stream.stream().limit(3).count()).isEqualTo(3);
    }

    assertThat(closed).containsExactly("endless");
  }

  @Test
  void aDiagnosticLineNamesLocationAndPosition() {
    assertThat(new SourceItem.Diagnostic("crawl.warc.gz", "record at offset 42", "truncated").line())
        .isEqualTo("crawl.warc.gz (record at offset 42): truncated");
    assertThat(new SourceItem.Diagnostic("a.html", null, "no such file or folder").line())
        .isEqualTo("a.html: no such file or folder");
  }
}
