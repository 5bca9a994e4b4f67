package org.dyad.pipeline.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A web server on 127.0.0.1 with canned responses, recording every request target it gets. */
final class LocalWebServer implements AutoCloseable {

  /** What one path answers. */
  interface Route {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  final List<String> requested = new CopyOnWriteArrayList<>();

  LocalWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requested.add(exchange.getRequestURI().toString());
      Route route = routes.get(exchange.getRequestURI().getPath());
      try (exchange) {
        if (route == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          route.answer(exchange);
        }
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  LocalWebServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  LocalWebServer page(String path, String contentType, byte[] body) {
    return route(path, exchange -> send(exchange, 200, contentType, body));
  }

  LocalWebServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  LocalWebServer redirect(String path, String location) {
    return route(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(302, -1);
    });
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
