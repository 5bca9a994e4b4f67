package org.dyad.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.app.live.Follower;
import org.dyad.pipeline.source.FeedList;
import java.util.concurrent.CountDownLatch;
import org.dyad.app.server.DyadServer;
import org.dyad.app.server.ServerConfig;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the web UI and the REST API over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serve the web UI and the REST API (OpenAPI at /api/openapi.json) over a store.",
        "Reads are open; writes (POST /api/ingest, watches) need --token or DYAD_TOKEN, sent as 'Authorization: Bearer …'.",
        "With --follow, also follow feeds as 'dyad follow' does, in the same process; pages update as events arrive."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL", defaultValue = "dyad-data/dyad.db",
      description = "the store: a SQLite file or jdbc:postgresql://… (default: ${DEFAULT-VALUE})")
  String db;

  @Option(names = "--port", defaultValue = "7400", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", description = "API token for writes (default: $DYAD_TOKEN; none = writes refused)")
  String token;

  @Option(names = "--allow-private",
      description = "let POST /api/ingest fetch private and loopback addresses; with --follow, follow feeds on them "
          + "(only the listed feeds' own hosts, and the webhook's, may be private)")
  boolean allowPrivate;

  @Option(names = "--follow", arity = "1..*", paramLabel = "FEED|LIST|OPML",
      description = "follow these feeds (URLs, plain lists or OPML files) while serving, as 'dyad follow' does")
  List<String> follow;

  @Mixin FollowOptions followOptions = new FollowOptions();

  @Option(names = "--threads", paramLabel = "N", description = "with --follow: items made into documents at once (default: the number of cores)")
  Integer threads;

  @Override
  public Integer call() throws InterruptedException {
    String apiToken = token != null ? token : System.getenv("DYAD_TOKEN");
    List<FeedList.Subscription> feeds = null;
    if (follow != null) {
      followOptions.check(threads);
      feeds = FollowOptions.feeds(follow);
    }
    Store store;
    try {
      store = Store.open(db);
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), Main.EXIT_UNREADABLE);
    }
    ServerConfig config = new ServerConfig(host, port, apiToken, allowPrivate);
    List<FeedList.Subscription> followed = feeds;
    serveUntilStopped(store, config, followed == null ? null
        : pipeline -> followOptions.follower(store, followed, pipeline, threads, allowPrivate, null, Clock.systemUTC()));
    return Main.EXIT_OK;
  }

  /** Starts the server, prints its URL, and blocks until the JVM is asked to stop. */
  static void serveUntilStopped(Store store, ServerConfig config) throws InterruptedException {
    serveUntilStopped(store, config, null);
  }

  /**
   * Starts the server (and a follower, when {@code follower} makes one from the server's lazily
   * loaded pipeline), prints its URL, and blocks until the JVM is asked to stop.
   */
  static void serveUntilStopped(Store store, ServerConfig config, Function<Supplier<Pipeline>, Follower> follower)
      throws InterruptedException {
    Pipeline[] pipeline = new Pipeline[1];
    Supplier<Pipeline> shared = () -> {
      synchronized (pipeline) {
        if (pipeline[0] == null) {
          pipeline[0] = new Pipeline();
        }
        return pipeline[0];
      }
    };
    DyadServer server = new DyadServer(store, config, shared);
    try {
      server.start();
    } catch (RuntimeException e) {
      store.close();
      throw new UserException("could not listen on " + config.host() + ":" + config.port() + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), Main.EXIT_UNREADABLE);
    }
    Follower following = follower == null ? null : follower.apply(shared);
    Thread followerThread = null;
    if (following != null) {
      followerThread = new Thread(() -> {
        try {
          following.run(report -> {
            System.err.println("follow: " + report.line(java.time.Instant.now()));
            server.nudge();
          }, message -> System.err.println("follow: " + message));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "dyad-follower");
      followerThread.setDaemon(true);
    }
    Thread runningFollower = followerThread;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (following != null) {
        following.stop();
        try {
          runningFollower.join(20_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        following.close();
      }
      server.stop();
      store.close();
      stopped.countDown();
    }, "dyad-shutdown"));
    System.out.println("Dyad is serving " + store.location() + " at " + server.url()
        + (config.token() == null ? "  (read-only: no API token set)" : ""));
    if (following != null) {
      System.out.println("Following " + following.feeds().size() + " feeds; alerts at " + server.url() + "#/alerts");
      runningFollower.start();
    }
    System.out.println("Press Ctrl+C to stop.");
    System.out.flush();
    stopped.await();
  }
}
