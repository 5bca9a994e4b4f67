package org.dyad.pipeline.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata read from a page: JSON-LD first (the publisher's own structured data), then
 * OpenGraph and other meta tags, {@code <time>} elements, the URL and the visible text.
 */
record HtmlMetadata(String title, List<String> authors, String published, String outlet, String language,
    String articleBody) {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final int MAX_JSON_NODES = 20_000;
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|\\D|$)");
  /** A date spelled in a URL path with the month's name: "/2023/dec/21/". */
  private static final Pattern URL_NAMED_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UTC_TIMESTAMP = Pattern.compile(
      "^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT)$");
  private static final Pattern LOCAL_OFFSET = Pattern.compile(
      "(?:19|20)\\d{2}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?([+-])(\\d{2}):?(\\d{2})");
  private static final Pattern US_DATE = Pattern.compile("\\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/((?:19|20)\\d{2})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern TEXT_DATE = Pattern.compile(
      "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");
  private static final Pattern BY_PREFIX = Pattern.compile(
      "^\\s*(?:view all posts by|all posts by|posted by|written by|words by|author:|by|von|par|por|di|door)\\s*[:\\-]?\\s+",
      Pattern.CASE_INSENSITIVE);
  /** Job titles and desk names that follow a byline name ("Jane Roe, Money Reporter") or stand for no person. */
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "\\b(?:reporter|editor|correspondent|writer|officer|staff|contributor|columnist|sponsored|redazione|redaction"
          + "|newsroom|desk|team|head of|chief|brandroom|partner|press release)\\b",
      Pattern.CASE_INSENSITIVE);

  static HtmlMetadata read(Document document, String url) {
    List<JsonNode> articles = jsonLdArticles(document);
    String title = title(document, articles);
    String outlet = outlet(document, articles, url);
    List<String> authors = new ArrayList<>(authors(document, articles));
    if (outlet != null) {
      authors.removeIf(name -> normalize(name).equals(normalize(outlet))
          || normalize(name).equals("the " + normalize(outlet)));
    }
    String published = published(document, articles, url, title);
    String language = language(document, articles);
    String body = null;
    for (JsonNode article : articles) {
      String candidate = article.path("articleBody").asText("");
      if (body == null || candidate.length() > body.length()) {
        body = candidate.isBlank() ? body : candidate;
      }
    }
    return new HtmlMetadata(title, authors, published, outlet, language, body);
  }

  // ---- JSON-LD

  static List<JsonNode> jsonLdArticles(Document document) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    for (Element script : document.select("script[type*=ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data().strip());
      } catch (JsonProcessingException e) {
        continue;
      }
      Deque<JsonNode> queue = new ArrayDeque<>();
      queue.add(root);
      int visited = 0;
      while (!queue.isEmpty() && visited++ < MAX_JSON_NODES) {
        JsonNode node = queue.poll();
        if (node == null) {
          continue;
        }
        if (node.isArray()) {
          node.forEach(queue::add);
          continue;
        }
        if (!node.isObject()) {
          continue;
        }
        String type = types(node);
        if (type.matches(".*(article|blogposting|reportage|newsarticle|report|posting).*")) {
          articles.add(node);
        } else if (type.matches(".*webpage.*") && (node.has("headline") || node.has("datePublished"))) {
          pages.add(node);
        }
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.has("mainEntity")) {
          queue.add(node.get("mainEntity"));
        }
      }
    }
    articles.addAll(pages);
    return articles;
  }

  private static String types(JsonNode node) {
    JsonNode type = node.path("@type");
    StringBuilder text = new StringBuilder();
    if (type.isArray()) {
      type.forEach(t -> text.append(t.asText("")).append(' '));
    } else {
      text.append(type.asText(""));
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static String jsonText(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : jsonText(node.get(0));
    }
    if (node.isObject()) {
      return jsonText(node.has("name") ? node.get("name") : node.get("@value"));
    }
    String text = node.asText("").strip();
    return text.isEmpty() ? null : text;
  }

  // ---- title

  private static String title(Document document, List<JsonNode> articles) {
    String og = meta(document, "og:title", "twitter:title");
    String headline = null;
    for (JsonNode article : articles) {
      headline = headline != null ? headline : jsonText(article.get("headline"));
    }
    String h1 = null;
    for (Element element : document.select("h1")) {
      String text = clean(element.text());
      if (text.length() >= 5) {
        h1 = text;
        break;
      }
    }
    String pageTitle = clean(document.title());
    List<String> references = new ArrayList<>();
    for (String candidate : new String[] {og, headline, pageTitle}) {
      if (candidate != null && !candidate.isBlank()) {
        references.add(normalize(candidate));
      }
    }
    if (h1 != null) {
      String normalized = normalize(h1);
      for (String reference : references) {
        if (reference.contains(normalized) || normalized.contains(reference) && reference.length() > 10) {
          return h1;
        }
      }
    }
    for (String candidate : new String[] {headline, og}) {
      if (candidate != null && !candidate.isBlank()) {
        return stripSiteName(clean(candidate), document);
      }
    }
    if (h1 != null) {
      return h1;
    }
    return pageTitle.isEmpty() ? null : stripSiteName(pageTitle, document);
  }

  private static String stripSiteName(String title, Document document) {
    String[] parts = title.split("\\s+[|–—•·»]\\s+|\\s+-\\s+|\\s+::\\s+");
    if (parts.length < 2) {
      return title;
    }
    String longest = parts[0];
    for (String part : parts) {
      if (part.length() > longest.length()) {
        longest = part;
      }
    }
    return longest.strip();
  }

  // ---- authors

  private static List<String> authors(Document document, List<JsonNode> articles) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode article : articles) {
      JsonNode author = article.get("author");
      if (author == null) {
        author = article.get("creator");
      }
      if (author == null) {
        continue;
      }
      List<JsonNode> entries = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(entries::add);
      } else {
        entries.add(author);
      }
      for (JsonNode entry : entries) {
        String name = jsonText(entry);
        if (name != null) {
          addNames(names, name);
        }
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "byl",
        "dc.creator", "cxenseparse:author"}) {
      for (Element meta : document.select("meta[name=" + key + "], meta[property=" + key + "]")) {
        String value = meta.attr("content").strip();
        if (!value.isEmpty() && !value.startsWith("http")) {
          addNames(names, value);
        }
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    for (Element element : document.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
      String text = clean(element.text());
      if (!text.isEmpty() && text.length() < 80) {
        addNames(names, text);
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    return List.copyOf(names);
  }

  private static void addNames(Set<String> names, String value) {
    String stripped = BY_PREFIX.matcher(clean(value)).replaceFirst("");
    for (String name : stripped.split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
      String candidate = name.strip();
      if (NOT_A_NAME.matcher(candidate).find()) {
        continue;
      }
      if (candidate.length() >= 2 && candidate.length() <= 60 && !candidate.startsWith("http")
          && !candidate.contains("@") && Character.isLetter(candidate.codePointAt(0))) {
        names.add(candidate);
      }
    }
  }

  // ---- publication date

  private static String published(Document document, List<JsonNode> articles, String url, String title) {
    ZoneId zone = localZone(document, url);
    LocalDate shown = shownDate(document, stamps(document, articles, url), title);
    if (shown != null) {
      return shown.toString();
    }
    for (JsonNode article : articles) {
      for (String key : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
        LocalDate date = parseDate(jsonText(article.get(key)), zone);
        if (date != null) {
          return date.toString();
        }
      }
    }
    for (String key : new String[] {"article:published_time", "og:article:published_time", "published_time",
        "article:published", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "article.published", "datepublished", "og:published_time", "cxenseparse:recs:publishtime", "date_published"}) {
      for (Element meta : document.select("meta[name=" + key + "], meta[property=" + key + "], meta[itemprop="
          + key + "]")) {
        LocalDate date = parseDate(meta.attr("content"), zone);
        if (date != null) {
          return date.toString();
        }
      }
    }
    for (Element element : document.select("[itemprop=datePublished]")) {
      LocalDate date = parseDate(element.hasAttr("content") ? element.attr("content") : element.attr("datetime"), zone);
      if (date != null) {
        return date.toString();
      }
    }
    LocalDate fromUrl = urlDate(url);
    if (fromUrl != null) {
      return fromUrl.toString();
    }
    for (Element time : document.select("time[datetime]")) {
      LocalDate date = parseDate(time.attr("datetime"), zone);
      if (date != null) {
        return date.toString();
      }
    }
    for (Element time : document.select("time")) {
      LocalDate date = textDate(time.text());
      if (date != null) {
        return date.toString();
      }
    }
    Element body = document.body();
    if (body != null) {
      String text = PageText.of(body).text();
      LocalDate date = textDate(text.length() > 20_000 ? text.substring(0, 20_000) : text);
      if (date != null) {
        return date.toString();
      }
    }
    return null;
  }

  /** Meta names whose content is the page's own publication or revision time. */
  private static final List<String> STAMP_META = List.of("article:published_time", "og:article:published_time",
      "published_time", "article:modified_time", "og:updated_time", "article:published", "pubdate", "publishdate",
      "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
      "dcterms.date", "dcterms.modified", "sailthru.date", "parsely-pub-date", "datepublished", "datemodified");
  /** A timestamp with its time and, when given, its offset. */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?");

  /**
   * The days the page's structured data allows for this article: its JSON-LD published, modified
   * and created dates, publication and revision meta tags (the first itemprop dates when neither
   * exists) and the URL's date. A timestamp with an offset allows every day it falls on somewhere
   * (UTC-12 to UTC+14), since the page prints it in the outlet's zone.
   */
  static Set<LocalDate> stamps(Document document, List<JsonNode> articles, String url) {
    List<String> values = new ArrayList<>();
    for (JsonNode article : articles) {
      for (String key : new String[] {"datePublished", "dateModified", "dateCreated"}) {
        values.add(jsonText(article.get(key)));
      }
    }
    for (String key : STAMP_META) {
      for (Element meta : document.select("meta[name=" + key + "], meta[property=" + key + "], meta[itemprop="
          + key + "]")) {
        values.add(meta.attr("content"));
      }
    }
    values.removeIf(value -> value == null || value.isBlank());
    if (values.isEmpty()) {
      for (String prop : new String[] {"datePublished", "dateModified"}) {
        Element element = document.selectFirst("[itemprop=" + prop + "]");
        if (element != null) {
          values.add(element.hasAttr("content") ? element.attr("content") : element.attr("datetime"));
        }
      }
    }
    Set<LocalDate> days = new LinkedHashSet<>();
    for (String value : values) {
      days.addAll(possibleDays(value));
    }
    LocalDate fromUrl = urlDate(url);
    if (fromUrl != null) {
      days.add(fromUrl);
    }
    return days;
  }

  /** The local days a date or timestamp can be: one for a date, up to two for a timestamp with an offset. */
  static Set<LocalDate> possibleDays(String value) {
    Set<LocalDate> days = new LinkedHashSet<>();
    if (value == null || value.isBlank()) {
      return days;
    }
    Matcher stamp = TIMESTAMP.matcher(value);
    if (stamp.find() && stamp.group(6) != null) {
      LocalDate day = date(stamp.group(1), stamp.group(2), stamp.group(3));
      try {
        String zone = stamp.group(6).matches("Z|UTC|GMT") ? "Z" : stamp.group(6);
        java.time.OffsetDateTime time = day.atTime(Integer.parseInt(stamp.group(4)), Integer.parseInt(stamp.group(5)))
            .atOffset(ZoneOffset.of(zone));
        LocalDate last = time.withOffsetSameInstant(ZoneOffset.ofHours(14)).toLocalDate();
        for (LocalDate next = time.withOffsetSameInstant(ZoneOffset.ofHours(-12)).toLocalDate(); !next.isAfter(last);
            next = next.plusDays(1)) {
          days.add(next);
        }
        return days;
      } catch (DateTimeException | NullPointerException e) {
        // not a usable timestamp: read it as a date below
      }
    }
    LocalDate day = parseDate(value, null);
    if (day != null) {
      days.add(day);
    }
    return days;
  }

  /** How far past the headline (in characters of page text) the byline's date is looked for. */
  static final int SHOWN_AFTER_HEADLINE = 1500;
  /** How far past the headline a date no structured data backs is still taken as the byline's. */
  static final int UNBACKED_AFTER_HEADLINE = 400;
  /** How far before the headline: a date printed above it (kicker, dateline bar). */
  static final int SHOWN_BEFORE_HEADLINE = 200;
  /** Words that mark a printed date as a revision ("Updated Dec. 23") or as the first publication. */
  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "(?:updated|modified|edited|revised)\\W*(?:on|at)?\\W*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_LABEL = Pattern.compile(
      "(?:published|posted|first published)\\W*(?:on|at)?\\W*$", Pattern.CASE_INSENSITIVE);

  /**
   * The day the page shows its reader beside the headline (the byline's date), when the page's
   * structured data backs it: the printed day is one of {@code stamps}. Readers, and archives that
   * record a page's date, go by this printed date; a date in the text that no structured date
   * backs is not trusted. After the headline comes before above it (a bar above the headline often
   * prints today's date); a date labelled as the update gives way to one labelled as published.
   */
  static LocalDate shownDate(Document document, Set<LocalDate> stamps, String title) {
    if (document.body() == null) {
      return null;
    }
    PageText page = PageText.of(document.body());
    if (page.bylineTime() != null) {
      stamps = new LinkedHashSet<>(stamps);
      stamps.addAll(possibleDays(page.bylineTime()));
    }
    if (stamps.isEmpty()) {
      // nothing structured to check against: only a date printed right under a real headline
      return page.headline() < 0 ? null : shownIn(page.text(), page.headline(),
          Math.min(page.text().length(), page.headline() + UNBACKED_AFTER_HEADLINE), null);
    }
    int headline = page.headline();
    if (headline < 0 && title != null && title.length() >= 10) {
      headline = page.text().indexOf(title);
    }
    headline = Math.max(0, headline);
    int end = Math.min(page.text().length(), headline + SHOWN_AFTER_HEADLINE);
    LocalDate shown = shownIn(page.text(), headline, end, stamps);
    if (shown == null && headline > 0) {
      shown = shownIn(page.text(), Math.max(0, headline - SHOWN_BEFORE_HEADLINE), headline, stamps);
    }
    return shown;
  }

  private static LocalDate shownIn(String text, int from, int to, Set<LocalDate> stamps) {
    if (from >= to) {
      return null;
    }
    Matcher matcher = SHOWN_DATE.matcher(text).region(from, to);
    LocalDate first = null;
    boolean firstIsUpdate = false;
    while (matcher.find()) {
      LocalDate day = parseDate(matcher.group(), null);
      if (day == null || stamps != null && !stamps.contains(day)) {
        continue;
      }
      String before = text.substring(Math.max(0, matcher.start() - 30), matcher.start());
      if (first == null) {
        first = day;
        firstIsUpdate = UPDATED_LABEL.matcher(before).find();
        if (!firstIsUpdate) {
          return first;
        }
      } else if (PUBLISHED_LABEL.matcher(before).find()) {
        return day;
      }
    }
    return first;
  }

  /** A date as pages print it: "Dec. 21, 2023", "Tuesday 19 December 2023", "12/21/2023", "2023-12-21". */
  private static final Pattern SHOWN_DATE = Pattern.compile(
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b"
          + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:19|20)\\d{2}\\b"
          + "|\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)\\d{2}\\b"
          + "|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * The visible text of a page body, text nodes joined by spaces (so "Dec 05, 2023" in one span
   * and "2 Shares" in the next stay apart), and where the first headline starts in it (-1: none).
   */
  record PageText(String text, int headline, String bylineTime) {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "head");
    static final int MAX_CHARS = 200_000;

    static PageText of(Element body) {
      StringBuilder text = new StringBuilder();
      int[] headline = {-1};
      String[] time = {null};
      org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
        @Override
        public FilterResult head(org.jsoup.nodes.Node node, int depth) {
          if (text.length() >= MAX_CHARS) {
            return FilterResult.STOP;
          }
          if (node instanceof Element element) {
            if (SKIP.contains(element.normalName())) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (headline[0] < 0 && element.normalName().equals("h1") && element.text().strip().length() >= 5) {
              headline[0] = text.length();
            } else if (headline[0] >= 0 && time[0] == null && element.normalName().equals("time")
                && !element.attr("datetime").isBlank() && text.length() - headline[0] < SHOWN_AFTER_HEADLINE) {
              time[0] = element.attr("datetime");
            }
          } else if (node instanceof org.jsoup.nodes.TextNode textNode) {
            String value = textNode.text().replace('\u00a0', ' ').strip();
            if (!value.isEmpty()) {
              text.append(value).append(' ');
            }
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
          return FilterResult.CONTINUE;
        }
      }, body);
      return new PageText(text.toString(), headline[0], time[0]);
    }
  }

  private static LocalDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = URL_DATE.matcher(url);
    if (matcher.find()) {
      return date(matcher.group(1), matcher.group(2), matcher.group(3));
    }
    Matcher named = URL_NAMED_DATE.matcher(url);
    if (named.find()) {
      return date(named.group(1), String.valueOf(MONTHS.indexOf(named.group(2).toLowerCase(Locale.ROOT)) + 1),
          named.group(3));
    }
    return null;
  }

  /**
   * The calendar day of a date or timestamp. A timestamp in UTC ("Z", "+00:00") is moved to the
   * outlet's zone when one is known, since a day is meant in the publisher's local time.
   */
  static LocalDate parseDate(String value, ZoneId zone) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher utc = UTC_TIMESTAMP.matcher(value.strip());
    if (utc.find() && zone != null) {
      LocalDate day = date(utc.group(1), utc.group(2), utc.group(3));
      if (day != null) {
        try {
          LocalDateTime time = day.atTime(Integer.parseInt(utc.group(4)), Integer.parseInt(utc.group(5)));
          return time.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeException e) {
          return day;
        }
      }
    }
    Matcher iso = ISO_DATE.matcher(value);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher us = US_DATE.matcher(value);
    if (us.find()) {
      return date(us.group(3), us.group(1), us.group(2));
    }
    if (value.matches("\\d{8}(?:\\D.*)?")) {
      return date(value.substring(0, 4), value.substring(4, 6), value.substring(6, 8));
    }
    return textDate(value);
  }

  /**
   * The outlet's time zone: the offset of a local timestamp on the page, else the zone of a
   * country-code domain; null if unknown (generic domains).
   */
  static ZoneId localZone(Document document, String url) {
    Matcher offset = LOCAL_OFFSET.matcher(document.head() == null ? "" : document.head().html());
    while (offset.find()) {
      String sign = offset.group(1);
      if (!offset.group(2).equals("00") || !offset.group(3).equals("00")) {
        try {
          return ZoneOffset.of(sign + offset.group(2) + ":" + offset.group(3));
        } catch (DateTimeException e) {
          break;
        }
      }
    }
    String host = host(url);
    if (host == null) {
      return null;
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    switch (tld) {
      case "au":
        return ZoneId.of("Australia/Sydney");
      case "nz":
        return ZoneId.of("Pacific/Auckland");
      case "uk", "ie":
        return ZoneId.of("Europe/London");
      case "in":
        return ZoneId.of("Asia/Kolkata");
      case "ca":
        return ZoneId.of("America/Toronto");
      case "ph", "sg", "my":
        return ZoneId.of("Asia/Manila");
      default:
        return null;
    }
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static LocalDate textDate(String text) {
    Matcher matcher = TEXT_DATE.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    if (matcher.group(1) != null) {
      return date(matcher.group(3), String.valueOf(MONTHS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT)) + 1),
          matcher.group(2));
    }
    return date(matcher.group(6), String.valueOf(MONTHS.indexOf(matcher.group(5).toLowerCase(Locale.ROOT)) + 1),
        matcher.group(4));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  // ---- outlet and language

  private static String outlet(Document document, List<JsonNode> articles, String url) {
    String site = meta(document, "og:site_name", "application-name");
    if (site != null) {
      return site;
    }
    for (JsonNode article : articles) {
      String publisher = jsonText(article.get("publisher"));
      if (publisher != null) {
        return publisher;
      }
    }
    if (url != null) {
      try {
        String host = new URI(url).getHost();
        if (host != null) {
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (URISyntaxException e) {
        return null;
      }
    }
    return null;
  }

  private static String language(Document document, List<JsonNode> articles) {
    List<String> candidates = new ArrayList<>();
    Element html = document.selectFirst("html");
    if (html != null) {
      candidates.add(html.attr("lang"));
    }
    for (JsonNode article : articles) {
      candidates.add(jsonText(article.get("inLanguage")));
    }
    Element contentLanguage = document.selectFirst("meta[http-equiv~=(?i)content-language]");
    if (contentLanguage != null) {
      candidates.add(contentLanguage.attr("content"));
    }
    candidates.add(meta(document, "og:locale", "language"));
    for (String candidate : candidates) {
      if (candidate != null && candidate.strip().matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*")) {
        return candidate.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  // ---- helpers

  private static String meta(Document document, String... keys) {
    for (String key : keys) {
      Element meta = document.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
      if (meta != null && !meta.attr("content").isBlank()) {
        return clean(meta.attr("content"));
      }
    }
    return null;
  }

  private static String clean(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
  }

  private static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
