package org.dyad.store;

/**
 * What adding one document did.
 *
 * @param added false when a document with the same id was already stored (nothing was written)
 * @param events event mentions stored
 * @param newEvents mentions that started a new event
 * @param mergedEvents mentions merged into an event already stored (another report of it)
 */
public record AddResult(boolean added, int events, int newEvents, int mergedEvents) {

  static AddResult skipped() {
    return new AddResult(false, 0, 0, 0);
  }
}
