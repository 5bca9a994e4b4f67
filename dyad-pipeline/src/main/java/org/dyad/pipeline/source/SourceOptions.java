package org.dyad.pipeline.source;

import java.time.Duration;
import java.time.LocalDate;

/**
 * How documents are read.
 *
 * @param published a publication date for every document (overrides feed dates), or null
 * @param allowPrivate fetch URLs that resolve to private, loopback or link-local addresses
 * @param connectTimeout how long a TCP/TLS connection may take
 * @param readTimeout how long one HTTP exchange (headers and body) may take
 * @param maxBytes the largest document (after decompression) that is read
 * @param maxRedirects how many HTTP redirects are followed
 * @param maxFeedItems how many items of one feed or sitemap are read
 * @param fullContentMinChars a feed item's own content is used, instead of fetching its page,
 *     when it holds at least this many characters of text
 */
public record SourceOptions(
    LocalDate published,
    boolean allowPrivate,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRedirects,
    int maxFeedItems,
    int fullContentMinChars) {

  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  public SourceOptions {
    if (maxBytes <= 0 || maxRedirects < 0 || maxFeedItems <= 0 || fullContentMinChars < 0) {
      throw new IllegalArgumentException("source limits must be positive");
    }
  }

  public static SourceOptions defaults() {
    return new SourceOptions(null, false, Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, 5, 1000, 1000);
  }

  public SourceOptions withPublished(LocalDate date) {
    return new SourceOptions(date, allowPrivate, connectTimeout, readTimeout, maxBytes, maxRedirects, maxFeedItems,
        fullContentMinChars);
  }

  public SourceOptions withAllowPrivate(boolean allow) {
    return new SourceOptions(published, allow, connectTimeout, readTimeout, maxBytes, maxRedirects, maxFeedItems,
        fullContentMinChars);
  }

  public SourceOptions withMaxBytes(long bytes) {
    return new SourceOptions(published, allowPrivate, connectTimeout, readTimeout, bytes, maxRedirects, maxFeedItems,
        fullContentMinChars);
  }

  public SourceOptions withTimeouts(Duration connect, Duration read) {
    return new SourceOptions(published, allowPrivate, connect, read, maxBytes, maxRedirects, maxFeedItems,
        fullContentMinChars);
  }

  public SourceOptions withMaxRedirects(int redirects) {
    return new SourceOptions(published, allowPrivate, connectTimeout, readTimeout, maxBytes, redirects, maxFeedItems,
        fullContentMinChars);
  }
}
