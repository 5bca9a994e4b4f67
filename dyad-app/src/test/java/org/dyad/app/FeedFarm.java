package org.dyad.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fifty news feeds on five local web servers ("hosts") whose items change from round to round, for
 * the follower's tests. Each request is counted per path, with the 304s it was answered, and the
 * most requests any host had in flight at once. Feed {@code i} lives on host {@code i % 5}:
 *
 * <ul>
 *   <li>most feeds: RSS with an ETag and Last-Modified, answering 304 to a matching conditional
 *       request; every fourth one Atom, every fourth Last-Modified only, every fourth without any
 *       validator (always 200: its items are told apart by their guids);
 *   <li>each has two items at round 0 and gains one in rounds where {@code (i + round) % 3 == 0};
 *       a feed lists its last 10 items; every item carries its full text (about 1,200 characters
 *       of a short news story), except feed {@value #PAGES}'s, whose items link to article pages;
 *   <li>{@value #FAILING}: HTTP 500 always; {@value #SLOW}: answers after {@value #SLOW_MILLIS} ms;
 *       {@value #REDIRECT}: 302 to a private address nobody listed (another local server, which
 *       must never be asked); {@value #PAGES}: items without content, their pages on its host,
 *       whose robots.txt disallows {@code /private/} (one item links there); {@value #TTL}: says
 *       {@code <ttl>120</ttl>}; {@value #REPUBLISHED}: republishes feed 0's first story, same
 *       text, under another URL; {@value #REPEATS}: lists each item twice.
 * </ul>
 */
final class FeedFarm implements AutoCloseable {

  static final int FEEDS = 50;
  static final int HOSTS = 5;
  static final int FAILING = 40;
  static final int SLOW = 41;
  static final int REDIRECT = 42;
  static final int PAGES = 43;
  static final int TTL = 44;
  static final int REPUBLISHED = 45;
  static final int REPEATS = 46;
  static final int SLOW_MILLIS = 1500;
  static final int KEPT_ITEMS = 10;

  private static final Instant BASE = Instant.parse("2024-03-04T06:00:00Z");
  private static final String[][] PAIRS = {
      {"Russia", "Ukraine", "Moscow", "Kyiv"}, {"China", "Japan", "Beijing", "Tokyo"},
      {"India", "Pakistan", "New Delhi", "Islamabad"}, {"Israel", "Iran", "Jerusalem", "Tehran"},
      {"Turkey", "Greece", "Ankara", "Athens"}};

  private final List<HttpServer> hosts = new ArrayList<>();
  private final List<ExecutorService> executors = new ArrayList<>();
  private final HttpServer secret;
  private final AtomicInteger[] inFlight = new AtomicInteger[HOSTS];
  private final AtomicInteger[] mostInFlight = new AtomicInteger[HOSTS];
  final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> conditional = new ConcurrentHashMap<>();
  final AtomicInteger secretRequests = new AtomicInteger();
  private volatile int round;

  FeedFarm() throws IOException {
    for (int h = 0; h < HOSTS; h++) {
      int host = h;
      inFlight[h] = new AtomicInteger();
      mostInFlight[h] = new AtomicInteger();
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      server.createContext("/", exchange -> {
        mostInFlight[host].accumulateAndGet(inFlight[host].incrementAndGet(), Math::max);
        try (exchange) {
          answer(host, exchange);
        } finally {
          inFlight[host].decrementAndGet();
        }
      });
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.setExecutor(executor);
      server.start();
      hosts.add(server);
      executors.add(executor);
    }
    secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    secret.createContext("/", exchange -> {
      secretRequests.incrementAndGet();
      try (exchange) {
        send(exchange, 200, "application/rss+xml", rss("Secret", List.of(), null).getBytes(StandardCharsets.UTF_8), Map.of());
      }
    });
    secret.start();
  }

  /** Moves the feeds to a round: new items appear as in {@link FeedFarm}'s description. */
  void round(int value) {
    round = value;
  }

  int port(int host) {
    return hosts.get(host).getAddress().getPort();
  }

  String base(int host) {
    return "http://127.0.0.1:" + port(host);
  }

  static String feedPath(int feed) {
    return "/feeds/" + feed + ".xml";
  }

  String feedUrl(int feed) {
    return base(feed % HOSTS) + feedPath(feed);
  }

  int requests(String path) {
    return requests.getOrDefault(path, new AtomicInteger()).get();
  }

  int totalNotModified() {
    return notModified.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** The most requests any one host had in flight at once. */
  int mostInFlightPerHost() {
    int most = 0;
    for (AtomicInteger host : mostInFlight) {
      most = Math.max(most, host.get());
    }
    return most;
  }

  /** The feeds as an OPML file, as a feed reader exports them, in two folders. */
  Path opml(Path file) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>Test feeds"
        + "</title></head><body>\n<outline text=\"Wires\">\n");
    for (int i = 0; i < FEEDS; i++) {
      if (i == FEEDS / 2) {
        xml.append("</outline>\n<outline text=\"Papers\">\n");
      }
      xml.append("  <outline type=\"rss\" text=\"Feed ").append(i).append("\" xmlUrl=\"").append(feedUrl(i)).append("\"/>\n");
    }
    xml.append("</outline>\n</body></opml>\n");
    return Files.writeString(file, xml.toString());
  }

  // ---------------------------------------------------------------- content

  /** How many items feed {@code feed} has published by round {@code r}. */
  static int published(int feed, int r) {
    int count = 2;
    for (int i = 1; i <= r; i++) {
      if ((feed + i) % 3 == 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * Stories a follower fetching every 15 minutes has seen by round {@code r} (rounds 15 minutes
   * apart, fewer than 8): one per distinct text. The ttl feed is read at round 0 only (its ttl is
   * 120 minutes).
   */
  static int distinctStories(int r) {
    int stories = 0;
    for (int feed = 0; feed < FEEDS; feed++) {
      if (feed == FAILING || feed == REDIRECT || feed == REPUBLISHED) {
        continue;
      }
      stories += published(feed, feed == TTL ? 0 : r);
      if (feed == PAGES) {
        stories -= 1; // its item 1 links to /private/, which robots.txt keeps out
      }
    }
    return stories;
  }

  static String title(int feed, int item) {
    String[] pair = PAIRS[(feed + item) % PAIRS.length];
    return pair[0] + " and " + pair[1] + " trade accusations over border incident " + feed + "-" + item;
  }

  /** A short news story, about 1,200 characters, unique to its feed and item. */
  static String story(int feed, int item) {
    String[] pair = PAIRS[(feed + item) % PAIRS.length];
    String village = "Velyka " + (char) ('A' + feed % 26) + (char) ('a' + item % 26) + "ivka";
    return pair[0] + " accused " + pair[1] + " on Monday of violating the ceasefire near the village of " + village
        + ", the foreign ministry in " + pair[2] + " said. Officials in " + pair[3] + " rejected the claim and said their forces "
        + "had not fired first. The incident, the " + (feed * 7 + item) + "th this year according to local monitors, damaged "
        + (item + 2) + " houses. Diplomats from both countries are expected to meet in Geneva next week to discuss the dispute, "
        + "according to a statement. " + pair[0] + "'s defence minister said the army would respond to any further attack. "
        + pair[1] + " called on the United Nations to send observers to the area. Residents of " + village + " told reporters "
        + "that they had spent the night in shelters. The United Nations urged both sides to show restraint and return to "
        + "talks. Trade between " + pair[0] + " and " + pair[1] + " has fallen sharply since the dispute began, officials "
        + "said. A spokesman for the regional governor said schools would stay closed until the end of the week. Aid "
        + "agencies said they were ready to deliver food, water and medicine to the families who had left their homes near "
        + "the border. This is "
        + "report " + item + " of desk " + feed + ".";
  }

  private static String rfc1123(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** The items of a feed at the current round, newest first: [link, guid, title, content or null]. */
  private List<String[]> items(int feed, String base) {
    List<String[]> items = new ArrayList<>();
    if (feed == REPUBLISHED) {
      items.add(new String[] {base + "/reprint/0-0", "reprint-0-0", title(0, 0), "<p>" + story(0, 0) + "</p>"});
      return items;
    }
    int count = published(feed, round);
    for (int k = count - 1; k >= Math.max(0, count - KEPT_ITEMS); k--) {
      String link = base + (feed == PAGES && k == 1 ? "/private/" : "/news/") + feed + "-" + k;
      String content = feed == PAGES ? null : "<p>" + story(feed, k) + "</p>";
      items.add(new String[] {link, "urn:farm:" + feed + ":" + k, title(feed, k), content});
      if (feed == REPEATS) {
        items.add(new String[] {link, "urn:farm:" + feed + ":" + k, title(feed, k), content});
      }
    }
    return items;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String rss(String title, List<String[]> items, String ttl) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + escape(title) + "</title>"
        + "<link>http://news.example/</link><description>Test feed</description>");
    if (ttl != null) {
      xml.append("<ttl>").append(ttl).append("</ttl>");
    }
    for (String[] item : items) {
      xml.append("<item><title>").append(escape(item[2])).append("</title><link>").append(escape(item[0])).append("</link>")
          .append("<guid isPermaLink=\"false\">").append(escape(item[1])).append("</guid>")
          .append("<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate><description>").append(escape(item[2])).append("</description>");
      if (item[3] != null) {
        xml.append("<content:encoded><![CDATA[").append(item[3]).append("]]></content:encoded>");
      }
      xml.append("</item>");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  private static String atom(String title, List<String[]> items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>" + escape(title) + "</title><id>urn:farm:feed</id><updated>2024-03-04T09:00:00Z</updated>");
    for (String[] item : items) {
      xml.append("<entry><title>").append(escape(item[2])).append("</title><id>").append(escape(item[1])).append("</id>")
          .append("<link rel=\"alternate\" href=\"").append(escape(item[0])).append("\"/><updated>2024-03-04T09:00:00Z</updated>")
          .append("<content type=\"html\">").append(escape(item[3])).append("</content></entry>");
    }
    return xml.append("</feed>\n").toString();
  }

  // ---------------------------------------------------------------- serving

  private void answer(int host, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    String base = base(host);
    if (path.equals("/robots.txt")) {
      String robots = host == PAGES % HOSTS ? "User-agent: *\nDisallow: /private/\n" : "User-agent: *\nDisallow:\n";
      send(exchange, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8), Map.of());
      return;
    }
    if (path.startsWith("/news/") || path.startsWith("/private/")) {
      String[] parts = path.substring(path.lastIndexOf('/') + 1).split("-");
      int feed = Integer.parseInt(parts[0]);
      int item = Integer.parseInt(parts[1]);
      String page = "<!DOCTYPE html><html><head><title>" + escape(title(feed, item)) + "</title></head><body><article><h1>"
          + escape(title(feed, item)) + "</h1><p>" + escape(story(feed, item)) + "</p></article></body></html>";
      send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
      return;
    }
    if (!path.startsWith("/feeds/")) {
      send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8), Map.of());
      return;
    }
    int feed = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (ifNoneMatch != null || ifModifiedSince != null) {
      conditional.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }
    switch (feed) {
      case FAILING -> {
        send(exchange, 500, "text/plain", "the feed generator crashed".getBytes(StandardCharsets.UTF_8), Map.of());
        return;
      }
      case REDIRECT -> {
        exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + secret.getAddress().getPort() + "/feed.xml");
        exchange.sendResponseHeaders(302, -1);
        return;
      }
      case SLOW -> {
        try {
          Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      default -> {
        // an ordinary feed
      }
    }
    int version = feed == REPUBLISHED ? 1 : published(feed, round);
    String etag = "\"" + feed + "-v" + version + "\"";
    String lastModified = rfc1123(BASE.plusSeconds(60L * version));
    boolean sendsEtag = feed % 4 != 2 && feed % 4 != 3;
    boolean sendsLastModified = feed % 4 != 3;
    Map<String, String> headers = new LinkedHashMap<>();
    if (sendsEtag) {
      headers.put("ETag", etag);
    }
    if (sendsLastModified) {
      headers.put("Last-Modified", lastModified);
    }
    boolean unchanged = (sendsEtag && etag.equals(ifNoneMatch))
        || (!sendsEtag && sendsLastModified && lastModified.equals(ifModifiedSince));
    if (unchanged) {
      notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    List<String[]> items = items(feed, base);
    String body = feed % 4 == 1 && feed != PAGES && feed != REPUBLISHED && feed != REPEATS
        ? atom("Feed " + feed, items) : rss("Feed " + feed, items, feed == TTL ? "120" : null);
    send(exchange, 200, feed % 4 == 1 ? "application/atom+xml" : "application/rss+xml", body.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, Map<String, String> headers)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    hosts.forEach(server -> server.stop(0));
    secret.stop(0);
    executors.forEach(ExecutorService::shutdownNow);
  }
}
