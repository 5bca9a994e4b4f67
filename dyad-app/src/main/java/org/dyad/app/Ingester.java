package org.dyad.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.source.DocumentSources;
import org.dyad.pipeline.source.DocumentStream;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.SourceItem;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.AddResult;
import org.dyad.store.Store;

/**
 * Reads sources, runs the pipeline on a bounded pool of threads and stores each document in its
 * own transaction (the store serialises writes). A document already stored is skipped after
 * extraction (its id is the hash of its clean text), before the costly NLP; a document that
 * fails is recorded in the store and the run goes on.
 */
final class Ingester {

  /** Counts of one run, safe to read while it runs. */
  static final class Progress {
    final long startNanos = System.nanoTime();
    final AtomicLong seen = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    final AtomicLong merged = new AtomicLong();

    long done() {
      return added.get() + skipped.get() + failed.get();
    }

    double seconds() {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Documents processed (added or skipped or failed) per second. */
    double rate() {
      double seconds = seconds();
      return seconds <= 0 ? 0 : done() / seconds;
    }

    String line() {
      return String.format(java.util.Locale.ROOT, "%d documents: %d added, %d already stored, %d failed; %d events (%d merged into earlier reports); %.2f documents/s",
          done(), added.get(), skipped.get(), failed.get(), events.get(), merged.get(), rate());
    }
  }

  private final Pipeline pipeline;
  private final Store store;
  private final int threads;
  private final SourceOptions options;

  Ingester(Pipeline pipeline, Store store, int threads, SourceOptions options) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.options = options;
  }

  /** Ingests every location; {@code onDocument} is called after each document (from worker threads). */
  Progress run(List<String> locations, Consumer<Progress> onDocument) throws InterruptedException {
    return run(progress -> {
      for (String location : locations) {
        try (DocumentStream items = DocumentSources.open(location, options)) {
          while (items.hasNext()) {
            progress.accept(items.next());
          }
        }
      }
    }, onDocument);
  }

  /** Ingests documents already read (the demo's examples). */
  Progress runDocuments(List<RawDocument> documents, Consumer<Progress> onDocument) throws InterruptedException {
    return run(progress -> {
      for (RawDocument document : documents) {
        progress.accept(new SourceItem.Document(document));
      }
    }, onDocument);
  }

  /** Something that hands every item it reads to a sink. */
  @FunctionalInterface
  private interface Feed {
    void into(ItemSink sink) throws InterruptedException;
  }

  @FunctionalInterface
  private interface ItemSink {
    void accept(SourceItem item) throws InterruptedException;
  }

  private Progress run(Feed feed, Consumer<Progress> onDocument) throws InterruptedException {
    Progress progress = new Progress();
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "dyad-ingest");
      thread.setDaemon(true);
      return thread;
    });
    Semaphore inFlight = new Semaphore(threads * 2);
    try {
      feed.into(item -> {
        progress.seen.incrementAndGet();
        if (item instanceof SourceItem.Diagnostic diagnostic) {
          store.recordFailure(diagnostic.location() + (diagnostic.position() == null ? "" : " (" + diagnostic.position() + ")"),
              diagnostic.message());
          progress.failed.incrementAndGet();
          onDocument.accept(progress);
          return;
        }
        RawDocument raw = ((SourceItem.Document) item).document();
        inFlight.acquire();
        pool.execute(() -> {
          try {
            ingestOne(raw, progress);
          } finally {
            inFlight.release();
            onDocument.accept(progress);
          }
        });
      });
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // waiting for the last documents
      }
    } finally {
      pool.shutdownNow();
    }
    return progress;
  }

  private void ingestOne(RawDocument raw, Progress progress) {
    Outcome outcome = ingest(raw);
    switch (outcome.kind()) {
      case ADDED -> {
        progress.added.incrementAndGet();
        progress.events.addAndGet(outcome.result().events());
        progress.merged.addAndGet(outcome.result().mergedEvents());
      }
      case ALREADY_STORED -> progress.skipped.incrementAndGet();
      case FAILED -> progress.failed.incrementAndGet();
    }
  }

  /**
   * What became of one document.
   *
   * @param documentId its id (the hash of its clean text), null when it failed before extraction ended
   * @param result what storing it did (ADDED), else null
   * @param message why it failed (FAILED), else null
   */
  record Outcome(Kind kind, String documentId, AddResult result, String message) {
    enum Kind { ADDED, ALREADY_STORED, FAILED }
  }

  /**
   * Extracts, codes and stores one document, on the calling thread. A document already stored is
   * recognised after extraction, before the NLP; a failure is recorded in the store.
   */
  Outcome ingest(RawDocument raw) {
    String documentId = null;
    try {
      Article article = pipeline.extract(raw);
      if (!article.text().isBlank()) {
        documentId = Pipeline.sha256(article.text());
        if (store.containsDocument(documentId)) {
          return new Outcome(Outcome.Kind.ALREADY_STORED, documentId, null, null);
        }
      }
      DocumentRecord record = pipeline.process(article);
      AddResult result = store.add(record);
      return new Outcome(result.added() ? Outcome.Kind.ADDED : Outcome.Kind.ALREADY_STORED, record.document().id(),
          result.added() ? result : null, null);
    } catch (UnreadableInputException e) {
      store.recordFailure(raw.source(), e.getMessage());
      return new Outcome(Outcome.Kind.FAILED, documentId, null, e.getMessage());
    } catch (RuntimeException e) {
      // one bad document must not stop the run: record what went wrong and go on
      store.recordFailure(raw.source(), "internal error: " + e);
      return new Outcome(Outcome.Kind.FAILED, documentId, null, "internal error: " + e);
    }
  }

}
