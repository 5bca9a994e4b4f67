package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.source.Sources;
import org.junit.jupiter.api.Test;

/**
 * Lazy parsing changes no record: the pipeline over the lazy annotator, with the stages' parse
 * guards on, gives on real articles the records it gives when every sentence is parsed up front
 * and the guards are off ({@link ParseGuards}), and parses fewer sentences.
 */
class LazyParsingIT {

  @Test
  void lazyPipelineGivesTheRecordsOfTheEagerPipelineAndParsesLess() throws Exception {
    List<Article> examples = examples();
    List<Article> articles = articles(examples);
    assumeTrue(!articles.isEmpty(), "needs examples/ or ../shared/data");
    Annotator lazy = Annotator.shared();
    assertThat(((CoreNlpAnnotator) lazy).lazy()).isTrue();
    // the same annotator, with every sentence parsed before any stage reads it (the eager pipeline)
    Annotator eager = article -> {
      AnnotatedArticle annotated = lazy.annotate(article);
      annotated.sentences().forEach(sentence -> sentence.dependencies().size());
      return annotated;
    };
    Pipeline lazyPipeline = new Pipeline(lazy, new ActorResolver(), new EventCoder());
    Pipeline eagerPipeline = new Pipeline(eager, new ActorResolver(), new EventCoder());

    int events = 0;
    int quotes = 0;
    ParseStatistics.Snapshot before = ParseStatistics.snapshot();
    List<DocumentRecord> lazyRecords = new ArrayList<>();
    for (Article article : articles) {
      lazyRecords.add(lazyPipeline.process(article));
    }
    ParseStatistics.Snapshot lazyCounts = ParseStatistics.snapshot().since(before);
    for (int i = 0; i < articles.size(); i++) {
      DocumentRecord expected;
      ParseGuards.set(false); // the eager pipeline reads every parse the stages read before the guards
      try {
        expected = eagerPipeline.process(articles.get(i));
      } finally {
        ParseGuards.set(true);
      }
      assertThat(lazyRecords.get(i)).as(articles.get(i).source()).isEqualTo(expected);
      events += expected.events().size();
      quotes += expected.quotes().size();
    }
    assertThat(events).as("events coded").isGreaterThan(20);
    assertThat(quotes).as("quotes found").isGreaterThan(10);
    assertThat(lazyCounts.parsedSentences()).as("sentences parsed lazily")
        .isGreaterThan(0).isLessThanOrEqualTo(lazyCounts.sentences());
    if (articles.size() > examples.size()) {
      // ordinary news (sport, entertainment, business) has sentences no stage needs parsed; the
      // dated examples alone are dense political prose where every sentence may need its parse
      assertThat(lazyCounts.parsedSentences()).as("sentences parsed lazily, with ordinary news")
          .isLessThan(lazyCounts.sentences());
    }
    System.out.printf("LazyParsingIT: %d articles, %d events, %d quotes; lazily parsed %d of %d sentences%n",
        articles.size(), events, quotes, lazyCounts.parsedSentences(), lazyCounts.sentences());
  }

  /** The dated examples (times placed by tense) and BBC articles from every folder. */
  private static List<Article> articles(List<Article> examples) throws Exception {
    List<Article> out = new ArrayList<>(examples);
    Pipeline extractor = extractor();
    String shared = System.getProperty("dyad.shared");
    if (shared != null && Files.isDirectory(Path.of(shared, "data/corpus/bbc"))) {
      Path reference = Path.of(shared, "examples/moscow-format.txt");
      if (Files.isRegularFile(reference)) {
        out.add(extractor.extract(Sources.read(reference.toString(), LocalDate.parse("2021-10-15"))));
      }
      for (String folder : List.of("business", "entertainment", "politics", "sport", "tech")) {
        try (Stream<Path> files = Files.list(Path.of(shared, "data/corpus/bbc", folder))) {
          for (Path file : files.sorted().skip(100).limit(3).toList()) {
            out.add(extractor.extract(Sources.read(file.toString(), LocalDate.parse("2005-03-01"))));
          }
        }
      }
    }
    return out;
  }

  /** The project's dated examples (in the repository, so always there). */
  private static List<Article> examples() throws Exception {
    List<Article> out = new ArrayList<>();
    Pipeline extractor = extractor();
    Path examples = Path.of("..", "examples");
    if (Files.isDirectory(examples)) {
      try (Stream<Path> files = Files.list(examples)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String date = file.getFileName().toString().substring(0, 10);
          out.add(extractor.extract(Sources.read(file.toString(), LocalDate.parse(date))));
        }
      }
    }
    return out;
  }

  private static Pipeline extractor() {
    return new Pipeline(article -> {
      throw new AssertionError("extraction only");
    }, new ActorResolver(), new EventCoder());
  }
}
