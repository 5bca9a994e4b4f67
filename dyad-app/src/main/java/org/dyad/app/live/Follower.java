package org.dyad.app.live;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dyad.pipeline.source.FeedClient;
import org.dyad.pipeline.source.FeedItem;
import org.dyad.pipeline.source.FeedList;
import org.dyad.pipeline.source.FeedPoll;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.store.Alert;
import org.dyad.store.FeedFetch;
import org.dyad.store.FeedItemRecord;
import org.dyad.store.FeedState;
import org.dyad.store.FeedStore;
import org.dyad.store.PendingItem;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Follows feeds: each pass fetches the feeds that are due (hosts in parallel, each host's feeds one
 * after the other through the {@link FeedClient}'s politeness), records their new items as pending
 * in the store, turns the pending items into documents (their own content, else their page) and
 * stores them through {@link Documents}, then evaluates the watches and hands their alerts to the
 * sinks. Everything a restart needs is in the store, written as it happens: a follower killed at
 * any moment resumes with the items it had not stored and the feeds that are due, without
 * fetching again what it had.
 *
 * <p>Lifecycle: create, {@link #pass()} (tests, {@code --once}) or {@link #run} until {@link #stop()},
 * then {@link #close()}. One follower per store.
 */
public final class Follower implements AutoCloseable {

  /**
   * How the follower works.
   *
   * @param schedule when feeds are fetched again
   * @param documentThreads items made into documents (NLP) at once
   * @param parallelHosts hosts fetched at once (each host's requests stay one at a time)
   * @param maxItemAttempts tries of an item whose page failed with a passing error, before it is skipped
   */
  public record Settings(Schedule schedule, int documentThreads, int parallelHosts, int maxItemAttempts) {

    public Settings {
      if (documentThreads < 1 || parallelHosts < 1 || maxItemAttempts < 1) {
        throw new IllegalArgumentException("threads, parallel hosts and attempts must be at least 1");
      }
    }
  }

  /** Where documents go: the pipeline and the store (an {@code Ingester} in the app). */
  @FunctionalInterface
  public interface Documents {
    Ingested ingest(RawDocument document);
  }

  /**
   * What storing one document did.
   *
   * @param documentId the document's id (the hash of its text), or null when it failed before that
   * @param events event reports stored; {@code newEvents} of them started an event, {@code mergedEvents} joined one
   * @param message why it failed, or null
   */
  public record Ingested(Kind kind, String documentId, int events, int newEvents, int mergedEvents, String message) {
    public enum Kind { ADDED, DUPLICATE, FAILED }
  }

  /** Counts of one pass. */
  public record PassReport(int number, Instant at, int due, int fetched, int notModified, int failed, int newItems,
      int documents, int duplicates, int skipped, int itemFailures, int newEvents, int mergedEvents, int alerts,
      Duration elapsed, Duration cpu, Instant nextDue) {

    /** One line: "pass 3: 50 feeds due: 2 fetched, 47 not modified (304), 1 failed; ...". */
    public String line(Instant now) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "pass %d: %d feeds due: %d fetched, %d not modified (304), %d failed; %d new items: %d new documents, "
              + "%d duplicates, %d skipped, %d to retry; %d new events (+%d reports of known events); %d %s; %.1f s, CPU %.1f s",
          number, due, fetched, notModified, failed, newItems, documents, duplicates, skipped, itemFailures, newEvents,
          mergedEvents, alerts, alerts == 1 ? "alert" : "alerts", elapsed.toMillis() / 1000.0, cpu.toMillis() / 1000.0));
      if (nextDue != null) {
        Duration wait = Duration.between(now, nextDue);
        line.append("; next pass ").append(wait.isNegative() || wait.isZero() ? "now" : "in " + human(wait));
      }
      return line.toString();
    }

    private static String human(Duration wait) {
      long seconds = wait.toSeconds();
      if (seconds < 90) {
        return Math.max(1, seconds) + " s";
      }
      if (seconds < 90 * 60) {
        return Math.round(seconds / 60.0) + " min";
      }
      return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
  }

  private final Store store;
  private final FeedClient client;
  private final Documents documents;
  private final List<FeedList.Subscription> feeds;
  private final Set<String> urls = new HashSet<>();
  private final Settings settings;
  private final Clock clock;
  private final WatchEvaluator evaluator;
  private final List<AlertSink> sinks;
  private final ExecutorService fetchPool;
  private final ExecutorService documentPool;
  private final CountDownLatch stopped = new CountDownLatch(1);
  /** The start of the grid feeds are due on ({@link Schedule#onGrid}): when this follower was made. */
  private final Instant anchor;
  private volatile boolean stopping;
  private int passes;

  public Follower(Store store, FeedClient client, Documents documents, List<FeedList.Subscription> feeds, Settings settings,
      Clock clock, WatchEvaluator evaluator, List<AlertSink> sinks) {
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("no feeds to follow");
    }
    this.store = store;
    this.client = client;
    this.documents = documents;
    this.feeds = List.copyOf(feeds);
    feeds.forEach(feed -> urls.add(feed.url()));
    this.settings = settings;
    this.clock = clock;
    this.evaluator = evaluator;
    this.sinks = List.copyOf(sinks);
    this.fetchPool = Executors.newFixedThreadPool(settings.parallelHosts(), daemon("dyad-fetch"));
    this.documentPool = Executors.newFixedThreadPool(settings.documentThreads(), daemon("dyad-follow"));
    List<FeedStore.Listed> listed = new ArrayList<>();
    for (FeedList.Subscription feed : feeds) {
      listed.add(new FeedStore.Listed(feed.url(), feed.title(), feed.listedIn()));
    }
    this.anchor = clock.instant();
    store.feeds().follow(listed, anchor);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The feeds followed. */
  public List<FeedList.Subscription> feeds() {
    return feeds;
  }

  /** Runs passes until {@link #stop()}: each as soon as a feed is due (or a minute has passed). */
  public void run(Consumer<PassReport> onPass, Consumer<String> onError) throws InterruptedException {
    boolean first = true;
    while (!stopping) {
      try {
        Instant now = clock.instant();
        boolean anythingDue = first || !store.feeds().due(now.plus(slack())).isEmpty();
        if (anythingDue) {
          onPass.accept(pass());
        }
      } catch (RuntimeException e) {
        // a store that is busy or briefly unreachable: say so and try again on the next turn
        onError.accept("pass failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      }
      first = false;
      Instant next = store.feeds().nextDue().orElse(clock.instant().plus(Duration.ofMinutes(1))).minus(slack());
      long wait = Math.max(1_000, Math.min(60_000, Duration.between(clock.instant(), next).toMillis()));
      if (stopped.await(wait, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** Asks {@link #run} to end after the item it is working on. */
  public void stop() {
    stopping = true;
    stopped.countDown();
  }

  @Override
  public void close() {
    stop();
    fetchPool.shutdownNow();
    documentPool.shutdownNow();
  }

  /** One pass at the clock's time: due feeds, pending items, watches. */
  public synchronized PassReport pass() {
    long started = System.nanoTime();
    long cpuStarted = cpuNanos();
    Instant now = clock.instant();
    int number = ++passes;
    Counts counts = new Counts();

    // feeds due a moment later join this pass rather than make one of their own
    List<FeedState> due = new ArrayList<>();
    for (FeedState feed : store.feeds().due(now.plus(slack()))) {
      if (urls.contains(feed.url())) {
        due.add(feed);
      }
    }
    fetch(due, now, counts);
    processPending(counts);
    int alerts = evaluateWatches();
    Instant nextDue = store.feeds().nextDue().orElse(null);
    return new PassReport(number, now, due.size(), counts.fetched.get(), counts.notModified.get(), counts.failed.get(),
        counts.newItems.get(), counts.documents.get(), counts.duplicates.get(), counts.skipped.get(), counts.retries.get(),
        counts.newEvents.get(), counts.mergedEvents.get(), alerts, Duration.ofNanos(System.nanoTime() - started),
        Duration.ofNanos(Math.max(0, cpuNanos() - cpuStarted)), nextDue);
  }

  /** A tenth of the interval, at most 30 s: how early a feed may be fetched to join a pass. */
  private Duration slack() {
    Duration tenth = settings.schedule().every().dividedBy(10);
    return tenth.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : tenth;
  }

  private static final class Counts {
    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger newItems = new AtomicInteger();
    final AtomicInteger documents = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger newEvents = new AtomicInteger();
    final AtomicInteger mergedEvents = new AtomicInteger();
  }

  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  // ---------------------------------------------------------------- feeds

  /**
   * Fetches the due feeds. Their next fetch is reckoned from the pass's start, not from when each
   * was fetched, and put on the schedule's grid, so feeds come due together: 200 feeds every 15
   * minutes make one pass every 15 minutes, not a trickle of passes of a few feeds each.
   */
  private void fetch(List<FeedState> due, Instant passStart, Counts counts) {
    Map<String, List<FeedState>> byHost = new LinkedHashMap<>();
    for (FeedState feed : due) {
      byHost.computeIfAbsent(host(feed.url()), h -> new ArrayList<>()).add(feed);
    }
    List<Callable<Void>> hosts = new ArrayList<>();
    for (List<FeedState> ofHost : byHost.values()) {
      hosts.add(() -> {
        for (FeedState feed : ofHost) {
          if (stopping) {
            return null;
          }
          try {
            fetchOne(feed, passStart, counts);
          } catch (StoreException e) {
            throw e;
          } catch (RuntimeException e) {
            // a bug met on one feed's bytes: that feed fails (and backs off), the others go on
            store.feeds().recordFetch(feed.url(), new FeedFetch(clock.instant(), FeedFetch.FAILED, null, null, null,
                "internal error: " + e, next(settings.schedule().afterFailure(passStart, feed.consecutiveFailures() + 1, null))),
                List.of());
            counts.failed.incrementAndGet();
          }
        }
        return null;
      });
    }
    runAll(fetchPool, hosts);
  }

  private static String host(String url) {
    try {
      URI uri = URI.create(url);
      return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private Instant next(Instant due) {
    return settings.schedule().onGrid(anchor, due, slack());
  }

  private void fetchOne(FeedState feed, Instant passStart, Counts counts) {
    FeedPoll poll = client.poll(feed.url(), feed.etag(), feed.lastModified());
    Instant at = clock.instant();
    Schedule schedule = settings.schedule();
    switch (poll.status()) {
      case UPDATED -> {
        List<FeedItemRecord> items = new ArrayList<>();
        for (FeedItem item : poll.items()) {
          items.add(new FeedItemRecord(item.key(), item.link(), item.title(),
              item.published() == null ? null : item.published().toString(), item.contentHtml()));
        }
        int fresh = store.feeds().recordFetch(feed.url(), new FeedFetch(at, FeedFetch.UPDATED, poll.etag(), poll.lastModified(),
            poll.title(), null, next(schedule.afterSuccess(passStart, poll.refreshHint()))), items);
        counts.fetched.incrementAndGet();
        counts.newItems.addAndGet(fresh);
      }
      case NOT_MODIFIED -> {
        store.feeds().recordFetch(feed.url(), new FeedFetch(at, FeedFetch.NOT_MODIFIED, poll.etag(), poll.lastModified(), null,
            null, next(schedule.afterSuccess(passStart, poll.refreshHint()))), List.of());
        counts.notModified.incrementAndGet();
      }
      case FAILED -> {
        store.feeds().recordFetch(feed.url(), new FeedFetch(at, FeedFetch.FAILED, null, null, null, poll.error(),
            next(schedule.afterFailure(passStart, feed.consecutiveFailures() + 1, poll.retryAfter()))), List.of());
        counts.failed.incrementAndGet();
      }
    }
  }

  // ---------------------------------------------------------------- items

  /** Makes every pending item a document (or gives up on it), each tried once in this pass. */
  private void processPending(Counts counts) {
    Set<String> tried = new HashSet<>();
    while (!stopping) {
      List<Callable<Void>> batch = new ArrayList<>();
      for (PendingItem pending : store.feeds().pending(4 * settings.documentThreads() + 50)) {
        if (tried.add(pending.feedUrl() + "\n" + pending.item().key())) {
          batch.add(() -> {
            if (!stopping) {
              try {
                processItem(pending, counts);
              } catch (StoreException e) {
                throw e;
              } catch (RuntimeException e) {
                // a bug met on one item: it is skipped with the reason, the others go on
                store.feeds().finishItem(pending.feedUrl(), pending.item().key(), FeedStore.ItemOutcome.SKIPPED, null,
                    "internal error: " + e);
                counts.skipped.incrementAndGet();
              }
            }
            return null;
          });
        }
      }
      if (batch.isEmpty()) {
        return;
      }
      runAll(documentPool, batch);
    }
  }

  private void processItem(PendingItem pending, Counts counts) {
    FeedStore state = store.feeds();
    FeedItemRecord record = pending.item();
    String feedUrl = pending.feedUrl();
    Optional<String> known = state.documentOfLink(record.link());
    if (known.isPresent()) {
      // the same story in another followed feed: not fetched again
      state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.DUPLICATE, known.get(), null);
      counts.duplicates.incrementAndGet();
      return;
    }
    LocalDate published = null;
    try {
      published = record.published() == null ? null : LocalDate.parse(record.published());
    } catch (java.time.format.DateTimeParseException e) {
      published = null;
    }
    FeedItem item = new FeedItem(record.key(), record.link(), record.title(), published, record.content());
    Instant retrieved = pending.retrieved() == null ? clock.instant() : Instant.parse(pending.retrieved());
    FeedClient.Article article = client.article(item, feedUrl, retrieved);
    if (article.document() == null) {
      if (article.retry() && pending.attempts() + 1 < settings.maxItemAttempts()) {
        state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.RETRY, null, article.problem());
        counts.retries.incrementAndGet();
      } else {
        state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.SKIPPED, null, article.problem());
        store.recordFailure(record.link() != null ? record.link() : feedUrl + " (item " + record.key() + ")", article.problem());
        counts.skipped.incrementAndGet();
      }
      return;
    }
    Ingested result = documents.ingest(article.document());
    switch (result.kind()) {
      case ADDED -> {
        state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.STORED, result.documentId(), null);
        counts.documents.incrementAndGet();
        counts.newEvents.addAndGet(result.newEvents());
        counts.mergedEvents.addAndGet(result.mergedEvents());
      }
      case DUPLICATE -> {
        String url = article.document().url();
        if (url != null && url.equals(state.documentUrl(result.documentId()).orElse(null))) {
          // this very item's document, stored by a follower stopped before it could note so
          state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.STORED, result.documentId(), null);
          counts.documents.incrementAndGet();
        } else {
          state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.DUPLICATE, result.documentId(), null);
          counts.duplicates.incrementAndGet();
        }
      }
      case FAILED -> {
        state.finishItem(feedUrl, record.key(), FeedStore.ItemOutcome.SKIPPED, result.documentId(), result.message());
        counts.skipped.incrementAndGet();
      }
    }
  }

  private static void runAll(ExecutorService pool, List<Callable<Void>> tasks) {
    if (tasks.isEmpty()) {
      return;
    }
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        try {
          done.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          throw new IllegalStateException(cause);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- watches

  private int evaluateWatches() {
    List<Alert> alerts = evaluator.evaluate();
    for (AlertSink sink : sinks) {
      if (!alerts.isEmpty()) {
        sink.deliver(alerts);
      }
      sink.afterPass();
    }
    return alerts.size();
  }
}
