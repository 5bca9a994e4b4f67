package org.dyad.store;

import java.util.List;

/** One page of results and the number of matches over all pages. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  public Page {
    items = List.copyOf(items);
  }
}
