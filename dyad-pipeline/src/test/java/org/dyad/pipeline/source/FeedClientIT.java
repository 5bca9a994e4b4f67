package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The follower's fetching against web servers on 127.0.0.1: conditional GETs, politeness, robots.txt, the address policy. */
class FeedClientIT {

  private LocalWebServer server;
  private LocalWebServer other;
  private final SourceOptions allowPrivate = SourceOptions.defaults().withAllowPrivate(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
  private final FeedClient.Settings quick = FeedClient.Settings.defaults().withHostPause(Duration.ofMillis(20));

  @BeforeEach
  void start() throws IOException {
    server = new LocalWebServer();
    other = new LocalWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  private static String rss(String... items) {
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<link>https://wire.example/</link><description>d</description><ttl>30</ttl>");
    for (String item : items) {
      feed.append("<item><title>").append(item).append("</title><guid isPermaLink=\"false\">id-").append(item)
          .append("</guid><link>/articles/").append(item).append("</link></item>");
    }
    return feed.append("</channel></rss>").toString();
  }

  private FeedClient client(String... listed) {
    return new FeedClient(allowPrivate, quick, List.of(listed));
  }

  @Test
  void aFeedIsFetchedConditionallyAndA304ReadsNothing() {
    String body = rss("one", "two");
    List<String> conditions = new ArrayList<>();
    server.route("/feed", exchange -> {
      String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
      conditions.add(String.valueOf(tag));
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.getResponseHeaders().add("Last-Modified", "Mon, 04 Mar 2024 10:00:00 GMT");
      if ("\"v1\"".equals(tag)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      LocalWebServer.send(exchange, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
    });
    FeedClient client = client(server.url("/feed"));

    FeedPoll first = client.poll(server.url("/feed"), null, null);
    assertThat(first.status()).isEqualTo(FeedPoll.Status.UPDATED);
    assertThat(first.items()).extracting(FeedItem::key).containsExactly("id-one", "id-two");
    assertThat(first.items()).extracting(FeedItem::link).containsExactly(server.url("/articles/one"), server.url("/articles/two"));
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.refreshHint()).isEqualTo(Duration.ofMinutes(30));
    assertThat(first.title()).isEqualTo("Wire");

    FeedPoll second = client.poll(server.url("/feed"), first.etag(), first.lastModified());
    assertThat(second.status()).isEqualTo(FeedPoll.Status.NOT_MODIFIED);
    assertThat(second.items()).isEmpty();
    assertThat(second.etag()).isEqualTo("\"v1\"");
    assertThat(second.lastModified()).isEqualTo("Mon, 04 Mar 2024 10:00:00 GMT");
    assertThat(conditions).containsExactly("null", "\"v1\"");
  }

  @Test
  void oneRequestAtATimeReachesAHostFromManyThreads() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    for (int i = 0; i < 6; i++) {
      String body = rss("item" + i);
      server.route("/feed" + i, exchange -> {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          Thread.sleep(30);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        inFlight.decrementAndGet();
        LocalWebServer.send(exchange, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
      });
    }
    FeedClient client = client(server.url("/"));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<FeedPoll>> polls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String url = server.url("/feed" + i);
        polls.add(pool.submit(() -> client.poll(url, null, null)));
      }
      for (Future<FeedPoll> poll : polls) {
        assertThat(poll.get().status()).isEqualTo(FeedPoll.Status.UPDATED);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void articlePagesAreFetchedOnlyWhereRobotsTxtAllows() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: dyad\nDisallow: /private/\n");
    server.page("/articles/open", "text/html", "<html><head><title>Open</title></head><body><p>Talks resumed.</p></body></html>");
    server.page("/private/closed", "text/html", "<html><body><p>Members only.</p></body></html>");
    FeedClient client = client(server.url("/feed"));

    FeedClient.Article open = client.article(new FeedItem("a", server.url("/articles/open"), "Open", null, null),
        server.url("/feed"), Instant.now());
    FeedClient.Article closed = client.article(new FeedItem("b", server.url("/private/closed"), "Closed", null, null),
        server.url("/feed"), Instant.now());

    assertThat(open.document()).isNotNull();
    assertThat(new String(open.document().content(), StandardCharsets.UTF_8)).contains("Talks resumed.");
    assertThat(closed.document()).isNull();
    assertThat(closed.retry()).isFalse();
    assertThat(closed.problem()).contains("robots.txt").contains("disallows /private/closed");
    assertThat(server.requested).containsExactly("/robots.txt", "/articles/open");
  }

  @Test
  void anItemWithFullContentNeedsNoFetch() {
    FeedClient client = client(server.url("/feed"));
    String content = "<p>" + "Russia and Ukraine held talks in Istanbul on Tuesday. ".repeat(30) + "</p>";
    FeedClient.Article article = client.article(new FeedItem("k", "https://news.example/a", "Talks", null, content),
        server.url("/feed"), Instant.now());
    assertThat(article.document().url()).isEqualTo("https://news.example/a");
    assertThat(article.document().source()).isEqualTo(server.url("/feed"));
    assertThat(server.requested).isEmpty();
  }

  @Test
  void aListedPrivateFeedMayNotRedirectToAnotherPrivateAddress() {
    other.page("/secret", "application/rss+xml", rss("secret"));
    server.redirect("/feed", other.url("/secret"));
    FeedClient client = client(server.url("/feed"));

    FeedPoll poll = client.poll(server.url("/feed"), null, null);

    assertThat(poll.status()).isEqualTo(FeedPoll.Status.FAILED);
    assertThat(poll.error()).startsWith("refused: 127.0.0.1").contains("only the listed feeds' own hosts may be private");
    assertThat(other.requested).isEmpty();
  }

  @Test
  void withoutAllowPrivateEvenAListedLoopbackFeedIsRefused() {
    server.page("/feed", "application/rss+xml", rss("one"));
    FeedClient client = new FeedClient(SourceOptions.defaults(), quick, List.of(server.url("/feed")));
    FeedPoll poll = client.poll(server.url("/feed"), null, null);
    assertThat(poll.status()).isEqualTo(FeedPoll.Status.FAILED);
    assertThat(poll.error()).contains("--allow-private");
    assertThat(server.requested).isEmpty();
  }

  @Test
  void aFailureCarriesTheStatusAndRetryAfter() {
    server.route("/busy", exchange -> {
      exchange.getResponseHeaders().add("Retry-After", "600");
      exchange.sendResponseHeaders(503, -1);
    });
    FeedPoll poll = client(server.url("/busy")).poll(server.url("/busy"), null, null);
    assertThat(poll.status()).isEqualTo(FeedPoll.Status.FAILED);
    assertThat(poll.httpStatus()).isEqualTo(503);
    assertThat(poll.retryAfter()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aWebhookIsPostedWithItsHeadersAndOnlyToAListedPrivateEndpoint() {
    List<String> received = new ArrayList<>();
    server.route("/hook", exchange -> {
      received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
    });
    FeedClient client = client(server.url("/hook"));
    assertThat(client.postJson(server.url("/hook"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        Map.of("Authorization", "Bearer t0k"))).isEmpty();
    assertThat(received).containsExactly("Bearer t0k {\"a\":1}");
    assertThat(client.postJson(other.url("/hook"), new byte[0], Map.of())).get().asString().startsWith("refused");
  }

  @Test
  void robotsTxtIsReadOncePerHostWhenManyThreadsWantIt() throws Exception {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    for (int i = 0; i < 6; i++) {
      server.page("/articles/" + i, "text/html", "<html><head><title>A</title></head><body><p>Story " + i + ".</p></body></html>");
    }
    FeedClient client = client(server.url("/feed"));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<FeedClient.Article>> articles = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        FeedItem item = new FeedItem("k" + i, server.url("/articles/" + i), "A", null, null);
        articles.add(pool.submit(() -> client.article(item, server.url("/feed"), Instant.now())));
      }
      for (Future<FeedClient.Article> article : articles) {
        assertThat(article.get().document()).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requested.stream().filter("/robots.txt"::equals).count()).isEqualTo(1);
  }
}
