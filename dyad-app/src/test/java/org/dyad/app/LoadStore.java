package org.dyad.app;

import org.dyad.store.Store;

/** Fills a store with synthetic documents through the Store API until it holds a number of events. */
final class LoadStore {

  static final int EVENTS_PER_DOCUMENT = 50;

  private LoadStore() {}

  /** Adds synthetic documents (continuing after those already there) until {@code events} events are stored. */
  static long fill(Store store, long events, java.io.PrintStream log) {
    long documents = store.stats().documents();
    long start = System.nanoTime();
    while (store.stats().events() < events) {
      for (int i = 0; i < 200; i++) {
        store.add(SyntheticRecords.document(documents++, EVENTS_PER_DOCUMENT));
      }
      if (log != null && documents % 2000 == 0) {
        log.printf("load store: %d documents, %d events, %.0f s%n", documents, store.stats().events(),
            (System.nanoTime() - start) / 1e9);
      }
    }
    return documents;
  }

  /** {@code java -cp … org.dyad.app.LoadStore DB EVENTS}: builds the store the load test reads. */
  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      fill(store, Long.parseLong(args[1]), System.err);
      System.err.println("load store: " + store.stats());
    }
  }
}
