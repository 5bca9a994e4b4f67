package org.dyad.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.Store;
import org.dyad.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: sources into the store, on all cores, idempotent and resumable. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Read files, folders, URLs, feeds and WARC files into the store.",
        "Runs the pipeline on every document and stores",
        "documents, actors, events (reports of one event merged), quotes and amounts.",
        "A document already stored is skipped, so a rerun (after a crash too) only adds what is missing."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document stored", "1:some documents failed (recorded in the store)", "2:usage error",
        "3:the database cannot be opened"})
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URL|FEED|WARC", description = "what to read; folders are read recursively")
  List<String> inputs;

  @Mixin DatabaseOption database;

  @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

  @picocli.CommandLine.Mixin ConfidenceOption confidence = new ConfidenceOption();

  @Option(names = "--threads", paramLabel = "N", description = "documents processed at once (default: the number of cores)")
  Integer threads;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date of every document read")
  LocalDate published;

  @Option(names = "--watch", paramLabel = "MINUTES",
      description = "read the inputs again every MINUTES (feeds), until stopped; 'dyad follow' follows many feeds "
          + "conditionally and politely, with watches and alerts")
  Integer watchMinutes;

  @Option(names = "--allow-private", description = "also fetch URLs on private or loopback addresses")
  boolean allowPrivate;

  @Option(names = "--progress", paramLabel = "bar|lines|none",
      description = "progress display (default: bar on a terminal, lines otherwise)")
  String progressMode;

  @Override
  public Integer call() throws Exception {
    knowledge.checkReadable();
    if (watchMinutes != null && watchMinutes < 1) {
      throw new UserException("--watch needs at least 1 minute");
    }
    int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (poolSize < 1) {
      throw new UserException("--threads must be at least 1");
    }
    SourceOptions options = SourceOptions.defaults().withPublished(published).withAllowPrivate(allowPrivate);
    PrintStream err = System.err;
    try (Store store = database.open()) {
      Pipeline pipeline = confidence.apply(knowledge.pipeline());
      Ingester ingester = new Ingester(pipeline, store, poolSize, options);
      boolean anyFailed = false;
      while (true) {
        Ingester.Progress progress = runOnce(ingester, err);
        anyFailed |= progress.failed.get() > 0;
        StoreStats stats = store.stats();
        err.println("ingest: " + progress.line());
        err.printf("ingest: %s now holds %d documents, %d events (%d reports), %d actors, %d quotes, %d failures%n",
            store.location(), stats.documents(), stats.events(), stats.mentions(), stats.actors(), stats.quotes(), stats.failures());
        if (watchMinutes == null) {
          break;
        }
        err.println("ingest: next pass in " + watchMinutes + " min (Ctrl-C stops)");
        Thread.sleep(Duration.ofMinutes(watchMinutes).toMillis());
      }
      return anyFailed ? Main.EXIT_PARTIAL : Main.EXIT_OK;
    }
  }

  private Ingester.Progress runOnce(Ingester ingester, PrintStream err) throws InterruptedException {
    String mode = progressMode != null ? progressMode : (System.console() != null ? "bar" : "lines");
    switch (mode) {
      case "bar":
        try (ProgressBar bar = new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" docs", 1)
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .build()) {
          return ingester.run(inputs, progress -> {
            bar.stepTo(progress.done());
            bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %.2f docs/s, %d events, %d failed",
                progress.rate(), progress.events.get(), progress.failed.get()));
          });
        }
      case "lines":
        AtomicLong lastPrint = new AtomicLong(System.nanoTime());
        return ingester.run(inputs, progress -> {
          long now = System.nanoTime();
          long last = lastPrint.get();
          if (now - last > 10_000_000_000L && lastPrint.compareAndSet(last, now)) {
            err.println("ingest: " + progress.line());
          }
        });
      case "none":
        return ingester.run(inputs, progress -> { });
      default:
        throw new UserException("--progress takes bar, lines or none, not " + mode);
    }
  }
}
