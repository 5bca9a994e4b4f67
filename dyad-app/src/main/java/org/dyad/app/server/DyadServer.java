package org.dyad.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.time.Clock;
import java.time.Duration;
import org.dyad.app.live.AlertJson;
import org.dyad.app.live.WatchEvaluator;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.DocumentSources;
import org.dyad.pipeline.source.DocumentStream;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.SourceItem;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.ActorProfile;
import org.dyad.store.Alert;
import org.dyad.store.FeedState;
import org.dyad.store.Watch;
import org.dyad.store.WatchFilter;
import org.dyad.store.WatchRule;
import org.dyad.store.AddResult;
import org.dyad.store.DocumentJson;
import org.dyad.store.EventFilter;
import org.dyad.store.EventSummary;
import org.dyad.store.NetworkEdge;
import org.dyad.store.Page;
import org.dyad.store.Period;
import org.dyad.store.QuoteSummary;
import org.dyad.store.Store;

/**
 * The REST API and the web UI over one store. Create, {@link #start()}, {@link #stop()}.
 * Thread-safe: Jetty serves requests on its pool; the store serialises its own access.
 */
public final class DyadServer {

  static final int MAX_LIMIT = 500;
  static final int DEFAULT_POINTS = 2000;
  static final int MAX_POINTS = 10_000;
  static final int DEFAULT_LIMIT = 50;
  static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Store store;
  private final ServerConfig config;
  private final Supplier<Pipeline> pipeline;
  private final Javalin app;
  private final LiveHub live;
  private final WatchEvaluator watches;

  public DyadServer(Store store, ServerConfig config, Supplier<Pipeline> pipeline) {
    this(store, config, pipeline, Duration.ofSeconds(2));
  }

  /** @param liveInterval how often the store is looked at for changes while a page listens to /api/live */
  public DyadServer(Store store, ServerConfig config, Supplier<Pipeline> pipeline, Duration liveInterval) {
    this.store = store;
    this.config = config;
    this.pipeline = pipeline;
    this.live = new LiveHub(store, liveInterval);
    this.watches = new WatchEvaluator(store, Clock.systemUTC());
    this.app = Javalin.create(javalin -> {
      javalin.showJavalinBanner = false;
      javalin.http.maxRequestSize = MAX_BODY_BYTES;
      javalin.jsonMapper(new JavalinJackson(DocumentJson.mapper(), false));
      javalin.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/web";
        files.location = Location.CLASSPATH;
      });
      javalin.staticFiles.enableWebjars();
      javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      javalin.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
    });
    routes();
  }

  /** Starts listening; returns the port (useful with port 0). */
  public int start() {
    app.start(config.host(), config.port());
    return app.port();
  }

  public void stop() {
    live.close();
    app.stop();
  }

  /** Tells listening pages at once that the store may have changed (a follower in this process finished a pass). */
  public void nudge() {
    live.nudge();
  }

  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + app.port() + "/";
  }

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName()));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.attribute("dyad.error") == null) {
        error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(413, ctx -> {
      if (ctx.attribute("dyad.error") == null) {
        error(ctx, 413, "too_large", "request body larger than " + MAX_BODY_BYTES + " bytes");
      }
    });

    app.get("/api/openapi.json", this::openApi);
    app.get("/api/stats", ctx -> ctx.json(store.stats()));
    app.get("/api/documents", ctx -> ctx.json(store.documents(limit(ctx), offset(ctx))));
    app.get("/api/documents/{id}", ctx -> {
      String json = store.documentJson(ctx.pathParam("id"))
          .orElseThrow(() -> ApiException.notFound("no document " + ctx.pathParam("id")));
      ctx.contentType("application/json").result(json);
    });
    app.get("/api/actors", ctx -> ctx.json(store.actors(
        ctx.queryParam("q"), ctx.queryParam("kind"), ctx.queryParam("country"), limit(ctx), offset(ctx))));
    app.get("/api/actors/{id}", ctx -> ctx.json(actorProfile(ctx.pathParam("id"))));
    app.get("/api/events", ctx -> ctx.json(events(ctx)));
    app.get("/api/events/points", ctx -> ctx.json(store.eventPoints(filter(ctx, 1, 0), pointLimit(ctx))));
    app.get("/api/events/{id}", ctx -> ctx.json(store.event(numericId(ctx.pathParam("id"), "event"))
        .orElseThrow(() -> ApiException.notFound("no event " + ctx.pathParam("id")))));
    app.get("/api/quotes", ctx -> ctx.json(quotes(ctx)));
    app.get("/api/dyads/{a}/{b}", this::dyad);
    app.get("/api/network", this::network);
    app.post("/api/ingest", this::ingest);
    app.get("/api/feeds", this::feeds);
    app.get("/api/watches", this::watchList);
    app.post("/api/watches", this::addWatch);
    app.delete("/api/watches/{id}", this::removeWatch);
    app.get("/api/alerts", this::alerts);
    app.get("/api/alerts/{id}", ctx -> ctx.json(AlertJson.of(store.watches().alert(numericId(ctx.pathParam("id"), "alert"))
        .orElseThrow(() -> ApiException.notFound("no alert " + ctx.pathParam("id"))), store)));
    app.get("/api/live/state", ctx -> ctx.json(live.state()));
    app.before("/api/live", ctx -> {
      // Javalin streams only to exactly this Accept header (what EventSource sends); say so to anyone else
      if (!"text/event-stream".equals(ctx.header("Accept"))) {
        throw new ApiException(406, "not_acceptable",
            "/api/live is a server-sent event stream: ask with exactly 'Accept: text/event-stream', or poll /api/live/state");
      }
    });
    app.sse("/api/live", live::add);
  }

  // ---- following and watching

  private void feeds(Context ctx) {
    List<FeedState> feeds = store.feeds().followed();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", feeds);
    body.put("total", feeds.size());
    body.put("active", feeds.stream().filter(FeedState::active).count());
    body.put("failing", feeds.stream().filter(f -> f.active() && f.consecutiveFailures() > 0).count());
    body.put("documents", feeds.stream().mapToLong(FeedState::documents).sum());
    ctx.json(body);
  }

  private Map<String, Object> watchJson(Watch watch) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", watch.id());
    json.put("name", watch.name());
    json.put("filter", watch.filter());
    json.put("rule", watch.rule());
    json.put("describe", Map.of("filter", watch.filter().describe(), "rule", watch.rule().describe()));
    json.put("created", watch.created());
    json.put("lastEventId", watch.lastEventId());
    json.put("alerts", store.watches().alerts(watch.id(), 0, 1, 0).total());
    return json;
  }

  private void watchList(Context ctx) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Watch watch : store.watches().list()) {
      items.add(watchJson(watch));
    }
    ctx.json(Map.of("items", items, "total", items.size()));
  }

  private static final java.util.Set<String> WATCH_FIELDS = java.util.Set.of("name", "filter", "rule");

  private void addWatch(Context ctx) {
    requireToken(ctx);
    JsonNode body;
    try {
      body = DocumentJson.mapper().readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest("body must be JSON: {\"name\": …, \"filter\": {…}, \"rule\": {…}}");
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("body must be a JSON object: {\"name\": …, \"filter\": {…}, \"rule\": {…}}");
    }
    for (java.util.Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!WATCH_FIELDS.contains(name)) {
        throw ApiException.badRequest("unknown field " + clip(name) + "; a watch has name, filter and rule");
      }
    }
    if (!body.hasNonNull("name") || !body.get("name").isTextual() || body.get("name").asText().isBlank()) {
      throw ApiException.badRequest("a watch needs a \"name\"");
    }
    String name = body.get("name").asText().strip();
    if (name.length() > 200) {
      throw ApiException.badRequest("a watch's name has at most 200 characters");
    }
    WatchFilter filter = WatchFilter.fromJson(body.get("filter"), true);
    WatchRule rule = WatchRule.fromJson(body.get("rule"), true);
    long id = store.watches().add(name, filter, rule);
    ctx.status(201).json(watchJson(store.watches().watch(id).orElseThrow()));
  }

  private void removeWatch(Context ctx) {
    requireToken(ctx);
    long id = numericId(ctx.pathParam("id"), "watch");
    if (!store.watches().remove(id)) {
      throw ApiException.notFound("no watch " + id);
    }
    live.nudge();
    ctx.status(204);
  }

  private void alerts(Context ctx) {
    Long watch = null;
    if (ctx.queryParam("watch") != null && !ctx.queryParam("watch").isBlank()) {
      watch = (long) integer(ctx, "watch");
    }
    Integer after = integer(ctx, "after");
    Page<Alert> page = store.watches().alerts(watch, after == null ? 0 : after, limit(ctx), offset(ctx));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Alert alert : page.items()) {
      items.add(AlertJson.of(alert, store));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("total", page.total());
    body.put("limit", page.limit());
    body.put("offset", page.offset());
    body.put("lastAlertId", store.watches().lastAlertId());
    ctx.json(body);
  }

  private static void error(Context ctx, int status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    body.put("status", status);
    ctx.attribute("dyad.error", code);
    ctx.status(status).json(body);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = DyadServer.class.getResourceAsStream("/org/dyad/web/openapi.json")) {
      if (in == null) {
        throw new ApiException(500, "internal", "the OpenAPI description is missing from the jar");
      }
      ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private ActorProfile actorProfile(String id) {
    return store.actor(numericId(id, "actor")).orElseThrow(() -> ApiException.notFound("no actor " + id));
  }

  private Page<EventSummary> events(Context ctx) {
    EventFilter filter = filter(ctx);
    String actorId = ctx.queryParam("actorId");
    String pair = ctx.queryParam("pair");
    if (actorId != null) {
      // the exact actor, found by the store ("#id"): narrowing a name's events here read every
      // event of a busy actor (tens of seconds at a million events)
      return store.events(filter.withActor("#" + actorProfile(actorId).actor().id()));
    }
    if (pair != null) {
      String[] actors = pair.split(",", 2);
      if (actors.length != 2 || actors[0].isBlank() || actors[1].isBlank()) {
        throw ApiException.badRequest("pair must be two actors separated by a comma, e.g. RUS,Taliban");
      }
      return store.eventsBetween(actors[0].strip(), actors[1].strip(), filter);
    }
    return store.events(filter);
  }

  private Page<QuoteSummary> quotes(Context ctx) {
    EventFilter filter = filter(ctx);
    String speakerId = ctx.queryParam("speakerId");
    if (speakerId == null) {
      return store.quotes(filter);
    }
    return store.quotes(filter.withActor("#" + actorProfile(speakerId).actor().id()));
  }

  private void dyad(Context ctx) {
    String a = ctx.pathParam("a");
    String b = ctx.pathParam("b");
    Period by = period(ctx.queryParamAsClass("by", String.class).getOrDefault("month"));
    boolean directed = "true".equals(ctx.queryParam("directed"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("actorA", a);
    body.put("actorB", b);
    body.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
    body.put("directed", directed);
    body.put("periods", store.dyad(a, b, by, directed, filter(ctx)));
    ctx.json(body);
  }

  private void network(Context ctx) {
    Integer quadClass = integer(ctx, "quadClass");
    List<NetworkEdge> edges = store.network(quadClass, filter(ctx), limit(ctx));
    Map<Long, org.dyad.store.ActorRef> nodes = new LinkedHashMap<>();
    for (NetworkEdge edge : edges) {
      nodes.putIfAbsent(edge.source().id(), edge.source());
      nodes.putIfAbsent(edge.target().id(), edge.target());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nodes", nodes.values());
    body.put("edges", edges);
    ctx.json(body);
  }

  private void ingest(Context ctx) {
    requireToken(ctx);
    JsonNode body;
    try {
      body = DocumentJson.mapper().readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest("body must be JSON: {\"url\": …} or {\"text\": …, \"published\": …}");
    }
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("body must be a JSON object: {\"url\": …} or {\"text\": …, \"published\": …}");
    }
    LocalDate published = null;
    if (body.hasNonNull("published")) {
      published = date(body.get("published").asText(), "published");
    }
    Double minConfidence = null;
    if (body.hasNonNull("minConfidence")) {
      JsonNode value = body.get("minConfidence");
      if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
        throw ApiException.badRequest("minConfidence must be a number from 0 to 1");
      }
      minConfidence = value.asDouble();
    }
    List<Map<String, Object>> results = new ArrayList<>();
    if (body.hasNonNull("url")) {
      String url = body.get("url").asText();
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw ApiException.badRequest("url must be an http(s) URL");
      }
      SourceOptions options = SourceOptions.defaults().withPublished(published).withAllowPrivate(config.allowPrivateUrls());
      try (DocumentStream stream = DocumentSources.open(url, options)) {
        while (stream.hasNext()) {
          SourceItem item = stream.next();
          if (item instanceof SourceItem.Document document) {
            results.add(ingestOne(document.document(), minConfidence));
          } else if (item instanceof SourceItem.Diagnostic diagnostic) {
            results.add(Map.of("source", diagnostic.location(), "error", diagnostic.message()));
          }
        }
      }
    } else if (body.hasNonNull("text")) {
      String text = body.get("text").asText();
      String source = body.hasNonNull("source") ? body.get("source").asText() : "api";
      results.add(ingestOne(new RawDocument(source, null, text.getBytes(StandardCharsets.UTF_8), "text/plain", null, published),
          minConfidence));
    } else {
      throw ApiException.badRequest("give \"url\" or \"text\"");
    }
    boolean anyStored = results.stream().anyMatch(r -> r.containsKey("documentId"));
    if (anyStored) {
      // the watches see the new events now; a follower delivers their alerts to its webhook
      watches.evaluate();
      live.nudge();
    }
    ctx.status(anyStored ? 201 : 422).json(Map.of("results", results));
  }

  private Map<String, Object> ingestOne(RawDocument raw, Double minConfidence) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("source", raw.source());
    try {
      Pipeline chosen = minConfidence == null ? pipeline.get() : pipeline.get().withMinConfidence(minConfidence);
      DocumentRecord record = chosen.process(raw);
      AddResult added = store.add(record);
      result.put("documentId", record.document().id());
      result.put("result", added);
    } catch (UnreadableInputException e) {
      store.recordFailure(raw.source(), e.getMessage());
      result.put("error", e.getMessage());
    }
    return result;
  }

  private void requireToken(Context ctx) {
    if (config.token() == null) {
      throw new ApiException(401, "unauthorized", "writes are disabled: start the server with --token or DYAD_TOKEN");
    }
    String header = ctx.header("Authorization");
    String presented = header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : "";
    boolean same = MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8));
    if (!same) {
      throw new ApiException(401, "unauthorized", "a valid API token is required: Authorization: Bearer <token>");
    }
  }

  // ---- parameters

  private EventFilter filter(Context ctx) {
    return filter(ctx, limit(ctx), offset(ctx));
  }

  private EventFilter filter(Context ctx, int limit, int offset) {
    return new EventFilter(
        ctx.queryParam("actor"), ctx.queryParam("country"), ctx.queryParam("cameo"), ctx.queryParam("plover"),
        integer(ctx, "quadClass"), optionalDate(ctx, "from"), optionalDate(ctx, "to"), ctx.queryParam("text"),
        ctx.queryParam("document"), minConfidence(ctx), limit, offset, where(ctx));
  }

  /** {@code near=LAT,LON&km=N}, {@code adm1=NAME|CODE}, {@code place=NAME|ID}: where events happened. */
  private static EventFilter.Where where(Context ctx) {
    String km = ctx.queryParam("km");
    try {
      Double radius = km == null || km.isBlank() ? null : Double.valueOf(km.strip());
      return org.dyad.app.PlaceQuery.parse(ctx.queryParam("near"), radius, ctx.queryParam("adm1"), ctx.queryParam("place"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("km must be a number of kilometres, was '" + clip(km) + "'");
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  static int limit(Context ctx) {
    Integer limit = integer(ctx, "limit");
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }

  /** Map points: {@code limit} up to {@value #MAX_POINTS} (default {@value #DEFAULT_POINTS}). */
  static int pointLimit(Context ctx) {
    Integer limit = integer(ctx, "limit");
    if (limit == null) {
      return DEFAULT_POINTS;
    }
    if (limit < 1 || limit > MAX_POINTS) {
      throw ApiException.badRequest("limit must be 1 to " + MAX_POINTS + ", was " + limit);
    }
    return limit;
  }

  static int offset(Context ctx) {
    Integer offset = integer(ctx, "offset");
    if (offset == null) {
      return 0;
    }
    if (offset < 0) {
      throw ApiException.badRequest("offset must not be negative, was " + offset);
    }
    return offset;
  }

  private static Integer integer(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, was '" + clip(value) + "'");
    }
  }

  /** {@code minConfidence}: events at least this sure (0 to 1), or null for every stored event. */
  static Double minConfidence(Context ctx) {
    String value = ctx.queryParam("minConfidence");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double minimum = Double.parseDouble(value.strip());
      if (Double.isNaN(minimum) || minimum < 0 || minimum > 1) {
        throw ApiException.badRequest("minConfidence must be a number from 0 to 1, was '" + clip(value) + "'");
      }
      return minimum;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("minConfidence must be a number from 0 to 1, was '" + clip(value) + "'");
    }
  }

  private static LocalDate optionalDate(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : date(value, name);
  }

  private static LocalDate date(String value, String name) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, was '" + clip(value) + "'");
    }
  }

  private static long numericId(String value, String what) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no " + what + " " + clip(value));
    }
  }

  private static Period period(String value) {
    try {
      return Period.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("by must be day, week, month or year, was '" + clip(value) + "'");
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
