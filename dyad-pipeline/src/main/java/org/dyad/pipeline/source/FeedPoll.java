package org.dyad.pipeline.source;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one (conditional) fetch of a feed gave.
 *
 * @param status updated (200 with items), not modified (304: nothing read, nothing to do) or failed
 * @param url the feed's URL after redirects (the requested one when it failed before any response)
 * @param httpStatus the final HTTP status, 0 when there was no response
 * @param etag the validator to send as If-None-Match next time, or null
 * @param lastModified the validator to send as If-Modified-Since next time, or null
 * @param refreshHint how long the feed or its response says it stays fresh (RSS ttl,
 *     sy:updatePeriod, Cache-Control max-age, Expires), or null
 * @param retryAfter the server's Retry-After on a failure (429, 503), or null
 * @param title the feed's title, or null
 * @param items the feed's items, in the feed's order (empty unless updated)
 * @param error one line saying what failed, or null
 */
public record FeedPoll(
    Status status, URI url, int httpStatus, String etag, String lastModified, Duration refreshHint, Duration retryAfter,
    String title, List<FeedItem> items, String error) {

  public enum Status { UPDATED, NOT_MODIFIED, FAILED }

  public FeedPoll {
    items = List.copyOf(items);
  }

  public Optional<Duration> refresh() {
    return Optional.ofNullable(refreshHint);
  }

  static FeedPoll failed(URI url, int httpStatus, Duration retryAfter, String error) {
    return new FeedPoll(Status.FAILED, url, httpStatus, null, null, null, retryAfter, null, List.of(), error);
  }
}
