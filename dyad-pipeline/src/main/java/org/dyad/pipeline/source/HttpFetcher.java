package org.dyad.pipeline.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages with {@code java.net.http}: connect and overall timeouts, a size cap, redirects
 * followed by hand (at most {@link SourceOptions#maxRedirects()}), and the address policy checked
 * before every request. Only pages, text, feeds and archives are downloaded; PDFs, images and
 * other media are refused from their Content-Type (or their first bytes) without reading them.
 *
 * <p>The address check resolves the host, then the HTTP client resolves it again to connect; a
 * DNS answer that changes between the two is not caught.
 */
final class HttpFetcher implements Fetcher {

  static final String USER_AGENT = "Dyad/0.1 (news event extraction)";

  private static final Set<String> ACCEPTED_TYPES = Set.of(
      "application/xhtml+xml", "application/xml", "application/rss+xml", "application/atom+xml",
      "application/rdf+xml", "application/json", "application/feed+json", "application/gzip",
      "application/x-gzip", "application/warc", "application/octet-stream");
  private static final Set<String> REFUSED_TEXT_TYPES = Set.of("text/css", "text/javascript", "text/calendar");

  private final SourceOptions options;
  private final AddressPolicy.HostResolver resolver;
  private final ProxySelector proxy;
  /** Endpoints (host:port) that may be private although {@code allowPrivate} is off: the feeds a user listed. */
  private final Set<String> trustedEndpoints;
  /** One request at a time per host, with a pause between them; null: no politeness (single fetches). */
  private final HostGate gate;
  private HttpClient client;
  /** How long a host that could not be reached is skipped before it is tried again. */
  static final long UNREACHABLE_NANOS = TimeUnit.MINUTES.toNanos(10);

  /**
   * Hosts that could not be reached lately (until when, in nanoTime): their other pages fail at
   * once instead of timing out again; a long-running follower tries them again after a while.
   */
  private final Map<String, Long> unreachable = new java.util.concurrent.ConcurrentHashMap<>();

  HttpFetcher(SourceOptions options) {
    this(options, AddressPolicy.bounded(InetAddress::getAllByName, options.connectTimeout()), null);
  }

  /** With a resolver for the address check and a proxy for the connection (tests). */
  HttpFetcher(SourceOptions options, AddressPolicy.HostResolver resolver, ProxySelector proxy) {
    this(options, resolver, proxy, Set.of(), null);
  }

  /**
   * @param trustedEndpoints host:port endpoints fetched even when private (with {@code allowPrivate} off)
   * @param gate per-host politeness for every request, redirects included; null for none
   */
  HttpFetcher(SourceOptions options, AddressPolicy.HostResolver resolver, ProxySelector proxy, Set<String> trustedEndpoints,
      HostGate gate) {
    this.options = options;
    this.resolver = resolver;
    this.proxy = proxy;
    this.trustedEndpoints = Set.copyOf(trustedEndpoints);
    this.gate = gate;
  }

  /**
   * A response to a GET, after redirects: a 2xx page (its decoded body) or a 304 Not Modified (no body).
   *
   * @param uri the URL after redirects
   * @param status 2xx or 304
   * @param headers the final response's headers
   */
  record Response(URI uri, int status, String contentType, byte[] body, Instant retrieved, java.net.http.HttpHeaders headers) {

    boolean notModified() {
      return status == 304;
    }

    Optional<String> header(String name) {
      return headers.firstValue(name).map(String::strip).filter(value -> !value.isEmpty());
    }
  }

  /** An HTTP status that is neither success, redirect nor 304, with the server's Retry-After when given. */
  static final class StatusException extends SourceException {
    final int status;
    final Optional<String> retryAfter;

    StatusException(int status, URI uri, Optional<String> retryAfter) {
      super("HTTP " + status + " from " + uri);
      this.status = status;
      this.retryAfter = retryAfter;
    }
  }

  private synchronized HttpClient client() {
    if (client == null) {
      HttpClient.Builder builder = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(options.connectTimeout());
      if (proxy != null) {
        builder.proxy(proxy);
      }
      client = builder.build();
    }
    return client;
  }

  @Override
  public Fetched fetch(URI start) throws SourceException {
    Response response = get(start, Map.of());
    if (response.notModified()) {
      throw new SourceException("HTTP 304 Not Modified from " + response.uri() + " to an unconditional request");
    }
    return new Fetched(response.uri(), response.contentType(), response.body(), response.retrieved());
  }

  /**
   * GETs a URL with extra request headers (If-None-Match, If-Modified-Since), following redirects by
   * hand: the address policy is checked and the host gate passed before every request.
   */
  Response get(URI start, Map<String, String> requestHeaders) throws SourceException {
    URI current = start;
    for (int redirects = 0; ; redirects++) {
      check(current);
      HttpResponse<byte[]> response = send(current, requestHeaders);
      int status = response.statusCode();
      if (status == 304) {
        return new Response(current, status, null, new byte[0], Instant.now(), response.headers());
      }
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new SourceException("HTTP " + status + " redirect without a Location header");
        }
        if (redirects >= options.maxRedirects()) {
          throw new SourceException("more than " + options.maxRedirects() + " redirects");
        }
        try {
          current = current.resolve(location.get().trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
          throw new SourceException("redirect to an invalid URL: " + location.get(), e);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new StatusException(status, current, response.headers().firstValue("Retry-After"));
      }
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      refuseMedia(contentType);
      byte[] body = decode(response.body(), response.headers().firstValue("Content-Encoding").orElse(null));
      refuseMediaBytes(body);
      return new Response(current, status, contentType, body, Instant.now(), response.headers());
    }
  }

  /**
   * POSTs a JSON body (a webhook), under the same address policy; redirects are not followed.
   *
   * @return the response status (2xx)
   */
  int postJson(URI uri, byte[] json, Map<String, String> requestHeaders) throws SourceException {
    check(uri);
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofByteArray(json))
          .timeout(options.readTimeout())
          .header("User-Agent", USER_AGENT)
          .header("Content-Type", "application/json");
      requestHeaders.forEach(request::header);
    } catch (IllegalArgumentException e) {
      throw new SourceException("not a URL to post to: " + uri, e);
    }
    HttpResponse<byte[]> response = exchange(uri, request.build());
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      throw new StatusException(status, uri, response.headers().firstValue("Retry-After"));
    }
    return status;
  }

  private void check(URI uri) throws SourceException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new SourceException("only http and https URLs are fetched, not " + uri);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new SourceException("URL without a host: " + uri);
    }
    String host = endpoint(uri);
    Long until = unreachable.get(host);
    if (until != null) {
      if (System.nanoTime() - until < 0) {
        throw new SourceException("skipped: " + host + " could not be reached earlier (tried again 10 minutes later)");
      }
      unreachable.remove(host, until);
    }
    if (!options.allowPrivate() && !trustedEndpoints.contains(host)) {
      try {
        AddressPolicy.check(uri.getHost(), resolver);
      } catch (SourceException e) {
        if (e.getMessage().startsWith("unknown host")) {
          unreachable.put(host, System.nanoTime() + UNREACHABLE_NANOS);
        }
        if (!trustedEndpoints.isEmpty() && e.getMessage().startsWith("refused: ")) {
          // --allow-private trusts the listed feeds' hosts only, not where they redirect or link to
          throw new SourceException(e.getMessage().replaceFirst(" \\(use --allow-private[^)]*\\)$", "")
              + " (only the listed feeds' own hosts may be private)", e);
        }
        throw e;
      }
    }
  }

  /** host:port, the unit that is reachable or not, and that the host gate serialises. */
  static String endpoint(URI uri) {
    int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private HttpResponse<byte[]> send(URI uri, Map<String, String> requestHeaders) throws SourceException {
    HttpRequest request;
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
          .GET()
          .timeout(options.readTimeout())
          .header("User-Agent", USER_AGENT)
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,"
              + "application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5");
      requestHeaders.forEach(builder::header);
      request = builder.build();
    } catch (IllegalArgumentException e) {
      throw new SourceException("not a fetchable URL: " + uri, e);
    }
    return exchange(uri, request);
  }

  /** One request and its response, inside the host gate when there is one. */
  private HttpResponse<byte[]> exchange(URI uri, HttpRequest request) throws SourceException {
    if (gate == null) {
      return exchangeNow(uri, request);
    }
    String host = endpoint(uri);
    try {
      gate.enter(host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException("interrupted while waiting for " + host, e);
    }
    try {
      return exchangeNow(uri, request);
    } finally {
      gate.leave(host);
    }
  }

  private HttpResponse<byte[]> exchangeNow(URI uri, HttpRequest request) throws SourceException {
    CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, this::bodyHandler);
    try {
      return future.get(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new SourceException("no complete response within " + options.readTimeout().toSeconds() + " s", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceException("interrupted while fetching", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
          ? e.getCause().getCause() : e.getCause();
      if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
          || cause instanceof java.net.UnknownHostException) {
        unreachable.put(endpoint(uri), System.nanoTime() + UNREACHABLE_NANOS);
      }
      throw failure(uri, cause);
    }
  }

  private SourceException failure(URI uri, Throwable cause) {
    Throwable root = cause;
    if (root instanceof TooLargeException) {
      return new SourceException(root.getMessage(), root);
    }
    if (root instanceof HttpConnectTimeoutException) {
      return new SourceException("could not connect to " + uri.getHost() + " within "
          + options.connectTimeout().toSeconds() + " s", root);
    }
    if (root instanceof HttpTimeoutException) {
      return new SourceException("no response within " + options.readTimeout().toSeconds() + " s", root);
    }
    if (root instanceof ConnectException) {
      return new SourceException("could not connect to " + uri.getHost() + " (connection refused or unreachable)", root);
    }
    if (root instanceof java.net.UnknownHostException) {
      return new SourceException("unknown host " + uri.getHost(), root);
    }
    if (root instanceof SSLException) {
      return new SourceException("TLS failure with " + uri.getHost() + ": " + root.getMessage(), root);
    }
    String detail = root == null || root.getMessage() == null ? String.valueOf(root) : root.getMessage();
    return new SourceException("could not fetch: " + detail, root);
  }

  /** Reads bodies only for 2xx responses of an accepted type, up to the size cap. */
  private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
    boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
    String type = info.headers().firstValue("Content-Type").orElse(null);
    if (!success || !accepted(ContentSniffer.mediaType(type))) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > options.maxBytes()) {
      return new CappedSubscriber(-1, options.maxBytes());
    }
    return new CappedSubscriber(options.maxBytes(), options.maxBytes());
  }

  static boolean accepted(String mediaType) {
    if (mediaType == null) {
      return true;
    }
    if (mediaType.startsWith("text/")) {
      return !REFUSED_TEXT_TYPES.contains(mediaType);
    }
    return ACCEPTED_TYPES.contains(mediaType) || mediaType.endsWith("+xml") || mediaType.endsWith("+json");
  }

  private static void refuseMedia(String contentType) throws SourceException {
    String type = ContentSniffer.mediaType(contentType);
    if (!accepted(type)) {
      throw new SourceException("content type " + type + " is not a web page, text or feed");
    }
  }

  /** Catches PDFs and images served as text or octet-stream. */
  private static void refuseMediaBytes(byte[] body) throws SourceException {
    String kind = null;
    if (startsWith(body, '%', 'P', 'D', 'F')) {
      kind = "a PDF";
    } else if (startsWith(body, 0x89, 'P', 'N', 'G') || startsWith(body, 0xFF, 0xD8, 0xFF)
        || startsWith(body, 'G', 'I', 'F', '8') || (startsWith(body, 'R', 'I', 'F', 'F') && body.length > 12
            && body[8] == 'W' && body[9] == 'E' && body[10] == 'B' && body[11] == 'P')) {
      kind = "an image";
    } else if (startsWith(body, 'P', 'K', 3, 4)) {
      kind = "a ZIP archive";
    }
    if (kind != null) {
      throw new SourceException("the response is " + kind + ", not a web page, text or feed");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private byte[] decode(byte[] body, String encoding) throws SourceException {
    String value = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
    switch (value) {
      case "identity":
      case "":
        return body;
      case "gzip":
      case "x-gzip":
        return Bytes.gunzip(body, options.maxBytes());
      case "deflate":
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
          return Bytes.readCapped(in, options.maxBytes());
        } catch (IOException e) {
          throw new SourceException("corrupt deflate data: " + e.getMessage(), e);
        }
      default:
        throw new SourceException("unsupported Content-Encoding " + value);
    }
  }

  /** Too large to read: raised inside the body subscriber. */
  static final class TooLargeException extends IOException {
    TooLargeException(long max) {
      super("larger than the " + Bytes.describeSize(max) + " a document may have");
    }
  }

  /** Collects a body, cancelling the download once it passes the cap. */
  static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final long reportedMax;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long total;

    /** @param limit bytes accepted (-1: refuse at once, the declared length is already too large) */
    CappedSubscriber(long limit, long reportedMax) {
      this.limit = limit;
      this.reportedMax = reportedMax;
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (limit < 0) {
        s.cancel();
        result.completeExceptionally(new TooLargeException(reportedMax));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : items) {
        total += buffer.remaining();
        if (total > limit) {
          subscription.cancel();
          result.completeExceptionally(new TooLargeException(reportedMax));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
