package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/** Random text: the cleaner returns an article whose text comes from the input, never an exception. */
class PlainTextCleanerFuzzTest {

  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
  void anyTextIsCleanedWithoutAnException(@ForAll("text") String text) {
    Article article = cleaner.clean(text, "fuzz.txt");
    assertThat(article.text()).isNotNull();
    assertThat(article.text().length()).isLessThanOrEqualTo(text.length() + 16);
    assertThat(article.source()).isEqualTo("fuzz.txt");
  }

  @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
  void markupGivenAsPlainTextIsCleanedWithoutAnException(@ForAll("soup") String text) {
    assertThat(cleaner.clean(text, "fuzz.txt").text()).isNotNull();
  }

  @Provide
  Arbitrary<String> text() {
    return ExtractionFuzzing.anyText();
  }

  @Provide
  Arbitrary<String> soup() {
    return ExtractionFuzzing.tagSoup();
  }
}
