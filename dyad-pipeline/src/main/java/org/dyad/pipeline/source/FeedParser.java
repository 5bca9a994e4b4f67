package org.dyad.pipeline.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads RSS and Atom (with Rome), JSON Feed and sitemaps into {@link FeedEntry}s. */
final class FeedParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedParser() {}

  /**
   * @param kind what the sniffer found
   * @param bytes the feed
   * @param base the feed's URL or path, against which relative links are resolved
   */
  static List<FeedEntry> parse(ContentSniffer.Kind kind, byte[] bytes, String base) throws SourceException {
    switch (kind) {
      case RSS_OR_ATOM:
        return rssOrAtom(bytes, base);
      case SITEMAP:
        return sitemap(bytes, base);
      case JSON_FEED:
        return jsonFeed(bytes, base);
      default:
        throw new IllegalArgumentException("not a feed: " + kind);
    }
  }

  static List<FeedEntry> rssOrAtom(byte[] bytes, String base) throws SourceException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new SourceException("unreadable RSS or Atom feed: " + oneLine(e.getMessage()), e);
    }
    List<LocalDate> ownDates = datesInTheirOwnOffset(bytes, feed.getEntries().size());
    List<FeedEntry> entries = new ArrayList<>();
    for (int i = 0; i < feed.getEntries().size(); i++) {
      SyndEntry entry = feed.getEntries().get(i);
      LocalDate date = ownDates.get(i) != null ? ownDates.get(i) : date(entry);
      String id = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
      entries.add(new FeedEntry(resolve(base, link(entry)), clean(entry.getTitle()), content(entry), date, id));
    }
    return entries;
  }

  /**
   * Each item's date as the calendar day in the offset the feed wrote it in ("Mon, 04 Mar 2024
   * 22:00:00 -0500" is March 4, although Rome's {@code Date} is March 5 in UTC); null where the
   * raw value can't be read, or for every item when the items can't be matched one to one.
   */
  private static List<LocalDate> datesInTheirOwnOffset(byte[] bytes, int count) {
    List<LocalDate> dates = new ArrayList<>();
    try {
      Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
      for (Element element : document.getAllElements()) {
        String name = localName(element.tagName());
        if (name.equals("item") || name.equals("entry")) {
          dates.add(ownDate(element));
        }
      }
    } catch (IOException e) {
      dates.clear();
    }
    if (dates.size() != count) {
      dates.clear();
      for (int i = 0; i < count; i++) {
        dates.add(null);
      }
    }
    return dates;
  }

  private static LocalDate ownDate(Element item) {
    for (String wanted : List.of("pubdate", "published", "issued", "date", "updated", "modified")) {
      for (Element child : item.children()) {
        if (localName(child.tagName()).equals(wanted)) {
          LocalDate date = offsetDate(child.text().trim());
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  private static LocalDate offsetDate(String value) {
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return java.time.ZonedDateTime.parse(value.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toLocalDate();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().trim();
    }
    String fallback = null;
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() == null || link.getHref().isBlank()) {
        continue;
      }
      if (link.getRel() == null || link.getRel().equals("alternate")) {
        return link.getHref().trim();
      }
      if (fallback == null) {
        fallback = link.getHref().trim();
      }
    }
    if (fallback != null) {
      return fallback;
    }
    String uri = entry.getUri();
    return uri != null && SourceReader.isWebAddress(uri.trim()) ? uri.trim() : null;
  }

  /** The longest of content:encoded / Atom content, or null. Descriptions are summaries, not content. */
  private static String content(SyndEntry entry) {
    String best = null;
    for (SyndContent content : entry.getContents()) {
      String value = content.getValue();
      if (value != null && (best == null || value.length() > best.length())) {
        best = isPlainText(content.getType()) ? "<p>" + org.jsoup.nodes.Entities.escape(value) + "</p>" : value;
      }
    }
    return best;
  }

  private static boolean isPlainText(String type) {
    return type != null && (type.equals("text") || type.equals("text/plain"));
  }

  private static LocalDate date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  static List<FeedEntry> jsonFeed(byte[] bytes, String base) throws SourceException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw new SourceException("unreadable JSON Feed: " + oneLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new SourceException("unreadable JSON Feed: " + oneLine(e.getMessage()), e);
    }
    JsonNode items = root == null ? null : root.get("items");
    if (items == null || !items.isArray()) {
      throw new SourceException("a JSON Feed needs an \"items\" list");
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : items) {
      String link = text(item, "url");
      if (link == null) {
        link = text(item, "external_url");
      }
      String html = text(item, "content_html");
      if (html == null && text(item, "content_text") != null) {
        html = "<p>" + org.jsoup.nodes.Entities.escape(text(item, "content_text")).replace("\n\n", "</p>\n<p>") + "</p>";
      }
      JsonNode id = item.get("id");
      entries.add(new FeedEntry(resolve(base, link), clean(text(item, "title")), html,
          isoDate(text(item, "date_published")), id == null || id.isNull() || id.asText().isBlank() ? null : id.asText().strip()));
    }
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
  }

  /** urlset: one entry per page; sitemapindex: one entry per child sitemap (fetched and expanded in turn). */
  static List<FeedEntry> sitemap(byte[] bytes, String base) throws SourceException {
    Document document;
    try {
      document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
    } catch (IOException e) {
      throw new SourceException("unreadable sitemap: " + oneLine(e.getMessage()), e);
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (Element element : document.children().isEmpty() ? List.<Element>of() : document.children().first().children()) {
      String name = localName(element.tagName());
      if (!name.equals("url") && !name.equals("sitemap")) {
        continue;
      }
      String location = null;
      LocalDate published = null;
      String title = null;
      for (Element child : element.getAllElements()) {
        String childName = localName(child.tagName());
        if (childName.equals("loc") && location == null && child.parent() == element) {
          location = child.text().trim();
        } else if (childName.equals("publication_date") && published == null) {
          published = isoDate(child.text().trim());
        } else if (childName.equals("title") && title == null) {
          title = clean(child.text());
        }
      }
      if (location != null && !location.isEmpty()) {
        entries.add(new FeedEntry(resolve(base, location), title, null, published));
      }
    }
    if (entries.isEmpty() && document.select("*").size() <= 2) {
      throw new SourceException("empty or unreadable sitemap");
    }
    return entries;
  }

  private static String localName(String tag) {
    int colon = tag.indexOf(':');
    return (colon >= 0 ? tag.substring(colon + 1) : tag).toLowerCase(Locale.ROOT);
  }

  /** The calendar day of an ISO date or date-time, in its own offset; null when unreadable. */
  static LocalDate isoDate(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  static int textLength(String html) {
    return Jsoup.parseBodyFragment(html).text().length();
  }

  private static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    if (base == null || !SourceReader.isWebAddress(base)) {
      return link;
    }
    try {
      return new URI(base).resolve(link.replace(" ", "%20")).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link;
    }
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
  }

  private static String oneLine(String message) {
    return message == null ? "no detail" : message.replaceAll("\\s+", " ").trim();
  }
}
