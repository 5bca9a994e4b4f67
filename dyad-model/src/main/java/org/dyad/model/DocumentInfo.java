package org.dyad.model;

import java.util.List;

/**
 * The cleaned document and its metadata. {@code id} is the SHA-256 hex of {@code text}; every
 * offset elsewhere in the record points into {@code text} (UTF-16 code units, end exclusive).
 */
public record DocumentInfo(
    String id,
    String source,
    String url,
    String title,
    List<String> authors,
    String published,
    String outlet,
    String language,
    String text,
    List<Removed> removed) {

  public DocumentInfo {
    authors = authors == null ? List.of() : List.copyOf(authors);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }
}
