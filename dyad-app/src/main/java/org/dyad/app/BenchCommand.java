package org.dyad.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.CoreNlpDefaultBaseline;
import org.dyad.pipeline.nlp.ParseStatistics;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: documents per second of the full Dyad pipeline on a folder of articles,
 * optionally against the Stanford CoreNLP default English pipeline on the same documents.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measure how fast Dyad codes a corpus: documents/s, tokens/s, peak heap and process RSS.",
        "Codes N documents with the full pipeline after a short warm-up. With --baseline corenlp, also times the Stanford CoreNLP",
        "default English pipeline (" + CoreNlpDefaultBaseline.ANNOTATORS + ", default options) on the same",
        "documents, and ends with: bench <corpus> dyad <docs/s> baseline <docs/s> ratio <x> heap <MB> MB"
    })
public final class BenchCommand implements Callable<Integer> {

  enum Baseline { corenlp }

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\\p{L}\\p{M}\\p{N}]");
  private static final int WARM_UP_DOCUMENTS = 5;
  private static final int BASELINE_WARM_UP_DOCUMENTS = 2;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "folder of plain-text articles, read recursively, first line = title (default: ../shared/data/corpus/bbc)")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "300", description = "documents to time (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--threads", paramLabel = "N", description = "Dyad worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--baseline", paramLabel = "corenlp", description = "also time the CoreNLP default English pipeline")
  Baseline baseline;

  @Option(names = "--baseline-limit", paramLabel = "M",
      description = "time the baseline on the first M of the N documents only and extrapolate its documents/s (default: N)")
  Integer baselineLimit;

  @Option(names = "--baseline-threads", paramLabel = "N", defaultValue = "1",
      description = "baseline worker threads (default: ${DEFAULT-VALUE}, CoreNLP's single-document default)")
  int baselineThreads;

  @Option(names = "--baseline-heap", paramLabel = "SIZE", defaultValue = "3g",
      description = "maximum heap of the baseline's own JVM (default: ${DEFAULT-VALUE})")
  String baselineHeap;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserException("--limit must be at least 1");
    }
    int dyadThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (!baselineHeap.matches("\\d+[kKmMgG]?")) {
      throw new UserException("--baseline-heap takes a Java heap size such as 3g or 2500m, not '" + baselineHeap + "'");
    }
    if (dyadThreads < 1 || baselineThreads < 1) {
      throw new UserException("--threads and --baseline-threads must be at least 1");
    }
    Path folder = corpus != null ? corpus : defaultCorpus();
    if (!Files.isDirectory(folder)) {
      throw new UserException(folder + ": no such corpus folder (pass --corpus DIR)", Main.EXIT_UNREADABLE);
    }
    List<Path> files = corpusFiles(folder);
    if (files.isEmpty()) {
      throw new UserException(folder + ": holds no documents", Main.EXIT_UNREADABLE);
    }
    String corpusName = folder.toAbsolutePath().normalize().getFileName().toString();
    HeapWatch heap = HeapWatch.start();

    Pipeline pipeline = new Pipeline();
    List<RawDocument> documents = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    long tokens = 0;
    for (Path file : files) {
      if (articles.size() == limit) {
        break;
      }
      try {
        RawDocument raw = Sources.read(file.toString(), null);
        Article article = pipeline.extract(raw);
        if (article.text().isBlank()) {
          continue;
        }
        documents.add(raw);
        articles.add(article);
        tokens += countTokens(article.text());
      } catch (UnreadableInputException e) {
        System.out.println("skipped " + e.getMessage());
      }
    }
    int count = documents.size();
    System.out.printf(Locale.ROOT, "corpus %s: %d documents, %d tokens (regex word/number/punctuation count)%n",
        folder, count, tokens);

    // the gazetteer on its own: load time (wall and CPU) and the heap it holds
    org.dyad.pipeline.knowledge.KnowledgeBase.builtIn();
    settle();
    long heapBefore = usedHeap();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long gazetteerStart = System.nanoTime();
    org.dyad.pipeline.geo.GeoGazetteer gazetteer = org.dyad.pipeline.geo.GeoGazetteer.shared();
    double gazetteerSeconds = seconds(System.nanoTime() - gazetteerStart);
    double gazetteerCpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    settle();
    System.out.printf(Locale.ROOT, "dyad: gazetteer %d places, %d names: loaded in %.2f s (%.2f CPU s), heap %d MB%n",
        gazetteer.size(), gazetteer.nameCount(), gazetteerSeconds, gazetteerCpu, Math.max(0, usedHeap() - heapBefore) >> 20);

    long loadStart = System.nanoTime();
    pipeline.process(documents.get(0));
    System.out.printf(Locale.ROOT, "dyad: models loaded in %.1f s%n", seconds(System.nanoTime() - loadStart));
    runDyad(pipeline, documents.subList(0, Math.min(WARM_UP_DOCUMENTS, count)), dyadThreads);
    settle();
    heap.reset();
    long gcBefore = gcMillis();
    ParseStatistics.Snapshot parsedBefore = ParseStatistics.snapshot();
    Run dyad = runDyad(pipeline, documents, dyadThreads);
    ParseStatistics.Snapshot parsed = ParseStatistics.snapshot().since(parsedBefore);
    long gcDuring = gcMillis() - gcBefore;
    long dyadHeap = heap.peakBytes();
    double dyadRate = count / dyad.seconds();
    System.out.printf(Locale.ROOT, "dyad: %d documents in %.1f s on %d threads: %.2f documents/s, %.0f tokens/s, %d failed; "
            + "%.3f CPU s/document%n",
        count, dyad.seconds(), dyadThreads, dyadRate, tokens / dyad.seconds(), dyad.failures(), dyad.cpuSeconds() / count);
    System.out.printf(Locale.ROOT, "dyad: peak heap %d MB (max %d MB), process RSS peak %s, garbage collection %.1f s of the run%n",
        dyadHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, residentPeak(), gcDuring / 1000.0);
    System.out.printf(Locale.ROOT, "dyad: parsed %d of %d sentences (%.1f%%), %d of %d tokens (%.1f%%)%n",
        parsed.parsedSentences(), parsed.sentences(), 100 * parsed.sentenceShare(), parsed.parsedTokens(),
        parsed.tokens(), 100 * parsed.tokenShare());

    if (baseline == null) {
      System.out.printf(Locale.ROOT, "bench %s dyad %.2f heap %d MB%n", corpusName, dyadRate, dyadHeap >> 20);
      return Main.EXIT_OK;
    }
    int timed = baselineLimit == null ? count : Math.max(1, Math.min(baselineLimit, count));
    List<String> texts = articles.stream().map(Article::text).toList();
    Run base = runBaselineInChild(texts.subList(0, timed), Math.min(BASELINE_WARM_UP_DOCUMENTS, timed));
    double baseRate = timed / base.seconds();
    System.out.printf(Locale.ROOT, "baseline: %d documents in %.1f s on %d thread(s): %.3f documents/s, %.0f tokens/s (CoreNLP tokens); "
            + "%.3f CPU s/document; peak heap %d MB (own JVM, -Xmx%s)%n",
        timed, base.seconds(), baselineThreads, baseRate, base.tokens() / base.seconds(), base.cpuSeconds() / timed,
        base.peakHeap() >> 20, baselineHeap);
    if (timed < count) {
      System.out.printf(Locale.ROOT,
          "baseline: timed on the first %d of the %d documents; its documents/s is extrapolated from those %d "
              + "(the same documents Dyad coded first)%n", timed, count, timed);
    }
    System.out.printf(Locale.ROOT, "threads: dyad %d, baseline %d (in its own JVM)%n", dyadThreads, baselineThreads);
    System.out.printf(Locale.ROOT, "CPU time per document (load-independent): dyad %.3f s, baseline %.3f s, ratio %.1f "
            + "(wall-clock ratio below also counts Dyad's use of %d threads and other processes' load)%n",
        dyad.cpuSeconds() / count, base.cpuSeconds() / timed, (base.cpuSeconds() / timed) / (dyad.cpuSeconds() / count),
        dyadThreads);
    System.out.printf(Locale.ROOT, "bench %s dyad %.2f baseline %.2f ratio %.1f heap %d MB%n",
        corpusName, dyadRate, baseRate, dyadRate / baseRate, dyadHeap >> 20);
    return Main.EXIT_OK;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /**
   * A full collection between warm-up and the timed run (as JMH does between iterations), for Dyad
   * and the baseline alike: the timed run then measures the steady state, not the collector
   * settling the models just loaded (about 1 GB; until a full collection moves them, each young
   * collection took 150 to 400 ms instead of 5).
   */
  static void settle() {
    System.gc();
  }

  /**
   * Wall seconds, CPU seconds of the whole process (worker threads, the pipeline's own document
   * threads, garbage collection, compilation) during the run, failed documents, tokens seen, peak
   * heap (0 when not measured).
   */
  record Run(double seconds, double cpuSeconds, int failures, long tokens, long peakHeap) {}

  record Timing(double seconds, double cpuSeconds) {}

  private static Run runDyad(Pipeline pipeline, List<RawDocument> documents, int threadCount)
      throws InterruptedException {
    AtomicInteger failures = new AtomicInteger();
    Timing timing = timeParallel(documents.size(), threadCount, index -> {
      try {
        pipeline.process(documents.get(index));
      } catch (UnreadableInputException e) {
        failures.incrementAndGet();
      }
    });
    return new Run(timing.seconds(), timing.cpuSeconds(), failures.get(), 0, 0);
  }

  /** Name of document {@code index} in the folder handed to {@link BaselineChild}. */
  static String baselineFileName(int index) {
    return String.format(Locale.ROOT, "%04d.txt", index);
  }

  /**
   * Times the baseline in a child JVM (same Java, same class path) with a heap of its own: loading
   * CoreNLP's coreference models into the JVM that holds Dyad's ran out of memory.
   */
  private Run runBaselineInChild(List<String> texts, int warmUp) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("dyad-bench-baseline");
    try {
      for (int i = 0; i < texts.size(); i++) {
        Files.writeString(folder.resolve(baselineFileName(i)), texts.get(i), StandardCharsets.UTF_8);
      }
      List<String> command = baselineCommand(folder, warmUp, texts.size());
      System.out.printf(Locale.ROOT, "baseline: CoreNLP %s (default options) in its own JVM (-Xmx%s)…%n",
          CoreNlpDefaultBaseline.ANNOTATORS, baselineHeap);
      System.out.flush();
      Path log = folder.resolve("baseline.log");
      Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
      child.getOutputStream().close();
      String result = null;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("result ")) {
            result = line;
          }
        }
      }
      int exit = child.waitFor();
      if (exit != 0 || result == null) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
        throw new UserException("the CoreNLP baseline failed in its own JVM (exit " + exit + "): " + last, Main.EXIT_INTERNAL);
      }
      String[] fields = result.split(" ");
      System.out.printf(Locale.ROOT, "baseline: models loaded in %.1f s%n", Double.parseDouble(fields[6]));
      return new Run(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]), 0, Long.parseLong(fields[4]),
          Long.parseLong(fields[5]));
    } finally {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  List<String> baselineCommand(Path folder, int warmUp, int timed) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + baselineHeap);
    command.add("-XX:+UseParallelGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BaselineChild.class.getName());
    command.add(folder.toString());
    command.add(String.valueOf(warmUp));
    command.add(String.valueOf(timed));
    command.add(String.valueOf(baselineThreads));
    return command;
  }

  interface IndexedTask {
    void run(int index);
  }

  /**
   * Runs {@code task} on indices 0..n-1 spread over {@code threadCount} threads. CPU time is the
   * whole process's: the pipeline runs each document on threads of its own (its time budget), so
   * the worker threads' own CPU time says nothing.
   */
  static Timing timeParallel(int n, int threadCount, IndexedTask task) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threadCount);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        futures.add(executor.submit(() -> {
          for (int index = next.getAndIncrement(); index < n; index = next.getAndIncrement()) {
            task.run(index);
          }
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      executor.shutdownNow();
    }
    return new Timing(seconds(System.nanoTime() - start), seconds(processCpuNanos() - cpuStart));
  }

  /** Time the collectors report having spent so far (pauses, all collectors). */
  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  /** CPU time this process has used, all threads together (0 where the JVM cannot tell). */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  static List<Path> corpusFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> !isMetadataFile(path.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /** README, SOURCE and LICENSE files and hidden files describe a corpus; they are not documents. */
  static boolean isMetadataFile(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return name.startsWith(".") || upper.startsWith("README") || upper.startsWith("SOURCE")
        || upper.startsWith("LICENSE") || upper.startsWith("LICENCE");
  }

  static long countTokens(String text) {
    Matcher matcher = TOKEN.matcher(text);
    long n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static Path defaultCorpus() {
    String home = System.getProperty("dyad.home");
    Path base = home == null ? Path.of("") : Path.of(home);
    return base.resolve("../shared/data/corpus/bbc").normalize();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** VmHWM (peak resident set size) of this process, from /proc/self/status, or "unknown". */
  static String residentPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return (Long.parseLong(parts[0]) >> 10) + " MB";
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown";
    }
    return "unknown";
  }

  /**
   * Peak heap use: the larger of (a) the heap in use just before each garbage collection (GC
   * notifications: the true high-water marks) and (b) the sum of the heap pools' peak usage
   * since {@link #reset()} when no collection ran.
   */
  static final class HeapWatch {
    private final AtomicLong peakBeforeGc = new AtomicLong();

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var entry : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
          if (isHeapPool(entry.getKey())) {
            used += entry.getValue().getUsed();
          }
        }
        watch.peakBeforeGc.accumulateAndGet(used, Math::max);
      };
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (collector instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(listener, null, null);
        }
      }
      return watch;
    }

    private static boolean isHeapPool(String name) {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getName().equals(name)) {
          return pool.getType() == MemoryType.HEAP;
        }
      }
      return false;
    }

    void reset() {
      peakBeforeGc.set(0);
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
    }

    long peakBytes() {
      long poolPeaks = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage peak = pool.getType() == MemoryType.HEAP ? pool.getPeakUsage() : null;
        if (peak != null) {
          poolPeaks += peak.getUsed();
        }
      }
      long current = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return Math.max(peakBeforeGc.get(), Math.max(current, peakBeforeGc.get() == 0 ? poolPeaks : 0));
    }
  }
}
