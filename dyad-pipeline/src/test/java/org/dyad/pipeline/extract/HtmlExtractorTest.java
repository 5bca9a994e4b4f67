package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final String PARAGRAPHS = """
      <p>The harbour authority of Porto Vello said on Tuesday that the new pier would open in spring, two years later than planned, because the old foundations were weaker than surveys had shown.</p>
      <p>Engineers found that the foundations could not carry the weight of modern container cranes, the authority's director, Ana Ferro, told reporters at a briefing in the port.</p>
      <p>"We would rather open late than open twice," she said, adding that the budget had grown by a fifth, to 84 million euros, since the start of the work in 2021.</p>
      """;

  private static final String PAGE = """
      <!doctype html><html lang="en-GB"><head>
      <title>Pier opening delayed again | Harbour Daily</title>
      <meta property="og:title" content="Pier opening delayed again">
      <meta property="og:site_name" content="Harbour Daily">
      <meta name="author" content="Jane Roe">
      <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
      </head><body>
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
      <main><article>
      <h1>Pier opening delayed again</h1>
      <div class="byline">By Jane Roe</div>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <div class="article-body">%s
      <figure><img src="pier.jpg"><figcaption>Cranes stand idle at the old pier. Getty Images</figcaption></figure>
      </div>
      <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Port strike ends after three weeks of talks</a></li>
      <li><a href="/b">City council approves the new ferry terminal budget</a></li></ul></aside>
      </article></main>
      <section class="comments"><p>First! This delay was obvious to anyone who has ever walked along that pier at low tide.</p></section>
      <footer><p>© 2024 Harbour Daily. All rights reserved.</p></footer>
      </body></html>
      """.formatted(PARAGRAPHS);

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static RawDocument raw(String url, String html) {
    return new RawDocument("test.html", url, html.getBytes(StandardCharsets.UTF_8), "text/html", null, null);
  }

  @Test
  void extractsTheBodyParagraphsWithoutPageFurniture() {
    Article article = extractor.extract(raw("https://harbour.example/news/pier", PAGE), PAGE);

    assertThat(article.text().split("\n\n")).hasSize(3);
    assertThat(article.text()).startsWith("The harbour authority of Porto Vello")
        .endsWith("since the start of the work in 2021.")
        .doesNotContain("Share on Facebook").doesNotContain("Related stories").doesNotContain("First!")
        .doesNotContain("Getty").doesNotContain("All rights reserved").doesNotContain("By Jane Roe");
  }

  @Test
  void readsTitleAuthorDateOutletAndLanguageFromMetaTags() {
    Article article = extractor.extract(raw("https://harbour.example/news/pier", PAGE), PAGE);

    assertThat(article.title()).isEqualTo("Pier opening delayed again");
    assertThat(article.authors()).containsExactly("Jane Roe");
    assertThat(article.published()).isEqualTo("2024-03-05");
    assertThat(article.outlet()).isEqualTo("Harbour Daily");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void prefersJsonLdMetadataAndSplitsSeveralAuthors() {
    String html = """
        <html><head><title>Ignored | Site</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Daily"},
        {"@type":"NewsArticle","headline":"Pier opening delayed again","datePublished":"2024-03-04T22:15:00-05:00",
        "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],"publisher":{"@type":"Organization","name":"Harbour Daily"}}]}
        </script></head><body><div class="story">%s</div></body></html>
        """.formatted(PARAGRAPHS);
    Article article = extractor.extract(raw(null, html), html);

    assertThat(article.title()).isEqualTo("Pier opening delayed again");
    assertThat(article.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(article.published()).isEqualTo("2024-03-04");
    assertThat(article.outlet()).isEqualTo("Harbour Daily");
    assertThat(article.text()).contains("We would rather open late");
  }

  @Test
  void aBodyWrittenStraightIntoADivBesideBlocksBeatsTheFooter() {
    String text = "The harbour authority of Porto Vello said on Tuesday that the new pier would open in spring, "
        + "two years later than planned, because the old foundations were weaker than surveys had shown. Engineers "
        + "found that the foundations could not carry the weight of modern cranes, the director, Ana Ferro, told "
        + "reporters. The budget has grown by a fifth, to 84 million euros, since the work began.";
    String page = "<html><body><div class=\"container\"><div class=\"sidebar\"><ul><li><a href=\"/1\">Archive 2006</a></li>"
        + "<li><a href=\"/2\">Archive 2005</a></li><li><a href=\"/3\">Archive 2004</a></li></ul></div>"
        + "<div class=\"col\"><p class=\"titulo\">Pier opening delayed again</p>"
        + "<small><b>05/10/2018</b> - Posted by: Jane Roe</small><br><img src=\"a.jpg\">" + text + "<br><br>"
        + "<div class=\"row\"><a href=\"#\">Facebook</a></div></div></div>"
        + "<div id=\"bottom\"><p>Porto Vello - Rua Walter, 1111 - Barra, Caixa Postal 421 - Fone: (047) 2106-8000, "
        + "CNPJ 83.102.459/0001-23, all offices open on weekdays</p></div></body></html>";
    assertThat(extractor.extract(raw(null, page), page).text()).contains("Engineers found").doesNotContain("CNPJ");
  }

  @Test
  void aListHeadedYouMayAlsoLikeIsNotBody() {
    String teaser = "<article class=\"post hentry\"><p>%s Another reflection on life with its own long paragraph of "
        + "text, written to look like an article body, with commas, clauses, and a full stop at the end.</p></article>";
    String page = "<html><body><div class=\"main\"><article class=\"post hentry\"><h1>Pier opening delayed again</h1>"
        + PARAGRAPHS + "</article><article class=\"post hentry\"><h3>Você pode gostar...</h3>"
        + teaser.formatted("First.") + teaser.formatted("Second.") + teaser.formatted("Third.")
        + teaser.formatted("Fourth.") + "</article></div></body></html>";
    Article article = extractor.extract(raw(null, page), page);
    assertThat(article.text()).startsWith("The harbour authority").doesNotContain("Another reflection");
  }

  @Test
  void ignoresBrokenJsonLdAndFallsBackToTimeElementsAndTheUrl() {
    String withTime = "<html><head><script type=\"application/ld+json\">{not json</script></head><body>"
        + "<time datetime=\"2023-11-02\">2 Nov</time><div>" + PARAGRAPHS + "</div></body></html>";
    assertThat(extractor.extract(raw(null, withTime), withTime).published()).isEqualTo("2023-11-02");

    String plain = "<html><body><div>" + PARAGRAPHS + "</div></body></html>";
    assertThat(extractor.extract(raw("https://news.example/2022/07/14/pier-story", plain), plain).published())
        .isEqualTo("2022-07-14");
    assertThat(extractor.extract(raw("https://news.example/pier-story", plain), plain).outlet())
        .isEqualTo("news.example");
  }

  @Test
  void usesJsonLdArticleBodyWhenTheMarkupHoldsOnlyATeaser() {
    String body = (PARAGRAPHS.replaceAll("</?p>", "") + "\n").repeat(3);
    String json = body.replace("\"", "\\\"").replace("\n", "\\n");
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + json + "\"}</script></head><body><div><p>The harbour authority of Porto Vello said on Tuesday that the "
        + "new pier would open in spring, two years later than planned, because the old foundations were weaker "
        + "than surveys had shown.</p></div></body></html>";
    Article article = extractor.extract(raw(null, html), html);

    assertThat(article.text()).contains("We would rather open late").contains("\n\n");
  }

  @Test
  void survivesTenThousandNestedElementsInBoundedTime() {
    String html = "<html><body>" + "<div>".repeat(10_000) + PARAGRAPHS + "</div>".repeat(10_000) + "</body></html>";
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();

    Article article = extractor.extract(raw(null, html), html);

    assertThat(threads.getCurrentThreadCpuTime() - start).as("CPU nanoseconds").isLessThan(10_000_000_000L);
    assertThat(article).isNotNull();
  }

  @Test
  void cutsHugePagesBeforeParsing() {
    String filler = "<div class=\"menu\"><a href=\"/x\">Link</a></div>\n".repeat(200_000);
    String html = "<html><body><div>" + PARAGRAPHS + "</div>" + filler + "</body></html>";
    assertThat(html.length()).isGreaterThan(HtmlExtractor.MAX_CHARS);

    Article article = extractor.extract(raw(null, html), html);

    assertThat(article.text()).contains("We would rather open late");
  }

  @Test
  void emptyOrTextlessPagesGiveEmptyText() {
    assertThat(extractor.extract(raw(null, ""), "").text()).isEmpty();
    String images = "<html><body><img src=a.png><img src=b.png></body></html>";
    assertThat(extractor.extract(raw(null, images), images).text()).isEmpty();
  }
}
