package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random bytes, truncated and corrupted WARC records, random and hostile XML and JSON feeds read
 * through {@link DocumentSources}: every input yields documents and one-line diagnostics, never an
 * exception and never an endless stream.
 */
class DocumentSourcesFuzzTest {

  private static Path folder;

  private final FakeFetcher fetcher = new FakeFetcher().anyPage("<html><body><p>Fetched page.</p></body></html>");

  @BeforeContainer
  static void createFolder() throws IOException {
    folder = Files.createTempDirectory("dyad-sources-fuzz");
  }

  @AfterContainer
  static void deleteFolder() throws IOException {
    try (var paths = Files.walk(folder)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private Items read(String name, byte[] content) {
    try {
      Path file = Files.createTempFile(folder, "fuzz", name);
      Files.write(file, content);
      Items items = Items.read(file.toString(), SourceOptions.defaults().withMaxBytes(1024 * 1024), fetcher);
      Files.delete(file);
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertWellFormed(Items items) {
    assertThat(items.all).hasSizeLessThan(10_000);
    for (SourceItem.Diagnostic diagnostic : items.diagnostics()) {
      assertThat(diagnostic.message()).isNotBlank().doesNotContain("\n");
      assertThat(diagnostic.line()).doesNotContain("\n");
    }
    for (RawDocument document : items.documents()) {
      assertThat(document.content()).isNotNull();
      assertThat(document.source()).isNotBlank();
    }
  }

  @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
  void randomBytesUnderAnyNameAreReadWithoutAnException(@ForAll("bytes") byte[] content, @ForAll("names") String name) {
    assertWellFormed(read(name, content));
  }

  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void truncatedOrCorruptedWarcFilesAreReadWithoutAnException(
      @ForAll("warcs") byte[] warc, @ForAll("gzipped") boolean gzipped) throws IOException {
    byte[] content = gzipped ? FileSourcesTest.gzip(warc) : warc;
    assertWellFormed(read(gzipped ? ".warc.gz" : ".warc", content));
  }

  @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
  void randomFeedsAreReadWithoutAnException(@ForAll("feeds") String feed, @ForAll("feedNames") String name) {
    assertWellFormed(read(name, feed.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 10, shrinking = ShrinkingMode.OFF)
  void hostileXmlIsRefusedOrReadWithoutExpandingEntities(@ForAll("hostile") String feed) {
    Items items = read(".rss", feed.getBytes(StandardCharsets.UTF_8));
    assertWellFormed(items);
    for (RawDocument document : items.documents()) {
      String text = new String(document.content(), StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("root:x:0").doesNotContain("lollollollollollollollollollol");
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(".txt", ".html", ".gz", ".warc", ".warc.gz", ".rss", ".xml", ".json", ".jsonl", ".atom",
        ".bin", "");
  }

  @Provide
  Arbitrary<String> feedNames() {
    return Arbitraries.of(".rss", ".xml", ".atom", ".json", ".txt");
  }

  @Provide
  Arbitrary<Boolean> gzipped() {
    return Arbitraries.of(true, false);
  }

  /** Well-formed records cut at a random byte, with a random byte flipped. */
  @Provide
  Arbitrary<byte[]> warcs() {
    byte[] whole = WarcSourcesTest.concat(
        WarcSourcesTest.warcinfo(),
        WarcSourcesTest.response("https://news.example/one", "2023-12-17T12:00:00Z", 200, "text/html; charset=utf-8",
            "<html><body><p>One</p></body></html>"),
        WarcSourcesTest.response("https://news.example/two", "2023-12-18T09:30:00Z", 200, "text/html",
            "<html><body><p>Two</p></body></html>"));
    return Combinators.combine(
            Arbitraries.integers().between(0, whole.length),
            Arbitraries.integers().between(0, whole.length - 1),
            Arbitraries.bytes(),
            Arbitraries.of("Content-Length: 999999999\r\n", "Content-Length: -5\r\n", "Content-Length: x\r\n",
                "WARC-Date: not a date\r\n", "WARC-Target-URI: http://[::1\r\n", ""))
        .as((cut, flipAt, flipTo, header) -> {
          byte[] content = Arrays.copyOf(whole, cut);
          if (flipAt < content.length) {
            content[flipAt] = flipTo;
          }
          String text = new String(content, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: \\d+\r\n", header);
          return text.getBytes(StandardCharsets.ISO_8859_1);
        });
  }

  private static final List<String> FEED_PIECES = List.of(
      "<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "</rss>", "<channel>", "</channel>", "<item>", "</item>",
      "<title>", "</title>", "<link>", "</link>", "<link>https://news.example/a</link>", "<link>file:///etc/passwd</link>",
      "<link>http://127.0.0.1/</link>", "<link>::::</link>", "<guid>", "</guid>", "<guid></guid>", "<pubDate>",
      "</pubDate>", "<pubDate>Sun, 06 Sep 2009 16:20:00 +0000</pubDate>", "<pubDate>yesterday</pubDate>",
      "<description>", "</description>", "<content:encoded><![CDATA[<p>Body</p>]]></content:encoded>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>", "<entry>", "</entry>", "<link href=\"\"/>",
      "<link href=\"https://news.example/b\"/>", "<updated>2024-02-30T25:61:00Z</updated>", "<summary>", "</summary>",
      "&amp;", "&bogus;", "&#0;", "<", ">", "\"", "text", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
      "<url><loc>https://news.example/c</loc></url>", "</urlset>", "{", "}", "[", "]", ",", ":",
      "\"version\":\"https://jsonfeed.org/version/1.1\"", "\"items\":", "\"url\":", "\"content_html\":",
      "\"date_published\":", "\"2024-01-01T00:00:00Z\"", "null", "1e999", "\"https://news.example/d\"", "\"\\ud800\"");

  @Provide
  Arbitrary<String> feeds() {
    return Arbitraries.of(FEED_PIECES).list().ofMaxSize(80).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> hostile() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
        + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title>"
        + "<link>https://news.example/a</link><description>&lol9;</description></item></channel></rss>";
    String external = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title>"
        + "<link>https://news.example/a</link><description>&xxe;</description></item></channel></rss>";
    String parameter = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/x.dtd\"> %p;]>"
        + "<rss version=\"2.0\"><channel><item><link>https://news.example/a</link></item></channel></rss>";
    String quadratic = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + "x".repeat(50_000) + "\">]>"
        + "<rss version=\"2.0\"><channel><item><title>" + "&a;".repeat(2_000) + "</title>"
        + "<link>https://news.example/a</link></item></channel></rss>";
    String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + "<x>".repeat(20_000) + "</x>".repeat(20_000)
        + "</channel></rss>";
    return Arbitraries.of(laughs, external, parameter, quadratic, deep);
  }
}
