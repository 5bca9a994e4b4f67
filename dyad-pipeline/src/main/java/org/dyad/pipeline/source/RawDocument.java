package org.dyad.pipeline.source;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes as read from a source, before any cleaning.
 *
 * @param source the path, URL or "-" it was read from
 * @param url the document's URL when known, else null
 * @param content the raw bytes
 * @param contentType a MIME type when known ("text/plain", "text/html"), else null
 * @param declaredCharset the charset a header or an HTML meta tag declared, else null
 * @param published a publication date the caller supplied (--published) or a feed item carried, else null
 * @param retrieved when the bytes were captured (a WARC record's date, an HTTP fetch), else null
 */
public record RawDocument(
    String source,
    String url,
    byte[] content,
    String contentType,
    Charset declaredCharset,
    LocalDate published,
    Instant retrieved) {

  public RawDocument(
      String source, String url, byte[] content, String contentType, Charset declaredCharset, LocalDate published) {
    this(source, url, content, contentType, declaredCharset, published, null);
  }

  public Optional<LocalDate> publishedHint() {
    return Optional.ofNullable(published);
  }

  public Optional<Instant> retrievedHint() {
    return Optional.ofNullable(retrieved);
  }

  public RawDocument withPublished(LocalDate date) {
    return new RawDocument(source, url, content, contentType, declaredCharset, date, retrieved);
  }

  public boolean looksLikeHtml() {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    String lower = source == null ? "" : source.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      return true;
    }
    int n = Math.min(content.length, 1024);
    String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head");
  }
}
