package org.dyad.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.pipeline.nlp.CoreNlpDefaultBaseline;

/**
 * The CoreNLP side of {@code dyad bench --baseline corenlp}, run in a JVM of its own so the
 * baseline's models (statistical coreference alone needs more than a gigabyte) get a heap of their
 * own instead of the one Dyad's models already fill, and neither pipeline's heap figure counts the
 * other's. Arguments: a folder of documents {@code 0000.txt, 0001.txt, …} (article texts as Dyad
 * extracted them), the number of warm-up documents, the number of timed documents, the number of
 * threads. Prints progress lines, then one line
 * {@code result <documents> <wall s> <process CPU s> <CoreNLP tokens> <peak heap bytes> <load s>}.
 * Exit 0 when done, 4 (one line on standard error, no stack trace) when the baseline failed.
 */
public final class BaselineChild {

  private BaselineChild() {}

  public static void main(String[] args) {
    try {
      Path folder = Path.of(args[0]);
      int warmUp = Integer.parseInt(args[1]);
      int timed = Integer.parseInt(args[2]);
      int threads = Integer.parseInt(args[3]);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < timed; i++) {
        texts.add(Files.readString(folder.resolve(BenchCommand.baselineFileName(i)), StandardCharsets.UTF_8));
      }
      BenchCommand.HeapWatch heap = BenchCommand.HeapWatch.start();
      long loadStart = System.nanoTime();
      CoreNlpDefaultBaseline corenlp = new CoreNlpDefaultBaseline();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      BenchCommand.timeParallel(Math.min(warmUp, texts.size()), threads, index -> corenlp.annotate(texts.get(index)));
      BenchCommand.settle();
      heap.reset();
      AtomicLong tokens = new AtomicLong();
      BenchCommand.Timing timing =
          BenchCommand.timeParallel(texts.size(), threads, index -> tokens.addAndGet(corenlp.annotate(texts.get(index))));
      System.out.printf(Locale.ROOT, "result %d %.6f %.6f %d %d %.3f%n", texts.size(), timing.seconds(),
          timing.cpuSeconds(), tokens.get(), heap.peakBytes(), loadSeconds);
      System.out.flush();
      System.exit(Main.EXIT_OK);
    } catch (OutOfMemoryError e) {
      System.err.println("dyad bench: the CoreNLP baseline ran out of memory with a maximum heap of "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; give it more with --baseline-heap");
      System.exit(Main.EXIT_INTERNAL);
    } catch (Exception | Error e) {
      System.err.println("dyad bench: the CoreNLP baseline failed: " + e);
      System.exit(Main.EXIT_INTERNAL);
    }
  }
}
