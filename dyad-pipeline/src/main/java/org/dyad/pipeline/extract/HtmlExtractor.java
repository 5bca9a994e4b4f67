package org.dyad.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Removed;
import org.dyad.pipeline.source.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article body and metadata from an HTML page: title, authors, publication date,
 * outlet and language from structured data (JSON-LD, OpenGraph and other meta tags, {@code <time>},
 * the URL), the body by DOM content scoring (see {@link DomBodyExtractor}), with JSON-LD
 * {@code articleBody} as the fallback when the page's markup yields too little.
 */
public final class HtmlExtractor {

  /** Pages are cut to this many characters before parsing, so a huge page costs bounded work. */
  static final int MAX_CHARS = 4_000_000;

  private final DomBodyExtractor bodyExtractor = new DomBodyExtractor();
  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  public Article extract(RawDocument raw, String html) {
    String bounded = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    Document document = Jsoup.parse(bounded, raw.url() == null ? "" : raw.url());
    HtmlMetadata metadata = HtmlMetadata.read(document, raw.url());
    List<String> paragraphs = bodyExtractor.paragraphs(document);
    List<Removed> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String reason = cleaner.paragraphReason(paragraph);
      if (reason == null) {
        kept.add(paragraph);
      } else {
        removed.add(new Removed(paragraph, reason));
      }
    }
    String text = String.join("\n\n", kept);
    String structured = metadata.articleBody();
    if (structured != null && structured.length() > Math.max(200, text.length() * 2)) {
      text = normalizeParagraphs(structured);
    }
    return new Article(raw.source(), raw.url(), metadata.title(), metadata.authors(),
        metadata.published(), metadata.outlet(), metadata.language(), text, removed);
  }

  static String normalizeParagraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n|\n")) {
      String stripped = paragraph.strip().replaceAll("[ \\t\\u00a0]+", " ");
      if (!stripped.isEmpty()) {
        paragraphs.add(stripped);
      }
    }
    return String.join("\n\n", paragraphs);
  }
}
