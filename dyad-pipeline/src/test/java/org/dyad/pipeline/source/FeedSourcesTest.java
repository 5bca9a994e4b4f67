package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourcesTest {

  @TempDir Path folder;

  private final FakeFetcher fetcher = new FakeFetcher();

  private static final String LONG_BODY = "<p>" + "The council voted to expand the harbour. ".repeat(40) + "</p>";

  private String write(String name, String content) throws IOException {
    Path path = folder.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path.toString();
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>News</title><link>https://news.example/</link><description>d</description>" + items
        + "</channel></rss>";
  }

  @Test
  void rssItemsWithoutFullContentAreFetchedThroughTheirLinkWithTheItemDate() throws IOException {
    fetcher.page("https://news.example/a", "text/html; charset=utf-8", "<html><body>A</body></html>");
    fetcher.page("https://news.example/b", "text/html", "<html><body>B</body></html>");
    String feed = write("feed.rss", rss(
        "<item><title>A</title><link>https://news.example/a</link><description>short</description>"
            + "<pubDate>Sun, 06 Sep 2009 16:20:00 +0000</pubDate></item>"
            + "<item><title>B</title><link>https://news.example/b</link></item>"));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(fetcher.requested).containsExactly("https://news.example/a", "https://news.example/b");
    assertThat(items.documents()).hasSize(2);
    RawDocument first = items.documents().get(0);
    assertThat(first.source()).isEqualTo("https://news.example/a");
    assertThat(first.url()).isEqualTo("https://news.example/a");
    assertThat(first.published()).isEqualTo(LocalDate.of(2009, 9, 6));
    assertThat(first.contentType()).isEqualTo("text/html");
    assertThat(first.declaredCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(first.retrieved()).isNotNull();
    assertThat(items.documents().get(1).published()).isNull();
  }

  @Test
  void anItemDateIsTheCalendarDayInTheOffsetTheFeedWroteItIn() throws IOException {
    fetcher.page("https://news.example/late", "text/html", "<p>late</p>");
    fetcher.page("https://news.example/est", "text/html", "<p>est</p>");
    String feed = write("feed.rss", rss(
        "<item><link>https://news.example/late</link><pubDate>Mon, 04 Mar 2024 22:00:00 -0500</pubDate></item>"
            + "<item><link>https://news.example/est</link><pubDate>Tue, 05 Mar 2024 23:00:00 EST</pubDate></item>"));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    // The second uses a zone name RFC 1123 parsing does not take: Rome's reading (in UTC) is kept.
    assertThat(items.documents()).extracting(RawDocument::published)
        .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6));
  }

  @Test
  void theCallersDateWinsOverTheItemDate() throws IOException {
    fetcher.page("https://news.example/a", "text/html", "<html><body>A</body></html>");
    String feed = write("feed.rss", rss("<item><link>https://news.example/a</link>"
        + "<pubDate>Sun, 06 Sep 2009 16:20:00 +0000</pubDate></item>"));

    Items items = Items.read(feed, SourceOptions.defaults().withPublished(LocalDate.of(2020, 1, 1)), fetcher);

    assertThat(items.documents()).singleElement()
        .satisfies(document -> assertThat(document.published()).isEqualTo(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void fullContentInTheFeedIsUsedWithoutFetching() throws IOException {
    String feed = write("feed.xml", rss("<item><title>Harbour vote</title><link>https://news.example/h</link>"
        + "<pubDate>Tue, 02 Jan 2024 10:00:00 +0000</pubDate>"
        + "<content:encoded><![CDATA[" + LONG_BODY + "]]></content:encoded></item>"));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(fetcher.requested).isEmpty();
    assertThat(items.documents()).singleElement().satisfies(document -> {
      assertThat(document.source()).isEqualTo(feed);
      assertThat(document.url()).isEqualTo("https://news.example/h");
      assertThat(document.published()).isEqualTo(LocalDate.of(2024, 1, 2));
      assertThat(document.looksLikeHtml()).isTrue();
      String page = new String(document.content(), StandardCharsets.UTF_8);
      assertThat(page).contains("<title>Harbour vote</title>").contains("The council voted to expand the harbour.");
    });
  }

  @Test
  void atomEntriesUseTheirContentOrTheirAlternateLink() throws IOException {
    fetcher.page("https://news.example/2", "text/html", "<html><body>two</body></html>");
    String feed = write("feed.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>t</title><id>urn:f</id><updated>2024-01-01T00:00:00Z</updated>"
        + "<entry><title>One</title><id>urn:1</id><link href=\"https://news.example/1\"/>"
        + "<published>2024-01-03T23:30:00Z</published><updated>2024-01-04T00:00:00Z</updated>"
        + "<content type=\"html\"><![CDATA[" + LONG_BODY + "]]></content></entry>"
        + "<entry><title>Two</title><id>urn:2</id><link rel=\"alternate\" href=\"https://news.example/2\"/>"
        + "<updated>2024-01-05T00:00:00Z</updated><summary>s</summary></entry></feed>");

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(fetcher.requested).containsExactly("https://news.example/2");
    assertThat(items.documents()).extracting(RawDocument::published)
        .containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 5));
  }

  @Test
  void jsonFeedItemsAreFetchedAndDated() throws IOException {
    fetcher.page("https://news.example/j", "text/html", "<html><body>J</body></html>");
    String feed = write("feed.json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":["
        + "{\"id\":\"1\",\"url\":\"https://news.example/j\",\"content_html\":\"<p>short</p>\","
        + "\"date_published\":\"2021-10-29T05:00:00-04:00\"},"
        + "{\"id\":\"2\",\"content_text\":\"no link and little text\"}]}");

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).singleElement()
        .satisfies(document -> assertThat(document.published()).isEqualTo(LocalDate.of(2021, 10, 29)));
    assertThat(items.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.position()).isEqualTo("item 2");
      assertThat(diagnostic.message()).contains("no link");
    });
  }

  @Test
  void aSitemapIndexLeadsToItsSitemapsAndTheirPages() throws IOException {
    fetcher.page("https://news.example/sitemap-news.xml", "application/xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + "<url><loc>https://news.example/p1</loc><news:news><news:publication_date>2024-02-03T08:00:00+01:00"
            + "</news:publication_date><news:title>P1</news:title></news:news></url>"
            + "<url><loc>/p2</loc><lastmod>2024-02-04</lastmod></url></urlset>");
    fetcher.page("https://news.example/p1", "text/html", "<html><body>P1</body></html>");
    fetcher.page("https://news.example/p2", "text/html", "<html><body>P2</body></html>");
    String index = write("sitemap.xml", "<?xml version=\"1.0\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap></sitemapindex>");

    Items items = Items.read(index, SourceOptions.defaults(), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.documents()).extracting(RawDocument::url)
        .containsExactly("https://news.example/p1", "https://news.example/p2");
    assertThat(items.documents()).extracting(RawDocument::published)
        .containsExactly(LocalDate.of(2024, 2, 3), null);
  }

  @Test
  void aFeedIsRecognisedByItsContentWhateverItsName() throws IOException {
    fetcher.page("https://news.example/a", "text/html", "<html><body>A</body></html>");
    String feed = write("download.txt", "\uFEFF  <!-- generated -->\n" + rss("<item><link>https://news.example/a</link></item>"));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(fetcher.requested).containsExactly("https://news.example/a");
    assertThat(items.documents()).hasSize(1);
  }

  @Test
  void anItemWhosePageFailsYieldsADiagnosticAndTheOthersGoOn() throws IOException {
    fetcher.page("https://news.example/b", "text/html", "<html><body>B</body></html>");
    String feed = write("feed.rss", rss("<item><link>https://dead.example/a</link></item>"
        + "<item><link>https://news.example/b</link></item>"));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).extracting(RawDocument::url).containsExactly("https://news.example/b");
    assertThat(items.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.location()).isEqualTo("https://dead.example/a");
      assertThat(diagnostic.message()).contains("could not connect");
    });
  }

  @Test
  void aBrokenFeedYieldsOneDiagnostic() throws IOException {
    String feed = write("broken.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><link>x");

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).startsWith("unreadable RSS or Atom feed"));
  }

  @Test
  void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead() throws IOException {
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, "top secret");
    String feed = write("xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]>" + rss("<item><title>&x;</title><link>https://news.example/x</link></item>").replaceFirst("<\\?xml[^>]*>\\n", ""));

    Items items = Items.read(feed, SourceOptions.defaults(), fetcher);

    assertThat(fetcher.requested).isEmpty();
    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).doesNotContain("top secret"));
  }
}
