package org.dyad.pipeline.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of one source, read lazily: documents and per-document diagnostics, in source order.
 * A bad document yields a diagnostic and the stream goes on. Close it to release files and
 * connections. Not thread-safe: read it from one thread.
 */
public final class DocumentStream implements Iterator<SourceItem>, AutoCloseable {

  private final Cursor.Flattener flattener;
  private SourceItem pending;
  private boolean finished;

  DocumentStream(String location, Cursor root) {
    this.flattener = new Cursor.Flattener(location, root);
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !finished) {
      pending = flattener.next();
      if (pending == null) {
        finished = true;
        flattener.close();
      }
    }
    return pending != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = pending;
    pending = null;
    return item;
  }

  /** The remaining items as a sequential stream that closes this one when closed. */
  public Stream<SourceItem> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  @Override
  public void close() {
    finished = true;
    pending = null;
    flattener.close();
  }
}
