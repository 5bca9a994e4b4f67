package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.dyad.pipeline.source.RawDocument;

/** Random, malformed and deeply nested HTML: the extractor returns an article, never an exception. */
class HtmlExtractorFuzzTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static RawDocument page(String html, String url) {
    return new RawDocument("fuzz.html", url, html.getBytes(StandardCharsets.UTF_8), "text/html",
        StandardCharsets.UTF_8, null);
  }

  private void assertExtracts(String html, String url) {
    Article article = extractor.extract(page(html, url), html);
    assertThat(article.text()).isNotNull();
    assertThat(article.source()).isEqualTo("fuzz.html");
    assertThat(article.removed()).isNotNull();
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void tagSoupIsExtractedWithoutAnException(@ForAll("soup") String html, @ForAll("urls") String url) {
    assertExtracts(html, url);
  }

  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void arbitraryCharactersAsHtmlAreExtractedWithoutAnException(@ForAll("text") String html) {
    assertExtracts(html, null);
  }

  @Property(tries = 8, shrinking = ShrinkingMode.OFF)
  void deeplyNestedElementsAreExtractedWithoutAStackOverflow(
      @ForAll("tags") String tag, @ForAll("depths") int depth) {
    assertExtracts("<html><body>" + ExtractionFuzzing.nested(tag, depth) + "</body></html>", "https://news.example/a");
  }

  @Provide
  Arbitrary<String> soup() {
    return ExtractionFuzzing.tagSoup();
  }

  @Provide
  Arbitrary<String> text() {
    return ExtractionFuzzing.anyText();
  }

  @Provide
  Arbitrary<String> urls() {
    return Arbitraries.of(null, "", "https://news.example/2024/03/05/story.html", "http://[::1", "not a url",
        "https://news.example/9999/99/99/x", "javascript:alert(1)", "https://xn--e1afmkfd.xn--p1ai/");
  }

  @Provide
  Arbitrary<String> tags() {
    return Arbitraries.of("div", "span", "p", "b", "table", "li", "blockquote", "section");
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.of(500, 2_000, 5_000);
  }
}
