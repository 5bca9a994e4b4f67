package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyDependenciesTest {

  private static final List<Token> TOKENS = List.of(
      new Token(0, "Rain", 0, 4, "NN", "rain", "O"),
      new Token(1, "fell", 5, 9, "VBD", "fall", "O"));
  private static final List<Dependency> EDGES = List.of(
      new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0));

  private static Sentence lazySentence(AtomicInteger parses) {
    return Sentence.lazy(0, 0, 9, TOKENS, () -> {
      parses.incrementAndGet();
      return EDGES;
    });
  }

  @Test
  void aSentenceNobodyReadsTheDependenciesOfIsNeverParsed() {
    AtomicInteger parses = new AtomicInteger();
    Sentence sentence = lazySentence(parses);

    assertThat(sentence.tokens()).hasSize(2);
    assertThat(sentence.tokenAt(6)).isEqualTo(1);
    assertThat(sentence.text("Rain fell", 0, 2)).isEqualTo("Rain fell");
    assertThat(sentence.parsed()).isFalse();
    assertThat(parses).hasValue(0);
  }

  @Test
  void theFirstReadParsesOnceAndEveryReadSeesTheSameEdges() {
    AtomicInteger parses = new AtomicInteger();
    Sentence sentence = lazySentence(parses);

    assertThat(sentence.root()).isEqualTo(1);
    assertThat(sentence.parsed()).isTrue();
    assertThat(sentence.children(1)).containsExactly(new Dependency("nsubj", 1, 0));
    assertThat(sentence.parentEdge(0)).isEqualTo(new Dependency("nsubj", 1, 0));
    assertThat(sentence.dependencies()).containsExactlyElementsOf(EDGES);
    assertThat(sentence.dependencies().isEmpty()).isFalse();
    assertThat(parses).hasValue(1);
  }

  @Test
  void aLazySentenceEqualsTheEagerSentenceWithTheSameParse() {
    Sentence eager = new Sentence(0, 0, 9, TOKENS, EDGES);
    Sentence lazy = lazySentence(new AtomicInteger());

    assertThat(eager.parsed()).isTrue();
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
  }

  @Test
  void threadsReadingTogetherShareOneParse() throws InterruptedException {
    AtomicInteger parses = new AtomicInteger();
    CountDownLatch inParse = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Sentence sentence = Sentence.lazy(0, 0, 9, TOKENS, () -> {
      parses.incrementAndGet();
      inParse.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return EDGES;
    });
    List<List<Dependency>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> readers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread reader = new Thread(() -> seen.add(List.copyOf(sentence.dependencies())));
      readers.add(reader);
      reader.start();
    }
    inParse.await();
    release.countDown();
    for (Thread reader : readers) {
      reader.join();
    }

    assertThat(parses).hasValue(1);
    assertThat(seen).hasSize(4).allSatisfy(edges -> assertThat(edges).isEqualTo(EDGES));
  }

  @Test
  void aParseThatFailsLeavesTheSentenceUnparsedAndTheNextReadTriesAgain() {
    AtomicInteger attempts = new AtomicInteger();
    Sentence sentence = Sentence.lazy(0, 0, 9, TOKENS, () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("interrupted");
      }
      return EDGES;
    });

    assertThatThrownBy(sentence::root).isInstanceOf(IllegalStateException.class);
    assertThat(sentence.parsed()).isFalse();
    assertThat(sentence.root()).isEqualTo(1);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void theParsedEdgesCannotBeChanged() {
    Sentence sentence = lazySentence(new AtomicInteger());

    assertThatThrownBy(() -> sentence.dependencies().add(new Dependency("obj", 1, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
