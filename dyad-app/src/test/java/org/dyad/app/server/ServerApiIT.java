package org.dyad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DocumentJson;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API over a real SQLite store: reads, errors as JSON, the write token, security headers. */
class ServerApiIT {

  private static final String TOKEN = "test-token-1234";
  private static Store store;
  private static DyadServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() throws IOException {
    Path db = Files.createTempDirectory("dyad-api").resolve("api.db");
    store = Store.open(db);
    server = new DyadServer(store, new ServerConfig("127.0.0.1", 0, TOKEN, false), Pipeline::new);
    server.start();
    base = server.url();
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return DocumentJson.mapper().readTree(response.body());
  }

  @Test
  void listensOnLoopbackByDefault() {
    assertThat(base).startsWith("http://127.0.0.1:");
  }

  @Test
  void servesTheOpenApiDescriptionOfEveryEndpoint() throws Exception {
    JsonNode doc = json(get("api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/events")).isTrue();
    assertThat(doc.get("paths").has("/api/dyads/{a}/{b}")).isTrue();
    assertThat(doc.get("paths").has("/api/ingest")).isTrue();
  }

  @Test
  void refusesWritesWithoutTheRightToken() throws Exception {
    HttpResponse<String> none = post("api/ingest", "{\"text\":\"Russia praised China.\"}", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).get("error").asText()).isEqualTo("unauthorized");
    assertThat(post("api/ingest", "{\"text\":\"Russia praised China.\"}", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void ingestsTextWithTheTokenAndServesItsRecord() throws Exception {
    HttpResponse<String> created = post("api/ingest",
        "{\"text\":\"Russia hosts talks\\n\\nRussia hosted talks with China in Moscow on Tuesday.\",\"published\":\"2021-10-20\"}", TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).get("results").get(0).get("documentId").asText();
    JsonNode record = json(get("api/documents/" + id));
    assertThat(record.get("schema").asText()).isEqualTo("dyad.document/1");
    assertThat(record.get("document").get("published").asText()).isEqualTo("2021-10-20");
    assertThat(json(get("api/documents")).get("total").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void answersMalformedRequestsWithJsonErrorsNot500() throws Exception {
    for (String path : new String[] {"api/events?limit=abc", "api/events?limit=100000", "api/events?from=yesterday",
        "api/dyads/RUS/AFG?by=fortnight", "api/events?quadClass=9", "api/events?offset=-1"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(json(response).get("error").asText()).as(path).isEqualTo("bad_request");
    }
    assertThat(get("api/events/notanumber").statusCode()).isEqualTo(404);
    assertThat(get("api/documents/nope").statusCode()).isEqualTo(404);
    assertThat(json(get("api/nothing-here")).get("error").asText()).isEqualTo("not_found");
    HttpResponse<String> badBody = post("api/ingest", "{not json", TOKEN);
    assertThat(badBody.statusCode()).isEqualTo(400);
  }

  @Test
  void refusesOversizedBodies() throws Exception {
    String huge = "{\"text\":\"" + "a".repeat((int) DyadServer.MAX_BODY_BYTES + 10) + "\"}";
    assertThat(post("api/ingest", huge, TOKEN).statusCode()).isEqualTo(413);
  }

  @Test
  void refusesToFetchLoopbackUrls() throws Exception {
    HttpResponse<String> response = post("api/ingest", "{\"url\":\"http://127.0.0.1:1/\"}", TOKEN);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).containsIgnoringCase("private");
  }

  @Test
  void sendsAContentSecurityPolicyWithEveryPage() throws Exception {
    HttpResponse<String> page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.body()).doesNotContain("onclick=").doesNotContain("<script>");
  }

  @Test
  void narrowsEventsToAnActorIdOrAPairAndQuotesToASpeakerId() throws Exception {
    for (String path : new String[] {"api/events?pair=RUS,AFG", "api/events?pair=Taliban,RUS&limit=5"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(json(response).has("total")).as(path).isTrue();
    }
    assertThat(get("api/events?actorId=987654").statusCode()).isEqualTo(404);
    assertThat(get("api/quotes?speakerId=987654").statusCode()).isEqualTo(404);
    assertThat(get("api/events?actorId=x").statusCode()).isEqualTo(404);
    assertThat(get("api/events?pair=RUS").statusCode()).isEqualTo(400);
  }

  @Test
  void pagesEveryList() throws Exception {
    for (String path : new String[] {"api/documents", "api/actors", "api/events", "api/quotes"}) {
      JsonNode page = json(get(path + "?limit=2&offset=0"));
      assertThat(page.has("items") && page.has("total") && page.has("limit") && page.has("offset")).as(path).isTrue();
      assertThat(page.get("limit").asInt()).isEqualTo(2);
    }
  }

  private static HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void watchesAreAddedListedAndRemovedWithTheTokenAndTheirFiltersChecked() throws Exception {
    String body = "{\"name\": \"Sahel\", \"filter\": {\"country\": \"mli\", \"quadClass\": 4}, "
        + "\"rule\": {\"type\": \"shift\", \"minCount\": 3}}";
    assertThat(post("api/watches", body, null).statusCode()).isEqualTo(401);
    HttpResponse<String> made = post("api/watches", body, TOKEN);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode watch = json(made);
    assertThat(watch.get("filter").get("country").asText()).isEqualTo("MLI");
    assertThat(watch.get("rule").get("windowDays").asInt()).isEqualTo(28);
    assertThat(watch.get("rule").has("shift")).isFalse();
    assertThat(watch.get("describe").get("filter").asText()).isEqualTo("country MLI, QuadClass 4");
    long id = watch.get("id").asLong();
    assertThat(json(get("api/watches")).get("items").findValuesAsText("name")).contains("Sahel");

    for (String bad : new String[] {"{\"name\": \"x\", \"filter\": {\"actr\": \"RUS\"}}", "{\"filter\": {}}",
        "{\"name\": \"x\", \"rule\": \"spike\"}", "{\"name\": \"x\", \"filter\": {\"quadClass\": 9}}",
        "{\"name\": \"x\", \"colour\": \"red\"}", "[1]", "not json"}) {
      HttpResponse<String> refused = post("api/watches", bad, TOKEN);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(refused).get("error").asText()).isEqualTo("bad_request");
    }

    assertThat(delete("api/watches/" + id, null).statusCode()).isEqualTo(401);
    assertThat(delete("api/watches/" + id, TOKEN).statusCode()).isEqualTo(204);
    assertThat(delete("api/watches/" + id, TOKEN).statusCode()).isEqualTo(404);
  }

  @Test
  void feedsAlertsAndTheLiveStateAreReadable() throws Exception {
    JsonNode feeds = json(get("api/feeds"));
    assertThat(feeds.has("items") && feeds.has("failing")).isTrue();
    JsonNode alerts = json(get("api/alerts?limit=5"));
    assertThat(alerts.has("items") && alerts.has("total") && alerts.has("lastAlertId")).isTrue();
    assertThat(get("api/alerts/987654").statusCode()).isEqualTo(404);
    JsonNode state = json(get("api/live/state"));
    assertThat(state.has("lastEventId") && state.has("lastAlertId") && state.has("documents")).isTrue();
    HttpResponse<String> notAStream = get("api/live");
    assertThat(notAStream.statusCode()).isEqualTo(406);
    assertThat(json(notAStream).get("message").asText()).contains("text/event-stream");
  }

  @Test
  void theLiveStreamSendsTheStateAtOnce() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/live")).header("Accept", "text/event-stream").GET().build();
    HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    try (java.io.BufferedReader lines = new java.io.BufferedReader(
        new java.io.InputStreamReader(response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("event: state");
      assertThat(lines.readLine()).startsWith("data: {\"lastEventId\":");
    }
  }

  @Test
  void describesTheLiveEndpointsInOpenApi() throws Exception {
    JsonNode paths = json(get("api/openapi.json")).get("paths");
    for (String path : new String[] {"/api/feeds", "/api/watches", "/api/watches/{id}", "/api/alerts", "/api/alerts/{id}",
        "/api/live", "/api/live/state"}) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    assertThat(paths.get("/api/watches").has("post")).isTrue();
  }
}
