package org.dyad.pipeline.source;

import java.net.URI;
import java.time.Instant;

/** Fetches one URL. The real one is {@link HttpFetcher}; tests may pass their own. */
interface Fetcher {

  /**
   * @param uri the http(s) URL
   * @return the response body of a page, feed or text
   * @throws SourceException when the URL is refused, unreachable, too large or not a page
   */
  Fetched fetch(URI uri) throws SourceException;

  /**
   * @param uri the URL after redirects
   * @param contentType the Content-Type header value, or null
   * @param body the decoded body (no transfer or content encoding left)
   * @param retrieved when the response arrived
   */
  record Fetched(URI uri, String contentType, byte[] body, Instant retrieved) {}
}
