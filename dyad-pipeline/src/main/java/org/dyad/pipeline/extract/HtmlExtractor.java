package org.dyad.pipeline.extract;

import java.util.List;
import org.dyad.pipeline.source.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts the article body and metadata from an HTML page. */
public final class HtmlExtractor {

  public Article extract(RawDocument raw, String html) {
    Document document = Jsoup.parse(html, raw.url() == null ? "" : raw.url());
    String title = document.title().isBlank() ? null : document.title().strip();
    String text = document.body() == null ? "" : document.body().text();
    return new Article(raw.source(), raw.url(), title, List.of(), null, null, "en", text, List.of());
  }
}
