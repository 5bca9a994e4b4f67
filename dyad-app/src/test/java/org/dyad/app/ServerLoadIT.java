package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.app.server.DyadServer;
import org.dyad.app.server.ServerConfig;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DocumentSummary;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test of the read API on loopback: a store of synthetic documents (50k events by
 * default; {@code -Ddyad.load.events=1000000 -Ddyad.load.db=FILE} for the full-size run, reusing
 * the file when it holds enough), N virtual users sending a fixed number of requests over the
 * main read endpoints (stopping early after {@code dyad.load.seconds}). Asserts zero errors and
 * no 5xx; prints requests/s and p50/p99 per endpoint, and heap used after GC before and after.
 */
class ServerLoadIT {

  private static final long EVENTS = Long.getLong("dyad.load.events", 50_000);
  private static final int REQUESTS = Integer.getInteger("dyad.load.requests", 3_000);
  private static final int USERS = Integer.getInteger("dyad.load.users", 8);
  /** Users stop issuing requests after this long, whatever the count. */
  private static final int SECONDS = Integer.getInteger("dyad.load.seconds", 90);

  @Test
  void theReadApiAnswersEveryRequestWithoutErrorsUnderConcurrentLoad() throws Exception {
    String external = System.getProperty("dyad.load.url");
    if (external != null) {
      loadExternalServer(external.endsWith("/") ? external : external + "/");
      return;
    }
    String configured = System.getProperty("dyad.load.db");
    Path db = configured != null ? Path.of(configured) : Files.createTempDirectory("dyad-load").resolve("load.db");
    fill(db);
    try (Store store = Store.open(db)) {
      long events = store.stats().events();
      List<String> documentIds = store.documents(200, 0).items().stream().map(DocumentSummary::id).toList();
      DyadServer server = new DyadServer(store, new ServerConfig("127.0.0.1", 0, null, false), Pipeline::new);
      server.start();
      try {
        System.gc();
        long heapBefore = usedHeap();
        RssSampler rss = RssSampler.start("self");
        Result result = load(server.url(), events, documentIds);
        rss.stop();
        System.gc();
        long heapAfter = usedHeap();
        System.err.println(result.report(events, heapBefore, heapAfter) + rss.report());
        assertThat(result.serverErrors.get()).as("5xx answers").isZero();
        assertThat(result.errors).as("failed requests").isEmpty();
        assertThat(result.done.get()).isPositive().isLessThanOrEqualTo(REQUESTS);
      } finally {
        server.stop();
      }
    }
  }

  /**
   * {@code -Ddyad.load.url=http://127.0.0.1:PORT/ [-Ddyad.load.pid=PID]}: the same load against a
   * running {@code dyad serve} (its store already filled), sampling the server's resident memory
   * once a second when its process id is given.
   */
  private static void loadExternalServer(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String stats = http.send(HttpRequest.newBuilder(URI.create(base + "api/stats")).build(), HttpResponse.BodyHandlers.ofString()).body();
    long events = Long.parseLong(stats.replaceAll("(?s).*\"events\"\\s*:\\s*(\\d+).*", "$1"));
    String documents = http.send(HttpRequest.newBuilder(URI.create(base + "api/documents?limit=200")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    List<String> documentIds = new ArrayList<>();
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{64}(?:-\\d+)?)\"").matcher(documents);
    while (id.find()) {
      documentIds.add(id.group(1));
    }
    assertThat(documentIds).as("documents of " + base).isNotEmpty();
    RssSampler rss = RssSampler.start(System.getProperty("dyad.load.pid", ""));
    Result result = load(base, events, documentIds);
    rss.stop();
    System.err.println(result.report(events, -1, -1) + rss.report());
    assertThat(result.serverErrors.get()).as("5xx answers").isZero();
    assertThat(result.errors).as("failed requests").isEmpty();
  }

  /** Resident memory of a process (VmRSS from /proc), sampled once a second: minimum, maximum, last. */
  private static final class RssSampler {
    private final String pid;
    private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;

    private RssSampler(String pid) {
      this.pid = pid;
      this.thread = new Thread(() -> {
        while (running) {
          long kb = rssKb();
          if (kb > 0) {
            samples.add(kb);
          }
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "rss-sampler");
      thread.setDaemon(true);
    }

    static RssSampler start(String pid) {
      RssSampler sampler = new RssSampler(pid);
      if (!pid.isEmpty()) {
        sampler.thread.start();
      }
      return sampler;
    }

    private long rssKb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("\\D", ""));
          }
        }
      } catch (IOException | RuntimeException e) {
        // not Linux, or the process is gone: no sample
      }
      return -1;
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    String report() {
      if (samples.isEmpty()) {
        return "";
      }
      List<Long> copy = new ArrayList<>(samples);
      return String.format(Locale.ROOT, "load: server RSS over the run (%d samples): min %d MB, max %d MB, last %d MB%n",
          copy.size(), Collections.min(copy) >> 10, Collections.max(copy) >> 10, copy.get(copy.size() - 1) >> 10);
    }
  }

  /**
   * Up to 10,000 events through the Store API, the rest by copying them with batch SQL (see
   * {@link LoadStore#replicate}): adding a document costs a transaction and an fsync, so 50,000
   * events through the API alone take minutes on a busy machine.
   */
  private static void fill(Path db) throws java.sql.SQLException {
    long have;
    try (Store store = Store.open(db)) {
      if (store.stats().events() >= EVENTS) {
        return;
      }
      LoadStore.fill(store, Math.min(EVENTS, 10_000), System.err);
      have = store.stats().events();
    }
    if (have < EVENTS) {
      LoadStore.replicate(db.toString(), (int) ((EVENTS - 1) / have));
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** One request template: a name for the report and a path with a random part. */
  private record Endpoint(String name, java.util.function.Function<Random, String> path) {}

  /**
   * The main read endpoints with filters drawn at random (actor, country, CAMEO root, QuadClass,
   * half-year windows, offsets), so page totals are not all the same few cached counts.
   */
  private static List<Endpoint> endpoints(long events, List<String> documentIds) {
    String[][] countries = SyntheticRecords.COUNTRIES;
    java.util.function.Function<Random, String> country = random -> countries[random.nextInt(countries.length)][0];
    java.util.function.Function<Random, String> halfYear = random -> {
      int year = 2015 + random.nextInt(10);
      return random.nextBoolean() ? "from=" + year + "-01-01&to=" + year + "-06-30" : "from=" + year + "-07-01&to=" + year + "-12-31";
    };
    return List.of(
        new Endpoint("/api/events", random -> "api/events?limit=50&offset=" + 50 * random.nextInt(20)),
        new Endpoint("/api/events?actor&from&to", random -> "api/events?actor=" + country.apply(random) + "&" + halfYear.apply(random)
            + "&limit=50"),
        new Endpoint("/api/events?cameo&quadClass", random -> String.format(Locale.ROOT, "api/events?cameo=%02d&quadClass=%d&limit=20",
            1 + random.nextInt(20), 1 + random.nextInt(4))),
        new Endpoint("/api/events?country", random -> "api/events?country=" + country.apply(random) + "&limit=50&offset="
            + 50 * random.nextInt(4)),
        new Endpoint("/api/events/{id}", random -> "api/events/" + (1 + (long) (random.nextDouble() * events))),
        new Endpoint("/api/actors", random -> "api/actors?limit=50"),
        new Endpoint("/api/actors?q", random -> "api/actors?q=" + countries[random.nextInt(countries.length)][1].substring(0, 3)),
        new Endpoint("/api/actors/{id}", random -> "api/actors/" + (1 + random.nextInt(countries.length))),
        new Endpoint("/api/dyads/{a}/{b}", random -> "api/dyads/" + country.apply(random) + "/" + country.apply(random) + "?by=month"),
        new Endpoint("/api/events?actorId", random -> "api/events?actorId=" + (1 + random.nextInt(countries.length)) + "&limit=50"),
        new Endpoint("/api/events?pair", random -> "api/events?pair=" + country.apply(random) + "," + country.apply(random) + "&limit=50"),
        new Endpoint("/api/quotes?speakerId", random -> "api/quotes?speakerId=" + (1 + random.nextInt(countries.length)) + "&limit=50"),
        new Endpoint("/api/network", random -> "api/network?limit=100"),
        new Endpoint("/api/quotes", random -> "api/quotes?limit=50&offset=" + 50 * random.nextInt(20)),
        new Endpoint("/api/documents/{id}", random -> "api/documents/" + documentIds.get(random.nextInt(documentIds.size()))));
  }

  /** Latencies in microseconds per endpoint, counts, failures. */
  private static final class Result {
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    long nanos;

    String report(long events, long heapBefore, long heapAfter) {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "load: %d events, %d users, %d requests in %.1f s = %.0f requests/s, %d errors, %.1f MB read%n",
          events, USERS, done.get(), nanos / 1e9, done.get() / (nanos / 1e9), errors.size(), bytes.get() / 1e6));
      if (heapBefore >= 0) {
        out.append(String.format(Locale.ROOT, "load: heap used after GC %d MB before, %d MB after%n",
            heapBefore >> 20, heapAfter >> 20));
      }
      List<Long> all = new ArrayList<>();
      for (Map.Entry<String, List<Long>> entry : new TreeMap<>(latencies).entrySet()) {
        List<Long> sorted = new ArrayList<>(entry.getValue());
        Collections.sort(sorted);
        all.addAll(sorted);
        out.append(String.format(Locale.ROOT, "load: %-28s n=%5d p50=%7.1f ms p99=%7.1f ms max=%7.1f ms%n",
            entry.getKey(), sorted.size(), percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e3));
      }
      Collections.sort(all);
      out.append(String.format(Locale.ROOT, "load: %-28s n=%5d p50=%7.1f ms p99=%7.1f ms%n", "all", all.size(),
          percentile(all, 50), percentile(all, 99)));
      return out.toString();
    }

    private static double percentile(List<Long> sorted, int p) {
      if (sorted.isEmpty()) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e3;
    }
  }

  private static Result load(String base, long events, List<String> documentIds) throws Exception {
    List<Endpoint> endpoints = endpoints(events, documentIds);
    Result result = new Result();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    AtomicInteger issued = new AtomicInteger();
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    long start = System.nanoTime();
    long stopAt = start + Duration.ofSeconds(SECONDS).toNanos();
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      int user = u;
      running.add(users.submit(() -> {
        Random random = new Random(user);
        int n;
        while (System.nanoTime() < stopAt && (n = issued.getAndIncrement()) < REQUESTS) {
          Endpoint endpoint = endpoints.get(n % endpoints.size());
          String path = endpoint.path().apply(random);
          long began = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - began) / 1000;
            result.latencies.computeIfAbsent(endpoint.name(), key -> Collections.synchronizedList(new ArrayList<>())).add(micros);
            result.bytes.addAndGet(response.body().length);
            if (response.statusCode() >= 500) {
              result.serverErrors.incrementAndGet();
            }
            if (response.statusCode() != 200) {
              result.errors.add(path + " → " + response.statusCode() + " " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
          } catch (IOException e) {
            result.errors.add(path + " → " + e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          result.done.incrementAndGet();
        }
      }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    result.nanos = System.nanoTime() - start;
    users.shutdown();
    return result;
  }
}
