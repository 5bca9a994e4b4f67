package org.dyad.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.app.live.AlertSink;
import org.dyad.app.live.Follower;
import org.dyad.app.live.Schedule;
import org.dyad.app.live.WatchEvaluator;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.FeedClient;
import org.dyad.pipeline.source.FeedList;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.Store;
import picocli.CommandLine.Option;

/** How feeds are followed: shared by {@code dyad follow} and {@code dyad serve --follow}. */
final class FollowOptions {

  @Option(names = "--every", paramLabel = "MINUTES", defaultValue = "15",
      description = "fetch each feed every MINUTES (default: ${DEFAULT-VALUE}); longer when a feed's ttl, sy:updatePeriod or "
          + "Cache-Control says so, doubling up to 6 hours while it fails")
  int everyMinutes;

  @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "the least pause between two requests to one host (default: ${DEFAULT-VALUE}; a robots.txt Crawl-delay "
          + "may lengthen it up to 60)")
  double hostDelaySeconds;

  @Option(names = "--parallel-hosts", paramLabel = "N", defaultValue = "8",
      description = "hosts fetched at once (default: ${DEFAULT-VALUE}); each host gets one request at a time")
  int parallelHosts;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "POST each alert as JSON to URL (the private-address rules apply; with --allow-private it may be private)")
  String webhook;

  @Option(names = "--webhook-token", paramLabel = "TOKEN",
      description = "sent to the webhook as 'Authorization: Bearer TOKEN' (default: $DYAD_WEBHOOK_TOKEN)")
  String webhookToken;

  @Option(names = "--no-robots", description = "fetch article pages without reading robots.txt (only for your own servers)")
  boolean ignoreRobots;

  void check(Integer threads) {
    if (everyMinutes < 1) {
      throw new UserException("--every needs at least 1 minute");
    }
    if (!(hostDelaySeconds >= 0 && hostDelaySeconds <= 60)) {
      throw new UserException("--host-delay is 0 to 60 seconds");
    }
    if (parallelHosts < 1 || parallelHosts > 256) {
      throw new UserException("--parallel-hosts is 1 to 256");
    }
    if (threads != null && threads < 1) {
      throw new UserException("--threads must be at least 1");
    }
    if (webhook != null && !webhook.startsWith("http://") && !webhook.startsWith("https://")) {
      throw new UserException("--webhook takes an http(s) URL, not " + webhook);
    }
  }

  static List<FeedList.Subscription> feeds(List<String> sources) {
    try {
      return FeedList.read(sources);
    } catch (UnreadableInputException e) {
      throw new UserException(e.getMessage(), Main.EXIT_UNREADABLE);
    }
  }

  /** The follower over a store, with the alerts' sinks: JSON Lines (when {@code jsonLines} is given) and the webhook. */
  Follower follower(Store store, List<FeedList.Subscription> feeds, java.util.function.Supplier<Pipeline> pipeline, Integer threads,
      boolean allowPrivate, java.io.PrintStream jsonLines, Clock clock) {
    List<String> listed = new ArrayList<>();
    feeds.forEach(feed -> listed.add(feed.url()));
    if (webhook != null) {
      listed.add(webhook);
    }
    Duration pause = Duration.ofMillis(Math.round(hostDelaySeconds * 1000));
    FeedClient.Settings politeness = new FeedClient.Settings(pause, pause.compareTo(Duration.ofSeconds(60)) > 0 ? pause
        : Duration.ofSeconds(60), !ignoreRobots, Duration.ofHours(24));
    FeedClient client = new FeedClient(SourceOptions.defaults().withAllowPrivate(allowPrivate), politeness, listed);
    int documentThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Ingester[] ingester = new Ingester[1];
    Follower.Documents documents = raw -> {
      Ingester worker;
      synchronized (ingester) {
        if (ingester[0] == null) {
          ingester[0] = new Ingester(pipeline.get(), store, documentThreads, SourceOptions.defaults());
        }
        worker = ingester[0];
      }
      Ingester.Outcome outcome = worker.ingest(raw);
      return switch (outcome.kind()) {
        case ADDED -> new Follower.Ingested(Follower.Ingested.Kind.ADDED, outcome.documentId(), outcome.result().events(),
            outcome.result().newEvents(), outcome.result().mergedEvents(), null);
        case ALREADY_STORED -> new Follower.Ingested(Follower.Ingested.Kind.DUPLICATE, outcome.documentId(), 0, 0, 0, null);
        case FAILED -> new Follower.Ingested(Follower.Ingested.Kind.FAILED, outcome.documentId(), 0, 0, 0, outcome.message());
      };
    };
    List<AlertSink> sinks = new ArrayList<>();
    if (jsonLines != null) {
      sinks.add(AlertSink.jsonLines(jsonLines, store));
    }
    if (webhook != null) {
      String token = webhookToken != null ? webhookToken : System.getenv("DYAD_WEBHOOK_TOKEN");
      sinks.add(new AlertSink.Webhook(client, webhook, token, store, java.time.Instant.now().minusSeconds(1)));
    }
    Follower.Settings settings = new Follower.Settings(Schedule.every(Duration.ofMinutes(everyMinutes)), documentThreads,
        parallelHosts, 5);
    return new Follower(store, client, documents, feeds, settings, clock, new WatchEvaluator(store, clock), sinks);
  }
}
