package org.dyad.pipeline.source;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.nodes.Entities;

/**
 * One item of a feed or sitemap.
 *
 * @param link the item's page (absolute when the feed's address is known), or null
 * @param title the item's title, or null
 * @param fullHtml the item's own content (content:encoded, Atom content, JSON Feed content_html), or null
 * @param published the item's publication date, or null
 * @param id the item's own identifier (RSS guid, Atom id, JSON Feed id), or null
 */
record FeedEntry(String link, String title, String fullHtml, LocalDate published, String id) {

  FeedEntry(String link, String title, String fullHtml, LocalDate published) {
    this(link, title, fullHtml, published, null);
  }

  /** The item's content as a small HTML page, title first, for the article extractor. */
  byte[] pageBytes() {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
    if (title != null) {
      page.append("<title>").append(Entities.escape(title)).append("</title>");
    }
    if (link != null) {
      page.append("<link rel=\"canonical\" href=\"").append(Entities.escape(link)).append("\">");
    }
    if (published != null) {
      page.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    }
    page.append("</head><body><article>");
    if (title != null) {
      page.append("<h1>").append(Entities.escape(title)).append("</h1>\n");
    }
    page.append(fullHtml).append("</article></body></html>\n");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }
}
