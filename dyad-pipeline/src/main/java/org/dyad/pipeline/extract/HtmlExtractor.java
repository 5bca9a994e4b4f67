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
 * {@code articleBody} as the fallback when the page's markup yields too little, and the page data
 * of script-rendered pages ({@code __NEXT_DATA__}, see {@link ScriptJsonBody}) when the markup holds
 * only the first paragraphs.
 */
public final class HtmlExtractor {

  /** Pages are cut to this many characters before parsing, so a huge page costs bounded work. */
  static final int MAX_CHARS = 4_000_000;
  /**
   * Page data replaces the markup only when it holds this many times the markup's text: the markup
   * was a teaser (the rest rendered by script), not a full body beside other page data.
   */
  static final double SCRIPT_BODY_RATIO = 2.3;

  private final DomBodyExtractor bodyExtractor = new DomBodyExtractor();
  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  public Article extract(RawDocument raw, String html) {
    String bounded = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    Document document = Jsoup.parse(bounded, raw.url() == null ? "" : raw.url());
    HtmlMetadata metadata = HtmlMetadata.read(document, raw.url());
    List<String> pageData = ScriptJsonBody.scripts(document);
    List<String> paragraphs = bodyExtractor.paragraphs(document);
    List<Removed> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    String titleKey = metadata.title() == null ? null : key(metadata.title());
    for (String paragraph : paragraphs) {
      String reason = cleaner.paragraphReason(paragraph);
      String paragraphKey = key(paragraph);
      if (reason == null && titleKey != null && titleKey.length() >= 10 && paragraphKey.endsWith(titleKey)
          && paragraphKey.length() <= titleKey.length() + 40) {
        reason = "navigation";
      }
      if (reason == null) {
        kept.add(paragraph);
      } else {
        removed.add(new Removed(paragraph, reason));
      }
    }
    String markup = String.join("\n\n", kept);
    String text = choose(markup, metadata.articleBody());
    if (text.equals(markup) && !pageData.isEmpty()) {
      String scripted = ScriptJsonBody.find(pageData, markup);
      if (scripted != null && scripted.length() >= markup.length() * SCRIPT_BODY_RATIO) {
        text = choose(markup, scripted);
      }
    }
    return new Article(raw.source(), raw.url(), metadata.title(), metadata.authors(),
        metadata.published(), metadata.outlet(),
        metadata.language() != null ? metadata.language() : LanguageGuess.guess(text), text, removed);
  }

  /**
   * Markup text or the publisher's JSON-LD {@code articleBody}: the structured body wins when it
   * is the same article (most of one text's word 4-grams are in the other) and either the markup
   * carries much extra around it or misses much of it; a short structured teaser never wins.
   */
  static String choose(String markup, String structured) {
    if (structured == null || structured.length() < 500) {
      return markup;
    }
    String body = normalizeParagraphs(structured);
    double ratio = (double) body.length() / Math.max(1, markup.length());
    if (ratio > 1.3 && containment(markup, body) >= 0.9) {
      return body;
    }
    if (ratio < 0.5 && body.length() >= 1500 && containment(body, markup) >= 0.9) {
      return body;
    }
    return markup;
  }

  /** Share of the word 4-grams of {@code part} that also occur in {@code whole}. */
  static double containment(String part, String whole) {
    List<String> partGrams = gramList(part);
    if (partGrams.isEmpty()) {
      return 0;
    }
    java.util.Set<String> wholeGrams = new java.util.HashSet<>(gramList(whole));
    long shared = partGrams.stream().filter(wholeGrams::contains).count();
    return (double) shared / partGrams.size();
  }

  static List<String> gramList(String text) {
    String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> tokens = new ArrayList<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    List<String> grams = new ArrayList<>();
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      grams.add(String.join(" ", tokens.subList(i, i + 4)));
    }
    return grams;
  }

  private static String key(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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
