package org.dyad.pipeline.extract;

import java.util.List;
import org.dyad.model.Removed;

/**
 * A cleaned article. Paragraphs in {@code text} are separated by a blank line ("\n\n"); a title
 * found in the text stays in it as the first paragraph.
 *
 * @param published ISO date or instant, or null
 */
public record Article(
    String source,
    String url,
    String title,
    List<String> authors,
    String published,
    String outlet,
    String language,
    String text,
    List<Removed> removed) {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  public Article withPublished(String date) {
    return new Article(source, url, title, authors, date, outlet, language, text, removed);
  }

  /** This article with {@code code} as its language (ISO 639-1). */
  public Article withLanguage(String code) {
    return new Article(source, url, title, authors, published, outlet, code, text, removed);
  }
}
