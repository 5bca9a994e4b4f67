package org.dyad.pipeline.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches followed feeds and their items' pages politely, for a long-running follower.
 *
 * <ul>
 *   <li>Feeds are fetched with conditional GETs (If-None-Match, If-Modified-Since): a 304 reads
 *       nothing and costs the server nothing.
 *   <li>Every request to a host (host:port), redirects and robots.txt included, waits its turn: one
 *       at a time, with a pause between them ({@link Settings#hostPause()}, longer when the host's
 *       robots.txt asks for a Crawl-delay).
 *   <li>Article pages are fetched only when the host's robots.txt allows it for Dyad's product token
 *       ({@code dyad}, else {@code *}); feeds themselves are what the user asked for and are not
 *       checked against robots.txt.
 *   <li>The address policy applies to every request and redirect: private, loopback and link-local
 *       addresses are refused. With {@link SourceOptions#allowPrivate()}, only the endpoints of the
 *       URLs the user listed (the feeds, a webhook) may be private; a redirect or a link from them
 *       to another private address is still refused.
 *   <li>The User-Agent names Dyad ({@value HttpFetcher#USER_AGENT}).
 * </ul>
 *
 * <p>Thread-safe: feeds of different hosts may be fetched from several threads at once.
 */
public final class FeedClient {

  /**
   * Politeness.
   *
   * @param hostPause the least time between the end of one request to a host and the start of the next
   * @param maxCrawlDelay the longest pause a robots.txt Crawl-delay may impose
   * @param obeyRobots check robots.txt before fetching an article page
   * @param robotsLifetime how long a host's robots.txt is kept before it is read again
   */
  public record Settings(Duration hostPause, Duration maxCrawlDelay, boolean obeyRobots, Duration robotsLifetime) {

    public Settings {
      if (hostPause.isNegative() || maxCrawlDelay.compareTo(hostPause) < 0 || robotsLifetime.isNegative()) {
        throw new IllegalArgumentException("host pause must be 0 or more and at most the largest crawl delay");
      }
    }

    /** One second between requests to a host, Crawl-delay honoured up to a minute, robots.txt read daily. */
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(1), Duration.ofSeconds(60), true, Duration.ofHours(24));
    }

    public Settings withHostPause(Duration pause) {
      return new Settings(pause, maxCrawlDelay.compareTo(pause) < 0 ? pause : maxCrawlDelay, obeyRobots, robotsLifetime);
    }
  }

  /**
   * An item made into a document, or why not.
   *
   * @param document the document, or null
   * @param problem why there is no document, or null
   * @param retry true when trying again later may succeed (a network error, a 5xx); false when it
   *     will not (robots.txt disallows it, the address is refused, the link is no article)
   */
  public record Article(RawDocument document, String problem, boolean retry) {

    static Article of(RawDocument document) {
      return new Article(document, null, false);
    }

    static Article refused(String problem) {
      return new Article(null, problem, false);
    }

    static Article failed(String problem) {
      return new Article(null, problem, true);
    }
  }

  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(30);

  private final SourceOptions options;
  private final Settings settings;
  private final HttpFetcher fetcher;
  private final HostGate gate;
  private final SourceReader reader;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

  private record CachedRobots(Robots robots, Instant expires) {}

  /**
   * @param options timeouts, size caps and {@link SourceOptions#allowPrivate()}
   * @param listed the URLs the user gave (feeds, a webhook): with {@code allowPrivate}, their
   *     endpoints, and only those, may be private
   */
  public FeedClient(SourceOptions options, Settings settings, Collection<String> listed) {
    this(options, settings, listed, AddressPolicy.bounded(InetAddress::getAllByName, options.connectTimeout()));
  }

  FeedClient(SourceOptions options, Settings settings, Collection<String> listed, AddressPolicy.HostResolver resolver) {
    this.options = options;
    this.settings = settings;
    this.gate = new HostGate(settings.hostPause(), settings.maxCrawlDelay());
    Set<String> trusted = options.allowPrivate() ? endpoints(listed) : Set.of();
    this.fetcher = new HttpFetcher(options.withAllowPrivate(false), resolver, null, trusted, gate);
    this.reader = new SourceReader(options, fetcher, java.io.InputStream.nullInputStream());
  }

  /** The host:port endpoints of the http(s) URLs among {@code urls}. */
  static Set<String> endpoints(Collection<String> urls) {
    Set<String> endpoints = new LinkedHashSet<>();
    for (String url : urls) {
      try {
        URI uri = new URI(url.strip());
        if (uri.getHost() != null && SourceReader.isWebAddress(url.strip())) {
          endpoints.add(HttpFetcher.endpoint(uri));
        }
      } catch (URISyntaxException e) {
        // not a URL: nothing to trust
      }
    }
    return endpoints;
  }

  /**
   * Fetches a feed, conditionally when validators from the last fetch are given. Never throws: a
   * failure is a {@link FeedPoll.Status#FAILED} poll saying why.
   *
   * @param etag the ETag of the last response, or null
   * @param lastModified the Last-Modified of the last response, or null
   */
  public FeedPoll poll(String url, String etag, String lastModified) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return FeedPoll.failed(null, 0, null, "not a valid URL (" + e.getReason() + ")");
    }
    Map<String, String> conditions = new LinkedHashMap<>();
    if (etag != null && !etag.isBlank()) {
      conditions.put("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      conditions.put("If-Modified-Since", lastModified);
    }
    HttpFetcher.Response response;
    try {
      response = fetcher.get(uri, conditions);
    } catch (HttpFetcher.StatusException e) {
      return FeedPoll.failed(uri, e.status, FeedHints.retryAfter(e.retryAfter, Instant.now()).orElse(null), e.getMessage());
    } catch (SourceException e) {
      return FeedPoll.failed(uri, 0, null, e.getMessage());
    }
    Instant now = response.retrieved();
    Duration headerHint = FeedHints.freshness(response.headers(), now).orElse(null);
    String newEtag = response.header("ETag").orElse(null);
    String newLastModified = response.header("Last-Modified").orElse(null);
    if (response.notModified()) {
      // a 304 may leave the validators out: the ones sent still hold
      return new FeedPoll(FeedPoll.Status.NOT_MODIFIED, response.uri(), 304, newEtag != null ? newEtag : etag,
          newLastModified != null ? newLastModified : lastModified, headerHint, null, null, List.of(), null);
    }
    byte[] data = response.body();
    try {
      if (Bytes.isGzip(data)) {
        data = Bytes.gunzip(data, options.maxBytes());
      }
      ContentSniffer.Kind kind = ContentSniffer.kind(data);
      if (kind != ContentSniffer.Kind.RSS_OR_ATOM && kind != ContentSniffer.Kind.JSON_FEED && kind != ContentSniffer.Kind.SITEMAP) {
        return FeedPoll.failed(response.uri(), response.status(), null,
            "not a feed (an RSS, Atom or JSON Feed, or a sitemap) at " + response.uri());
      }
      List<FeedEntry> entries = FeedParser.parse(kind, data, response.uri().toString());
      List<FeedItem> items = new ArrayList<>();
      for (FeedEntry entry : entries.subList(0, Math.min(entries.size(), options.maxFeedItems()))) {
        items.add(item(entry, options.fullContentMinChars()));
      }
      Duration feedHint = kind == ContentSniffer.Kind.RSS_OR_ATOM ? FeedHints.refreshInterval(data).orElse(null) : null;
      Duration hint = feedHint == null ? headerHint : headerHint == null ? feedHint
          : (feedHint.compareTo(headerHint) > 0 ? feedHint : headerHint);
      String title = kind == ContentSniffer.Kind.RSS_OR_ATOM ? FeedHints.title(data).orElse(null) : null;
      return new FeedPoll(FeedPoll.Status.UPDATED, response.uri(), response.status(), newEtag, newLastModified, hint, null,
          title, items, null);
    } catch (SourceException e) {
      return FeedPoll.failed(response.uri(), response.status(), null, e.getMessage());
    }
  }

  /** An entry as a followed item: its key, and its content when long enough to be coded as is. */
  static FeedItem item(FeedEntry entry, int fullContentMinChars) {
    String content = entry.fullHtml() != null && FeedParser.textLength(entry.fullHtml()) >= fullContentMinChars
        ? entry.fullHtml() : null;
    String key = entry.id() != null ? entry.id() : entry.link();
    if (key == null || key.isBlank()) {
      key = "sha256:" + sha256((entry.title() == null ? "" : entry.title()) + "\n" + (entry.fullHtml() == null ? "" : entry.fullHtml()));
    } else if (key.length() > 1000) {
      key = "sha256:" + sha256(key);
    }
    return new FeedItem(key, entry.link(), entry.title(), entry.published(), content);
  }

  private static String sha256(String text) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The item as a document: its own content when it carries enough, else its page, fetched when
   * the host's robots.txt allows.
   *
   * @param feedUrl the feed it came from (the document's source when the item's content is used)
   * @param retrieved when the feed was fetched
   */
  public Article article(FeedItem item, String feedUrl, Instant retrieved) {
    if (item.contentHtml() != null) {
      FeedEntry entry = new FeedEntry(item.link(), item.title(), item.contentHtml(), item.published(), item.key());
      SourceReader.Origin origin = new SourceReader.Origin(feedUrl, item.link(), "text/html", StandardCharsets.UTF_8,
          item.published(), retrieved);
      return Article.of(reader.document(origin, entry.pageBytes()));
    }
    if (item.link() == null || !SourceReader.isWebAddress(item.link())) {
      return Article.refused(item.link() == null ? "no link to fetch and no full content"
          : "link is not an http(s) URL: " + item.link());
    }
    URI uri;
    try {
      uri = new URI(item.link().strip());
    } catch (URISyntaxException e) {
      return Article.refused("not a valid URL (" + e.getReason() + "): " + item.link());
    }
    if (settings.obeyRobots()) {
      Optional<String> refusal = robotsRefusal(uri);
      if (refusal.isPresent()) {
        return Article.refused(refusal.get());
      }
    }
    HttpFetcher.Response response;
    try {
      response = fetcher.get(uri, Map.of());
    } catch (HttpFetcher.StatusException e) {
      boolean gone = e.status == 404 || e.status == 410 || e.status == 401 || e.status == 403 || e.status == 451;
      return gone ? Article.refused(e.getMessage()) : Article.failed(e.getMessage());
    } catch (SourceException e) {
      boolean permanent = e.getMessage().startsWith("refused") || e.getMessage().startsWith("content type")
          || e.getMessage().startsWith("the response is") || e.getMessage().startsWith("larger than")
          || e.getMessage().startsWith("only http");
      return permanent ? Article.refused(e.getMessage()) : Article.failed(e.getMessage());
    }
    byte[] data = response.body();
    try {
      if (Bytes.isGzip(data)) {
        data = Bytes.gunzip(data, options.maxBytes());
      }
    } catch (SourceException e) {
      return Article.refused(e.getMessage());
    }
    ContentSniffer.Kind kind = ContentSniffer.kind(data);
    if (kind != ContentSniffer.Kind.DOCUMENT) {
      return Article.refused("the item's link is " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ", not an article page: " + response.uri());
    }
    SourceReader.Origin origin = new SourceReader.Origin(item.link(), response.uri().toString(), response.contentType(),
        ContentSniffer.fromContentType(response.contentType()), item.published(), response.retrieved());
    return Article.of(reader.document(origin, data));
  }

  /** Why robots.txt forbids the page, or empty when it may be fetched. */
  private Optional<String> robotsRefusal(URI page) {
    String host = HttpFetcher.endpoint(page);
    Robots rules = robotsOf(page, host);
    String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
    String target = page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
    if (rules.allows(target)) {
      return Optional.empty();
    }
    return Optional.of(rules == Robots.disallowAll()
        ? "robots.txt of " + host + " could not be read; its pages wait until it can"
        : "robots.txt of " + host + " disallows " + target);
  }

  /** One lock per host, so that threads wanting the same robots.txt read it once. */
  private final Map<String, Object> robotsLocks = new ConcurrentHashMap<>();

  private Robots robotsOf(URI page, String host) {
    synchronized (robotsLocks.computeIfAbsent(host, h -> new Object())) {
      return robotsOfLocked(page, host);
    }
  }

  private Robots robotsOfLocked(URI page, String host) {
    CachedRobots cached = robots.get(host);
    Instant now = Instant.now();
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.robots();
    }
    Robots rules;
    Duration lifetime = settings.robotsLifetime();
    try {
      URI location = new URI(page.getScheme().toLowerCase(java.util.Locale.ROOT), null, page.getHost(), page.getPort(),
          "/robots.txt", null, null);
      HttpFetcher.Response response = fetcher.get(location, Map.of());
      rules = Robots.parse(response.body());
    } catch (HttpFetcher.StatusException e) {
      if (e.status >= 400 && e.status < 500) {
        rules = Robots.allowAll(); // no robots.txt: no restriction
      } else {
        rules = Robots.disallowAll();
        lifetime = ROBOTS_RETRY;
      }
    } catch (SourceException | URISyntaxException e) {
      rules = Robots.disallowAll();
      lifetime = ROBOTS_RETRY;
    }
    rules.crawlDelay().ifPresent(delay -> gate.crawlDelay(host, delay));
    robots.put(host, new CachedRobots(rules, now.plus(lifetime)));
    return rules;
  }

  /**
   * POSTs JSON to a URL (a webhook) under the address policy, without following redirects.
   *
   * @param headers extra request headers (e.g. Authorization)
   * @return empty when the receiver answered 2xx, else one line saying what failed
   */
  public Optional<String> postJson(String url, byte[] json, Map<String, String> headers) {
    try {
      fetcher.postJson(new URI(url.strip()), json, headers);
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("not a valid URL (" + e.getReason() + "): " + url);
    } catch (SourceException e) {
      return Optional.of(e.getMessage());
    }
  }
}
