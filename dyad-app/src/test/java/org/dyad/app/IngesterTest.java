package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.Failure;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad documents are recorded and the run goes on (no NLP models: the annotator is a fake that fails). */
class IngesterTest {

  @TempDir Path folder;

  @Test
  void recordsEachFailingDocumentAndGoesOn() throws Exception {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    Files.writeString(corpus.resolve("a-empty.txt"), "");
    Files.writeString(corpus.resolve("b-blank.txt"), "   \n\n  ");
    Files.writeString(corpus.resolve("c-story.txt"), "Russia hosted talks with the Taliban in Moscow on Wednesday.");
    Annotator failing = article -> {
      throw new IllegalStateException("annotator broke on " + article.source());
    };
    Pipeline pipeline = new Pipeline(failing, new ActorResolver(), new EventCoder());
    try (Store store = Store.open(folder.resolve("store.db"))) {
      Ingester ingester = new Ingester(pipeline, store, 2, SourceOptions.defaults());
      Ingester.Progress progress = ingester.run(List.of(corpus.toString(), folder.resolve("missing").toString()), done -> { });
      assertThat(progress.failed.get()).isEqualTo(4);
      assertThat(progress.added.get()).isZero();
      assertThat(store.failures(10)).extracting(Failure::source).anySatisfy(source -> assertThat(source).contains("c-story.txt"))
          .anySatisfy(source -> assertThat(source).contains("missing"));
      assertThat(store.failures(10)).filteredOn(failure -> failure.source().contains("c-story.txt")).singleElement()
          .satisfies(failure -> assertThat(failure.error()).contains("annotator broke"));
      ingester.run(List.of(corpus.toString()), done -> { });
      assertThat(store.failures(10)).filteredOn(failure -> failure.source().contains("c-story.txt")).singleElement()
          .satisfies(failure -> assertThat(failure.attempts()).isEqualTo(2));
    }
  }
}
