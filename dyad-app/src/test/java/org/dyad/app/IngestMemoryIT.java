package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting thousands of small documents keeps memory flat: the heap used after a full GC does not
 * grow with the number of documents read (sources are read lazily, at most 2 × threads documents
 * are in flight, each document is committed and dropped). The annotator is a whitespace tokenizer
 * (no NLP models), so this measures the ingest machinery: sources, pool, pipeline and store.
 */
class IngestMemoryIT {

  private static final int DOCUMENTS = Integer.getInteger("dyad.memory.documents", 10_000);

  @TempDir Path folder;

  @Test
  void heapAfterGcStaysFlatOverThousandsOfDocuments() throws Exception {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(corpus.resolve(String.format("article-%05d.txt", i)),
          "Report " + i + ". The council met in the capital on Monday to discuss the harbour, said an official.\n\n"
              + "Talks on the budget (item " + i * 31 + ") will continue next week, the minister said. ".repeat(1 + i % 6));
    }
    Pipeline pipeline = new Pipeline(IngestMemoryIT::whitespaceAnnotation, new ActorResolver(), new EventCoder());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> heapAfterGc = new ArrayList<>();
    AtomicLong peak = new AtomicLong();
    try (Store store = Store.open(folder.resolve("memory.db"))) {
      Ingester ingester = new Ingester(pipeline, store, 2, SourceOptions.defaults());
      long start = System.nanoTime();
      Ingester.Progress progress = ingester.run(List.of(corpus.toString()), done -> {
        long used = memory.getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        if (done.done() % 1000 == 0) {
          synchronized (heapAfterGc) {
            System.gc();
            heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
          }
        }
      });
      System.gc();
      heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
      System.err.printf("memory: %d documents in %.0f s (%d added, %d failed); heap after GC every 1000: %s MB; "
              + "peak used %d MB; max heap %d MB%n", progress.done(), (System.nanoTime() - start) / 1e9,
          progress.added.get(), progress.failed.get(), heapAfterGc.stream().map(bytes -> bytes >> 20).toList(),
          peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
      assertThat(progress.added.get()).isEqualTo(DOCUMENTS);
      assertThat(store.stats().documents()).isEqualTo(DOCUMENTS);
    }
    long first = heapAfterGc.get(0);
    long last = heapAfterGc.get(heapAfterGc.size() - 1);
    assertThat(last - first).as("heap growth after GC from the first 1000 documents to the end").isLessThan(64L << 20);
  }

  /** One sentence per paragraph, whitespace tokens, capitalised words tagged NNP. */
  private static AnnotatedArticle whitespaceAnnotation(org.dyad.pipeline.extract.Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = text.indexOf("\n\n", paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      List<Token> tokens = new ArrayList<>();
      int i = paragraphStart;
      while (i < paragraphEnd) {
        while (i < paragraphEnd && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int begin = i;
        while (i < paragraphEnd && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > begin) {
          String word = text.substring(begin, i);
          tokens.add(new Token(tokens.size(), word, begin, i, Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN",
              word.toLowerCase(java.util.Locale.ROOT), "O"));
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
      }
      paragraphStart = paragraphEnd + 2;
    }
    return new AnnotatedArticle(article, sentences);
  }
}
