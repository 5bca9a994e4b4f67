package org.dyad.store;

import java.time.Instant;

/**
 * What one fetch of a feed gave, to record in its state.
 *
 * @param at when it was fetched
 * @param status "updated", "not-modified" or "failed"
 * @param etag the validator for next time (kept from before when null and not failed)
 * @param lastModified likewise
 * @param title the feed's own title, or null
 * @param error what failed, or null
 * @param nextDue when to fetch it next
 */
public record FeedFetch(Instant at, String status, String etag, String lastModified, String title, String error, Instant nextDue) {

  public static final String UPDATED = "updated";
  public static final String NOT_MODIFIED = "not-modified";
  public static final String FAILED = "failed";

  public FeedFetch {
    if (!status.equals(UPDATED) && !status.equals(NOT_MODIFIED) && !status.equals(FAILED)) {
      throw new IllegalArgumentException("a fetch is updated, not-modified or failed, not " + status);
    }
  }
}
