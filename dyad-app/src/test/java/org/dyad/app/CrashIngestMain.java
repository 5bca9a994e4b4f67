package org.dyad.app;

import org.dyad.model.DocumentRecord;
import org.dyad.store.Store;

/**
 * The store-writing half of {@code dyad ingest}, without the NLP models, for the crash test: adds
 * synthetic documents {@code 0..count-1} (each with events, actors and a quote) in order, skipping
 * those already stored, one transaction each as ingest does, and records a failure for every
 * seventh. {@code java -cp … org.dyad.app.CrashIngestMain DB COUNT}.
 */
final class CrashIngestMain {

  static final int EVENTS_PER_DOCUMENT = 12;

  private CrashIngestMain() {}

  static void ingest(Store store, int count) {
    for (int i = 0; i < count; i++) {
      if (i % 7 == 0) {
        // a bad input beside document i: it is never stored, so every run (and every rerun after a
        // kill) records its failure again, as ingest does; the record is an upsert by source
        store.recordFailure("synthetic/failed-" + i + ".txt", "unreadable for the test");
      }
      DocumentRecord record = SyntheticRecords.document(i, EVENTS_PER_DOCUMENT);
      if (store.containsDocument(record.document().id())) {
        continue;
      }
      store.add(record);
    }
  }

  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      ingest(store, Integer.parseInt(args[1]));
    }
    System.out.println("done");
  }
}
