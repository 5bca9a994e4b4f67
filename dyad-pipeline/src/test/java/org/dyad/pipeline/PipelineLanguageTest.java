package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.junit.jupiter.api.Test;

class PipelineLanguageTest {

  private final AtomicInteger annotated = new AtomicInteger();
  private final Annotator counting = article -> {
    annotated.incrementAndGet();
    return new AnnotatedArticle(article, List.of());
  };
  private final Pipeline pipeline = new Pipeline(counting, new ActorResolver(), new EventCoder(), Duration.ofSeconds(30));

  private static Article article(String text, String language) {
    return new Article("lang-test", null, null, List.of(), "2023-03-22", null, language, text, List.of());
  }

  @Test
  void textInAnotherLanguageKeepsItsTextButGetsNoEnglishReading() throws Exception {
    DocumentRecord record = pipeline.process(article(
        "Bundeskanzler Olaf Scholz ist am Freitag zu einem Besuch in Peking eingetroffen. Er traf den Präsidenten "
            + "und sprach über den Krieg in der Ukraine.", "de"));

    assertThat(annotated).hasValue(0);
    assertThat(record.document().text()).startsWith("Bundeskanzler");
    assertThat(record.actors()).isEmpty();
    assertThat(record.events()).isEmpty();
    assertThat(record.times()).isEmpty();
  }

  @Test
  void englishTextIsReadEvenWhenThePageDeclaresAnotherLanguage() throws Exception {
    pipeline.process(article("The talks are due to take place on October 20, the ministry said in a statement.", "fr"));

    assertThat(annotated).hasValue(1);
  }
}
