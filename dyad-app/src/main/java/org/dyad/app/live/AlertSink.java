package org.dyad.app.live;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.pipeline.source.FeedClient;
import org.dyad.store.Alert;
import org.dyad.store.Store;

/** Where alerts go once stored. */
public interface AlertSink {

  /** Called with the alerts of one evaluation (never empty), from the follower's thread. */
  void deliver(List<Alert> alerts);

  /** Called once per pass, alerts or not (a webhook retries what it could not deliver). */
  default void afterPass() {}

  /** Each alert as one line of JSON (JSON Lines), flushed at once. */
  static AlertSink jsonLines(PrintStream out, Store store) {
    return alerts -> {
      for (Alert alert : alerts) {
        out.println(AlertJson.line(alert, store));
      }
      out.flush();
    };
  }

  /**
   * POSTs each alert's JSON to a URL under the address policy (no redirects), with
   * {@code Authorization: Bearer TOKEN} when a token is given. A failed delivery is recorded on the
   * alert and tried again after later passes, at most {@value Webhook#MAX_ATTEMPTS} times.
   */
  final class Webhook implements AlertSink {

    static final int MAX_ATTEMPTS = 5;

    private final FeedClient client;
    private final String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Store store;
    private final java.time.Instant since;
    /** Alerts already tried since the last pass ended: retried after a later pass, not at once. */
    private final Set<Long> triedThisPass = new HashSet<>();

    /** @param since alerts created before this are never sent: the webhook was not configured then */
    public Webhook(FeedClient client, String url, String token, Store store, java.time.Instant since) {
      this.client = client;
      this.url = url;
      this.store = store;
      this.since = since;
      if (token != null && !token.isBlank()) {
        headers.put("Authorization", "Bearer " + token.strip());
      }
      headers.put("X-Dyad-Event", "alert");
    }

    @Override
    public void deliver(List<Alert> alerts) {
      for (Alert alert : alerts) {
        send(alert);
      }
    }

    @Override
    public synchronized void afterPass() {
      for (Alert alert : store.watches().undelivered(since, MAX_ATTEMPTS, 50)) {
        if (!triedThisPass.contains(alert.id())) {
          send(alert);
        }
      }
      triedThisPass.clear();
    }

    private synchronized void send(Alert alert) {
      triedThisPass.add(alert.id());
      byte[] body = AlertJson.line(alert, store).getBytes(StandardCharsets.UTF_8);
      Optional<String> error = client.postJson(url, body, headers);
      store.watches().markDelivery(alert.id(), error.orElse(null));
    }
  }
}
