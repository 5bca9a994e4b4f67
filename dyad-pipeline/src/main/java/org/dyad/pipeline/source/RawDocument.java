package org.dyad.pipeline.source;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Bytes as read from a source, before any cleaning.
 *
 * @param source the path, URL or "-" it was read from
 * @param url the document's URL when known, else null
 * @param content the raw bytes
 * @param contentType a MIME type when known ("text/plain", "text/html"), else null
 * @param declaredCharset the charset a header declared, else null
 * @param published a publication date the caller supplied (--published), else null
 */
public record RawDocument(
    String source, String url, byte[] content, String contentType, Charset declaredCharset, LocalDate published) {

  public Optional<LocalDate> publishedHint() {
    return Optional.ofNullable(published);
  }

  public boolean looksLikeHtml() {
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) {
      return true;
    }
    String lower = source == null ? "" : source.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      return true;
    }
    int n = Math.min(content.length, 1024);
    String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head");
  }
}
