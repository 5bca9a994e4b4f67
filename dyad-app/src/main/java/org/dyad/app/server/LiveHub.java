package org.dyad.app.server;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dyad.store.Store;

/**
 * Tells open pages when the store changed: {@code GET /api/live} is a server-sent event stream
 * that sends {@code state} at once and {@code change} whenever new events, alerts, documents or
 * feed fetches appear, whoever wrote them (this server's follower or ingest, or another process
 * on the same store). The store is looked at every {@code interval} while a page listens, and at
 * once after a write through this server ({@link #nudge()}). A comment line every 20 s keeps
 * proxies from closing an idle stream and finds pages that left.
 */
final class LiveHub implements AutoCloseable {

  private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(20);

  private final Store store;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer;
  private volatile Map<String, Object> last;
  private volatile long lastSentNanos = System.nanoTime();

  LiveHub(Store store, Duration interval) {
    this.store = store;
    this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "dyad-live");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** What a page compares to know whether to refresh. */
  Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("lastEventId", store.watches().lastEventId());
    state.put("lastAlertId", store.watches().lastAlertId());
    state.put("documents", store.stats().documents());
    state.put("lastFetch", store.feeds().lastFetch().map(Instant::toString).orElse(null));
    return state;
  }

  void add(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    Map<String, Object> now = state();
    last = last == null ? now : last;
    client.sendEvent("state", now);
  }

  int listeners() {
    return clients.size();
  }

  /** Looks at the store now (after a write through this server). */
  void nudge() {
    timer.execute(this::tick);
  }

  private void tick() {
    if (clients.isEmpty()) {
      return;
    }
    try {
      Map<String, Object> now = state();
      if (!now.equals(last)) {
        last = now;
        broadcast("change", now);
      } else if (System.nanoTime() - lastSentNanos > KEEP_ALIVE_NANOS) {
        for (SseClient client : clients) {
          if (client.terminated()) {
            clients.remove(client);
          } else {
            client.sendComment("keep-alive");
          }
        }
        lastSentNanos = System.nanoTime();
      }
    } catch (RuntimeException e) {
      // the store is busy or closing: the next tick tries again
    }
  }

  private void broadcast(String event, Object data) {
    lastSentNanos = System.nanoTime();
    for (SseClient client : clients) {
      if (client.terminated()) {
        clients.remove(client);
      } else {
        client.sendEvent(event, data);
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    for (SseClient client : clients) {
      client.close();
    }
    clients.clear();
  }
}
