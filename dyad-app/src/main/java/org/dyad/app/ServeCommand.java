package org.dyad.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.app.server.DyadServer;
import org.dyad.app.server.ServerConfig;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the web UI and the REST API over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serve the web UI and the REST API (OpenAPI at /api/openapi.json) over a store.",
        "Reads are open; writes (POST /api/ingest) need --token or DYAD_TOKEN, sent as 'Authorization: Bearer …'."
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

  @Option(names = "--allow-private", description = "let POST /api/ingest fetch private and loopback addresses")
  boolean allowPrivate;

  @Override
  public Integer call() throws InterruptedException {
    String apiToken = token != null ? token : System.getenv("DYAD_TOKEN");
    Store store;
    try {
      store = Store.open(db);
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), Main.EXIT_UNREADABLE);
    }
    ServerConfig config = new ServerConfig(host, port, apiToken, allowPrivate);
    serveUntilStopped(store, config);
    return Main.EXIT_OK;
  }

  /** Starts the server, prints its URL, and blocks until the JVM is asked to stop. */
  static void serveUntilStopped(Store store, ServerConfig config) throws InterruptedException {
    Pipeline[] pipeline = new Pipeline[1];
    DyadServer server = new DyadServer(store, config, () -> {
      synchronized (pipeline) {
        if (pipeline[0] == null) {
          pipeline[0] = new Pipeline();
        }
        return pipeline[0];
      }
    });
    try {
      server.start();
    } catch (RuntimeException e) {
      store.close();
      throw new UserException("could not listen on " + config.host() + ":" + config.port() + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), Main.EXIT_UNREADABLE);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      store.close();
      stopped.countDown();
    }, "dyad-shutdown"));
    System.out.println("Dyad is serving " + store.location() + " at " + server.url()
        + (config.token() == null ? "  (read-only: no API token set)" : ""));
    System.out.println("Press Ctrl+C to stop.");
    System.out.flush();
    stopped.await();
  }
}
