package org.dyad.pipeline.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a feed and its HTTP response say about how often to ask again: RSS {@code <ttl>} (minutes),
 * the syndication module's {@code sy:updatePeriod} / {@code sy:updateFrequency}, Cache-Control
 * {@code max-age} (less the response's Age) or Expires, and Retry-After on 429 and 503. Also the
 * feed's own title, for the list of followed feeds.
 */
final class FeedHints {

  private FeedHints() {}

  /** The channel of an RSS feed, the feed element of Atom, or null. */
  private static Element channel(byte[] feed) {
    try {
      Document document = Jsoup.parse(new ByteArrayInputStream(feed), null, "", Parser.xmlParser());
      for (Element element : document.getAllElements()) {
        String name = localName(element.tagName());
        if (name.equals("channel") || name.equals("feed")) {
          return element;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** How often the feed says it changes, from its own markup; empty when it does not say. */
  static Optional<Duration> refreshInterval(byte[] feed) {
    Element channel = channel(feed);
    if (channel == null) {
      return Optional.empty();
    }
    String ttl = childText(channel, "ttl");
    if (ttl != null) {
      try {
        long minutes = Long.parseLong(ttl.strip());
        if (minutes > 0 && minutes <= 60L * 24 * 365) {
          return Optional.of(Duration.ofMinutes(minutes));
        }
      } catch (NumberFormatException e) {
        // not a number: no hint
      }
    }
    String period = childText(channel, "updateperiod");
    if (period != null) {
      Duration length = switch (period.strip().toLowerCase(Locale.ROOT)) {
        case "hourly" -> Duration.ofHours(1);
        case "daily" -> Duration.ofDays(1);
        case "weekly" -> Duration.ofDays(7);
        case "monthly" -> Duration.ofDays(30);
        case "yearly" -> Duration.ofDays(365);
        default -> null;
      };
      if (length != null) {
        long frequency = 1;
        String value = childText(channel, "updatefrequency");
        if (value != null) {
          try {
            frequency = Math.max(1, Long.parseLong(value.strip()));
          } catch (NumberFormatException e) {
            frequency = 1;
          }
        }
        return Optional.of(length.dividedBy(frequency));
      }
    }
    return Optional.empty();
  }

  /** The feed's title, or empty. */
  static Optional<String> title(byte[] feed) {
    Element channel = channel(feed);
    String title = channel == null ? null : childText(channel, "title");
    return title == null || title.isBlank() ? Optional.empty() : Optional.of(title.strip().replaceAll("\\s+", " "));
  }

  private static String childText(Element parent, String localName) {
    for (Element child : parent.children()) {
      if (localName(child.tagName()).equals(localName)) {
        return child.text();
      }
    }
    return null;
  }

  private static String localName(String tag) {
    int colon = tag.indexOf(':');
    return (colon >= 0 ? tag.substring(colon + 1) : tag).toLowerCase(Locale.ROOT);
  }

  /**
   * How long the response stays fresh by its headers: Cache-Control max-age less Age, else Expires
   * less Date; empty with no-cache, no-store or neither header.
   */
  static Optional<Duration> freshness(HttpHeaders headers, Instant now) {
    Optional<String> cacheControl = headers.firstValue("Cache-Control");
    if (cacheControl.isPresent()) {
      long maxAge = -1;
      for (String directive : cacheControl.get().toLowerCase(Locale.ROOT).split(",")) {
        String d = directive.strip();
        if (d.equals("no-cache") || d.equals("no-store")) {
          return Optional.empty();
        }
        if (d.startsWith("max-age=")) {
          try {
            maxAge = Long.parseLong(d.substring("max-age=".length()).replace("\"", "").strip());
          } catch (NumberFormatException e) {
            maxAge = -1;
          }
        }
      }
      if (maxAge >= 0) {
        long age = headers.firstValueAsLong("Age").orElse(0);
        return Optional.of(Duration.ofSeconds(Math.max(0, maxAge - Math.max(0, age))));
      }
    }
    Optional<Instant> expires = headers.firstValue("Expires").flatMap(FeedHints::httpDate);
    if (expires.isPresent()) {
      Instant date = headers.firstValue("Date").flatMap(FeedHints::httpDate).orElse(now);
      Duration fresh = Duration.between(date, expires.get());
      return Optional.of(fresh.isNegative() ? Duration.ZERO : fresh);
    }
    return Optional.empty();
  }

  /** Retry-After as seconds or an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(Optional<String> value, Instant now) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      return httpDate(v).map(when -> {
        Duration wait = Duration.between(now, when);
        return wait.isNegative() ? Duration.ZERO : wait;
      });
    }
  }

  static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
