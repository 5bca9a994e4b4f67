package org.dyad.pipeline.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serves canned responses by URL and records what was asked; unknown URLs fail like a dead host. */
final class FakeFetcher implements Fetcher {

  final Map<String, Fetched> pages = new LinkedHashMap<>();
  final List<String> requested = new ArrayList<>();
  private String anyPage;

  /** Answers every URL without a page of its own with this HTML. */
  FakeFetcher anyPage(String html) {
    anyPage = html;
    return this;
  }

  FakeFetcher page(String url, String contentType, String body) {
    pages.put(url, new Fetched(URI.create(url), contentType, body.getBytes(StandardCharsets.UTF_8),
        Instant.parse("2024-01-02T03:04:05Z")));
    return this;
  }

  @Override
  public Fetched fetch(URI uri) throws SourceException {
    requested.add(uri.toString());
    Fetched fetched = pages.get(uri.toString());
    if (fetched == null && anyPage != null) {
      return new Fetched(uri, "text/html", anyPage.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-01-02T03:04:05Z"));
    }
    if (fetched == null) {
      throw new SourceException("could not connect to " + uri.getHost());
    }
    return fetched;
  }
}
