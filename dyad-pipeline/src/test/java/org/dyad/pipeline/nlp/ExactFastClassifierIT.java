package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.pipeline.extract.Article;
import org.junit.jupiter.api.Test;

/** The exact fast scoring of the parser gives CoreNLP's parses, dependency for dependency. */
class ExactFastClassifierIT {

  @Test
  void fastScoringParsesNewsExactlyAsCoreNlpsOwnScoring() throws IOException {
    String shared = System.getProperty("dyad.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data/corpus/bbc")), "needs ../shared/data");
    List<Article> articles = new ArrayList<>();
    for (String folder : List.of("business", "politics", "sport", "tech", "entertainment")) {
      try (Stream<Path> files = Files.list(Path.of(shared, "data/corpus/bbc", folder))) {
        for (Path file : files.sorted().skip(40).limit(8).toList()) {
          articles.add(new Article(file.toString(), null, null, List.of(), null, null, "en",
              Files.readString(file, StandardCharsets.ISO_8859_1), List.of()));
        }
      }
    }
    // eager parsing, so that the times compare annotation with parsing
    CoreNlpAnnotator fast = new CoreNlpAnnotator(false, false, true, false);
    CoreNlpAnnotator plain = new CoreNlpAnnotator(false, false, false, false);
    assertThat(fast.fastScoring()).isTrue();
    assertThat(plain.fastScoring()).isFalse();

    int sentences = 0;
    long fastNanos = 0;
    long plainNanos = 0;
    for (int round = 0; round < 2; round++) {
      for (Article article : articles) {
        long t0 = System.nanoTime();
        AnnotatedArticle a = fast.annotate(article);
        long t1 = System.nanoTime();
        AnnotatedArticle b = plain.annotate(article);
        long t2 = System.nanoTime();
        if (round == 1) {
          fastNanos += t1 - t0;
          plainNanos += t2 - t1;
          sentences += a.sentences().size();
        }
        assertThat(a.sentences()).as(article.source()).isEqualTo(b.sentences());
      }
    }
    System.out.printf("ExactFastClassifierIT: %d articles, %d sentences; annotation %.2f s with fast scoring, %.2f s with CoreNLP's%n",
        articles.size(), sentences, fastNanos / 1e9, plainNanos / 1e9);
    assertThat(sentences).isGreaterThan(200);
  }
}
