package org.dyad.pipeline.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells what bytes hold (by content, not by name) and which charset they declare. */
final class ContentSniffer {

  enum Kind { WARC, RSS_OR_ATOM, SITEMAP, JSON_FEED, JSON_OTHER, DOCUMENT }

  private static final int HEAD = 4096;
  private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']");
  private static final Pattern JSON_FEED_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"https?:\\\\?/\\\\?/jsonfeed\\.org");

  private ContentSniffer() {}

  static Kind kind(byte[] bytes) {
    String head = head(bytes);
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("WARC/")) {
      return Kind.WARC;
    }
    if (trimmed.startsWith("{")) {
      return JSON_FEED_VERSION.matcher(trimmed).find() || trimmed.contains("\"items\"") ? Kind.JSON_FEED
          : Kind.JSON_OTHER;
    }
    if (!trimmed.startsWith("<")) {
      return Kind.DOCUMENT;
    }
    String element = firstElement(trimmed);
    if (element == null) {
      return Kind.DOCUMENT;
    }
    String name = element.toLowerCase(Locale.ROOT);
    int colon = name.indexOf(':');
    String local = colon >= 0 ? name.substring(colon + 1) : name;
    if (name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf")) {
      return Kind.RSS_OR_ATOM;
    }
    if (local.equals("urlset") || local.equals("sitemapindex")) {
      return Kind.SITEMAP;
    }
    return Kind.DOCUMENT;
  }

  /** The name of the first element after the XML declaration, comments, processing instructions and doctype. */
  static String firstElement(String text) {
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('<', i);
      if (open < 0 || open + 1 >= text.length()) {
        return null;
      }
      if (text.startsWith("<!--", open)) {
        int end = text.indexOf("-->", open + 4);
        if (end < 0) {
          return null;
        }
        i = end + 3;
      } else if (text.charAt(open + 1) == '?' || text.charAt(open + 1) == '!') {
        int end = text.indexOf('>', open);
        if (end < 0) {
          return null;
        }
        i = end + 1;
      } else {
        Matcher m = FIRST_ELEMENT.matcher(text);
        return m.find(open) && m.start() == open ? m.group(1) : null;
      }
    }
    return null;
  }

  /** The charset an HTML meta tag or an XML declaration in the first bytes declares, or null. */
  static Charset declaredInContent(byte[] bytes) {
    String head = head(bytes, 16 * 1024);
    Matcher xml = XML_ENCODING.matcher(head.stripLeading());
    if (xml.find()) {
      return charset(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? charset(meta.group(1)) : null;
  }

  /** The charset parameter of a Content-Type header value, or null. */
  static Charset fromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return charset(p.substring(8).replace("\"", "").replace("'", "").trim());
      }
    }
    return null;
  }

  /** A MIME type without parameters, lower case, or null. */
  static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
  }

  static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String head(byte[] bytes) {
    return head(bytes, HEAD);
  }

  private static String head(byte[] bytes, int length) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    int n = Math.min(bytes.length - start, length);
    return new String(bytes, start, Math.max(n, 0), StandardCharsets.ISO_8859_1);
  }
}
