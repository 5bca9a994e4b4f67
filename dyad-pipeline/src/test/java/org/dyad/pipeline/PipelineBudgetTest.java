package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;

class PipelineBudgetTest {

  private static final Annotator NO_SENTENCES = article -> new AnnotatedArticle(article, List.of());

  private static Pipeline pipeline(Annotator annotator, Duration budget) {
    return new Pipeline(annotator, new ActorResolver(), new EventCoder(), budget);
  }

  private static Article article(String text) {
    return new PipelineBudgetTest.ArticleFactory().of(text);
  }

  @Test
  void aStageThatIgnoresInterruptionIsCutOffAtTheBudgetWithADiagnostic() {
    AtomicBoolean stop = new AtomicBoolean();
    Annotator spinning = article -> {
      while (!stop.get()) {
        Thread.onSpinWait();
      }
      return new AnnotatedArticle(article, List.of());
    };
    long start = System.nanoTime();
    try {
      assertThatThrownBy(() -> pipeline(spinning, Duration.ofMillis(500)).process(article("Some text.")))
          .isInstanceOf(UnreadableInputException.class)
          .hasMessage("budget-test: processing exceeded the 500 ms budget per document; cut off");
    } finally {
      stop.set(true);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void theStageCutOffIsInterruptedSoItCanStop() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    Annotator sleeping = article -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return new AnnotatedArticle(article, List.of());
    };
    assertThatThrownBy(() -> pipeline(sleeping, Duration.ofSeconds(1)).process(article("Some text.")))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("exceeded the 1 s budget");
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aDocumentWithinTheBudgetIsProcessedAsBefore() throws Exception {
    var record = pipeline(NO_SENTENCES, Duration.ofSeconds(30)).process(article("Plain text of an article."));
    assertThat(record.document().text()).isEqualTo("Plain text of an article.");
  }

  @Test
  void anUnreadableDocumentKeepsItsOwnMessageUnderTheBudget() {
    RawDocument binary = new RawDocument("binary.bin", null, new byte[] {0, 1, 2, 0, 0, 3, 0, 4}, null, null, null);
    assertThatThrownBy(() -> pipeline(NO_SENTENCES, Duration.ofSeconds(30)).extract(binary))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("binary.bin");
  }

  @Test
  void aPageOverTheSizeLimitIsRefusedBeforeReadingIt() {
    byte[] page = new byte[Pipeline.MAX_INPUT_BYTES + 1];
    RawDocument huge = new RawDocument("huge.html", null, page, "text/html", StandardCharsets.UTF_8, null);
    assertThatThrownBy(() -> pipeline(NO_SENTENCES, Duration.ofSeconds(30)).extract(huge))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("MB is more than the 60 MB a document may have");
  }

  @Test
  void aFiftyMegabytePageIsRefusedAsNotOneArticleWithinTheBudget() {
    String paragraph = "<p>The minister said the talks would continue next week in the capital.</p>\n";
    StringBuilder html = new StringBuilder(50 * 1024 * 1024 + 100).append("<html><body>");
    while (html.length() < 50 * 1024 * 1024) {
      html.append(paragraph);
    }
    html.append("</body></html>");
    RawDocument page = new RawDocument("big.html", null, html.toString().getBytes(StandardCharsets.UTF_8),
        "text/html", StandardCharsets.UTF_8, null);
    html.setLength(0);
    Pipeline pipeline = pipeline(NO_SENTENCES, Duration.ofSeconds(90));
    assertThatThrownBy(() -> pipeline.process(page))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("big.html: ")
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("characters of text", "budget"));
  }

  @Test
  void tenThousandDeepNestedHtmlIsExtractedOrRefusedWithoutAStackOverflow() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 10_000; i++) {
      html.append(i % 2 == 0 ? "<div>" : "<span>");
    }
    html.append("The minister said the talks would continue next week.");
    for (int i = 10_000 - 1; i >= 0; i--) {
      html.append(i % 2 == 0 ? "</div>" : "</span>");
    }
    html.append("</body></html>");
    RawDocument page = new RawDocument("deep.html", null, html.toString().getBytes(StandardCharsets.UTF_8),
        "text/html", StandardCharsets.UTF_8, null);
    Pipeline pipeline = pipeline(NO_SENTENCES, Duration.ofSeconds(60));
    try {
      Article article = pipeline.extract(page);
      assertThat(article.text()).isNotNull();
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).startsWith("deep.html: ");
    }
  }

  @Test
  void aFourHundredThousandCharacterSentenceIsRefusedBeforeAnnotation() {
    String word = "negotiation ";
    String sentence = word.repeat(399_000 / word.length()).trim() + ".";
    RawDocument raw = new RawDocument("long.txt", null, sentence.getBytes(StandardCharsets.UTF_8), "text/plain",
        StandardCharsets.UTF_8, null);
    AtomicBoolean annotated = new AtomicBoolean();
    Annotator recording = article -> {
      annotated.set(true);
      return new AnnotatedArticle(article, List.of());
    };
    assertThatThrownBy(() -> pipeline(recording, Duration.ofSeconds(60)).process(raw))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith("long.txt: a stretch of ")
        .hasMessageContaining("characters without a sentence end; not article prose");
    assertThat(annotated).isFalse();
  }

  @Test
  void longParagraphsOfOrdinarySentencesAreAnnotated() throws Exception {
    String text = "The minister said the talks would continue next week in the capital. ".repeat(5_000);
    assertThat(Pipeline.longestRunWithoutSentenceEnd(text)).isLessThan(100);
    assertThat(pipeline(NO_SENTENCES, Duration.ofSeconds(60)).process(article(text.trim())).document().text())
        .hasSize(text.trim().length());
  }

  @Test
  void theBudgetMustBePositive() {
    assertThatThrownBy(() -> pipeline(NO_SENTENCES, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Articles as the extractor would build them. */
  private static final class ArticleFactory {
    Article of(String text) {
      return new Article("budget-test", null, null, List.of(), null, null, "en", text, List.of());
    }
  }
}
