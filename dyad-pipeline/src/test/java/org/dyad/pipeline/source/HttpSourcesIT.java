package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.extract.TextDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a web server on 127.0.0.1 (so private addresses are allowed unless a test says otherwise). */
class HttpSourcesIT {

  private LocalWebServer server;
  private final SourceOptions allowed = SourceOptions.defaults().withAllowPrivate(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

  @BeforeEach
  void start() throws IOException {
    server = new LocalWebServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static List<SourceItem> read(String location, SourceOptions options) {
    try (DocumentStream stream = DocumentSources.open(location, options)) {
      return stream.stream().toList();
    }
  }

  private static Items items(String location, SourceOptions options) {
    Items items = new Items();
    items.all.addAll(read(location, options));
    return items;
  }

  private static String article(String title, String body) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
        + body + "</p></article></body></html>";
  }

  @Test
  void aFeedAndItsPagesAreReadThroughTheUrlPath() {
    server.page("/articles/1", "text/html; charset=utf-8", article("Port deal signed", "Officials signed it."));
    server.page("/articles/2", "text/html", article("Talks resume", "Negotiators met again."));
    server.redirect("/old/3", "/articles/3");
    server.page("/articles/3", "text/html", article("Strike ends", "Workers returned."));
    server.page("/feed", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<link>" + server.url("/") + "</link><description>d</description>"
        + "<item><title>Port deal signed</title><link>" + server.url("/articles/1") + "</link>"
        + "<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>"
        + "<item><title>Talks resume</title><link>/articles/2</link></item>"
        + "<item><title>Strike ends</title><link>" + server.url("/old/3") + "</link></item>"
        + "</channel></rss>");

    Items items = items(server.url("/feed"), allowed);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.documents()).extracting(RawDocument::url).containsExactly(
        server.url("/articles/1"), server.url("/articles/2"), server.url("/articles/3"));
    assertThat(items.documents()).extracting(RawDocument::published)
        .containsExactly(LocalDate.of(2024, 3, 4), null, null);
    assertThat(items.documents().get(2).source()).isEqualTo(server.url("/old/3"));
    assertThat(items.texts().get(0)).contains("Officials signed it.");
    assertThat(items.documents()).allSatisfy(document -> assertThat(document.looksLikeHtml()).isTrue());
    assertThat(server.requested).containsExactly("/feed", "/articles/1", "/articles/2", "/old/3", "/articles/3");
  }

  @Test
  void aLoopbackUrlIsRefusedWithoutAllowPrivate() {
    server.page("/page", "text/html", article("x", "y"));

    Items items = items(server.url("/page"), SourceOptions.defaults());

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).startsWith("refused: 127.0.0.1"));
    assertThat(server.requested).isEmpty();
  }

  @Test
  void aRedirectFromAPublicHostToAPrivateOneIsRefused() throws Exception {
    server.redirect("/start", "http://10.0.0.7/admin");
    server.redirect("/sneaky", "http://intranet.test/secret");
    server.page("/secret", "text/html", article("secret", "internal"));
    AddressPolicy.HostResolver resolver = host -> switch (host) {
      case "news.test" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
      case "intranet.test" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
      default -> InetAddress.getAllByName(host);
    };
    // The test server stands in for the public host as an HTTP proxy; the address check sees news.test.
    ProxySelector proxy = ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
    HttpFetcher fetcher = new HttpFetcher(SourceOptions.defaults(), resolver, proxy);

    Items toLiteral = Items.read("http://news.test/start", SourceOptions.defaults(), fetcher);
    Items toName = Items.read("http://news.test/sneaky", SourceOptions.defaults(), fetcher);

    assertThat(toLiteral.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).startsWith("refused: 10.0.0.7"));
    assertThat(toName.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).startsWith("refused: intranet.test resolves to"));
    assertThat(server.requested).containsExactly("http://news.test/start", "http://news.test/sneaky");
  }

  @Test
  void aPdfOrAnImageBehindAUrlYieldsADiagnostic() {
    server.page("/report.pdf", "application/pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1));
    server.page("/disguised", "text/html", "%PDF-1.4\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
    server.page("/photo", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});

    assertThat(items(server.url("/report.pdf"), allowed).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("content type application/pdf is not a web page, text or feed"));
    assertThat(items(server.url("/disguised"), allowed).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("is a PDF"));
    assertThat(items(server.url("/photo"), allowed).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("image/jpeg"));
  }

  @Test
  void aWrongDeclaredCharsetDoesNotGarbleTheText() throws UnreadableInputException {
    Charset windows1252 = Charset.forName("windows-1252");
    String text = "Caf\u00e9 owners in S\u00e3o Paulo \u2013 na\u00efve \u201cquotes\u201d";
    server.page("/latin", "text/html; charset=utf-8", article("t", text).getBytes(windows1252));
    server.page("/utf8", "text/html; charset=iso-8859-1", article("t", text).getBytes(StandardCharsets.UTF_8));
    Charset windows1251 = Charset.forName("windows-1251");
    String cyrillic = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b";
    server.page("/meta", "text/html", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=windows-1251\"></head><body><p>" + cyrillic + "</p></body></html>").getBytes(windows1251));

    for (String path : List.of("/latin", "/utf8", "/meta")) {
      RawDocument document = items(server.url(path), allowed).documents().get(0);
      String decoded = TextDecoder.decode(document.content(), document.declaredCharset(), document.source());
      assertThat(decoded).as(path).contains(path.equals("/meta") ? cyrillic : text);
    }
  }

  @Test
  void redirectsAreFollowedOnlyUpToTheLimit() {
    server.redirect("/loop", "/loop");

    assertThat(items(server.url("/loop"), allowed.withMaxRedirects(3)).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("more than 3 redirects"));
    assertThat(server.requested).hasSize(4);
  }

  @Test
  void anOversizedResponseIsCutOffWithOrWithoutContentLength() {
    byte[] big = ("<p>" + "x".repeat(3 * 1024 * 1024) + "</p>").getBytes(StandardCharsets.UTF_8);
    server.page("/declared", "text/html", big);
    server.route("/streamed", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(big);
      } catch (IOException e) {
        // the client hung up once it had enough, as it should
      }
    });

    for (String path : List.of("/declared", "/streamed")) {
      assertThat(items(server.url(path), allowed.withMaxBytes(1024 * 1024)).diagnostics()).as(path).singleElement()
          .satisfies(d -> assertThat(d.message()).contains("larger than the 1 MB"));
    }
  }

  @Test
  void aSlowServerTimesOut() {
    server.route("/slow", exchange -> {
      try {
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
    });

    long start = System.nanoTime();
    Items items = items(server.url("/slow"), allowed.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    assertThat(items.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("within 1 s"));
  }

  @Test
  void errorStatusesAndDeadHostsYieldDiagnostics() throws IOException {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertThat(items(server.url("/missing"), allowed).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("HTTP 404"));
    assertThat(items("http://127.0.0.1:" + closedPort + "/", allowed).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("could not connect"));
  }

  @Test
  void aHostThatCouldNotBeReachedIsNotTriedAgainInTheSameRun() throws IOException {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + closedPort;
    server.page("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>t</title><link>x</link>"
        + "<description>d</description><item><link>" + dead + "/1</link></item><item><link>" + dead + "/2</link></item>"
        + "</channel></rss>");
    HttpFetcher fetcher = new HttpFetcher(allowed);

    Items items = Items.read(server.url("/feed"), allowed, fetcher);

    assertThat(items.diagnostics()).extracting(SourceItem.Diagnostic::message).satisfiesExactly(
        first -> assertThat(first).contains("could not connect"),
        second -> assertThat(second).startsWith("skipped: 127.0.0.1:" + closedPort + " could not be reached earlier"));
  }

  @Test
  void gzipContentEncodingIsUndone() throws IOException {
    byte[] page = article("Zipped", "Compressed on the wire.").getBytes(StandardCharsets.UTF_8);
    byte[] zipped = FileSourcesTest.gzip(page);
    server.route("/zipped", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      LocalWebServer.send(exchange, 200, "text/html", zipped);
    });

    assertThat(items(server.url("/zipped"), allowed).texts()).singleElement()
        .satisfies(text -> assertThat(text).contains("Compressed on the wire."));
  }

  @Test
  void aFeedServedAsPlainTextIsRecognisedByItsContent() {
    server.page("/a", "text/html", article("A", "a"));
    server.page("/feed.txt", "text/plain", "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"1\","
        + "\"url\":\"" + server.url("/a") + "\",\"date_published\":\"2024-05-06T07:08:09Z\"}]}");

    Items items = items(server.url("/feed.txt"), allowed);

    assertThat(items.documents()).extracting(RawDocument::published).containsExactly(LocalDate.of(2024, 5, 6));
  }

  @Test
  void aWarcServedOverHttpIsRead() throws IOException {
    byte[] warc = WarcSourcesTest.gzipEach(WarcSourcesTest.warcinfo(),
        WarcSourcesTest.response("https://news.example/w", "2024-01-01T00:00:00Z", 200, "text/html", "<p>w</p>"));
    server.page("/crawl.warc.gz", "application/warc", warc);

    assertThat(items(server.url("/crawl.warc.gz"), allowed).documents()).extracting(RawDocument::url)
        .containsExactly("https://news.example/w");
  }
}
