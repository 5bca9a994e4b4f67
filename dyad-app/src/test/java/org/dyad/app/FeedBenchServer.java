package org.dyad.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds for measuring {@code dyad follow} (docs/live.md): FEEDS feeds spread over HOSTS local
 * servers, each an RSS feed of its last 10 items (full text, from {@link FeedFarm#story}), with
 * ETag and Last-Modified, answering 304 when unchanged. With ITEMS_PER_HOUR 0 nothing changes after
 * the start (the cost of idling); otherwise the feeds gain that many items an hour between them,
 * spread evenly. Writes an OPML file of the feeds and prints a line of counts every minute.
 *
 * <pre>{@code
 * java -cp dyad-app/target/test-classes:dyad-app/target/classes:… org.dyad.app.FeedBenchServer OPML FEEDS HOSTS ITEMS_PER_HOUR
 * }</pre>
 */
public final class FeedBenchServer {

  private FeedBenchServer() {}

  public static void main(String[] args) throws Exception {
    Path opml = Path.of(args[0]);
    int feeds = Integer.parseInt(args[1]);
    int hosts = Integer.parseInt(args[2]);
    double itemsPerHour = Double.parseDouble(args[3]);
    long start = System.currentTimeMillis();
    // each feed gains an item every `period` ms, feed i offset by i/feeds of a period
    long period = itemsPerHour <= 0 ? Long.MAX_VALUE : Math.round(feeds * 3_600_000.0 / itemsPerHour);
    AtomicLong ok = new AtomicLong();
    AtomicLong notModified = new AtomicLong();
    List<HttpServer> servers = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
      server.createContext("/", exchange -> {
        try (exchange) {
          serve(exchange, feeds, start, period, ok, notModified);
        }
      });
      server.setExecutor(Executors.newFixedThreadPool(2));
      server.start();
      servers.add(server);
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n");
    for (int i = 0; i < feeds; i++) {
      xml.append("<outline type=\"rss\" text=\"Bench ").append(i).append("\" xmlUrl=\"http://127.0.0.1:")
          .append(servers.get(i % hosts).getAddress().getPort()).append("/feeds/").append(i).append(".xml\"/>\n");
    }
    Files.writeString(opml, xml.append("</body></opml>\n").toString());
    System.out.printf("serving %d feeds on %d hosts, %.0f new items an hour; OPML %s%n", feeds, hosts, itemsPerHour, opml);
    while (true) {
      Thread.sleep(60_000);
      System.out.printf("%d min: %d feeds sent (200), %d not modified (304)%n",
          (System.currentTimeMillis() - start) / 60_000, ok.get(), notModified.get());
    }
  }

  private static void serve(HttpExchange exchange, int feeds, long start, long period, AtomicLong ok, AtomicLong notModified)
      throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!path.startsWith("/feeds/")) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    int feed = Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
    long offset = period == Long.MAX_VALUE ? 0 : period * feed / feeds;
    long version = period == Long.MAX_VALUE ? 0 : (System.currentTimeMillis() - start + offset) / period;
    String etag = "\"" + feed + "-" + version + "\"";
    exchange.getResponseHeaders().add("ETag", etag);
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    long count = 2 + version;
    List<String[]> items = new ArrayList<>();
    for (long k = count - 1; k >= Math.max(0, count - FeedFarm.KEPT_ITEMS); k--) {
      int item = (int) k;
      items.add(new String[] {"http://news.example/" + feed + "/" + item, "bench:" + feed + ":" + item,
          FeedFarm.title(feed, item), "<p>" + FeedFarm.story(feed, item) + "</p>"});
    }
    byte[] body = FeedFarm.rss("Bench " + feed, items, null).getBytes(StandardCharsets.UTF_8);
    ok.incrementAndGet();
    exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
