package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dyad.app.server.DyadServer;
import org.dyad.app.server.ServerConfig;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.store.DocumentJson;
import org.dyad.store.Store;

/**
 * Random query strings, path parameters and bodies against the REST API on a free loopback port:
 * never a 5xx, every API error is a JSON object with error, message and status. Writes run a
 * pipeline whose annotator finds no sentences (no NLP models).
 */
class DyadServerFuzzIT {

  private static final String TOKEN = "fuzz-token-0123456789";
  private static Path folder;
  private static Store store;
  private static DyadServer server;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeContainer
  static void startServer() throws IOException {
    folder = Files.createTempDirectory("dyad-server-fuzz");
    store = Store.open(folder.resolve("fuzz.db"));
    for (int i = 0; i < 20; i++) {
      store.add(SyntheticRecords.document(i, 10));
    }
    Pipeline pipeline = new Pipeline(article -> new AnnotatedArticle(article, List.of()), new ActorResolver(), new EventCoder());
    server = new DyadServer(store, new ServerConfig("127.0.0.1", 0, TOKEN, false), () -> pipeline);
    server.start();
    base = server.url();
  }

  @AfterContainer
  static void stopServer() throws IOException {
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
    try (var paths = Files.walk(folder)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
    }
  }

  private static final List<String> PATHS = List.of(
      "api/events", "api/events/{x}", "api/actors", "api/actors/{x}", "api/documents", "api/documents/{x}",
      "api/quotes", "api/dyads/{x}/{y}", "api/network", "api/stats", "api/openapi.json", "api/{x}", "api/events/{x}/{y}");

  private static final List<String> PARAMETERS = List.of(
      "actor", "country", "cameo", "plover", "quadClass", "from", "to", "text", "document", "limit", "offset",
      "actorId", "pair", "speakerId", "q", "kind", "by", "directed", "x");

  private static final List<String> VALUES = List.of(
      "", "RUS", "AFG", "RUS,AFG", ",", "RUS,", "Putin", "0", "-1", "1", "4", "5", "501", "2147483648",
      "99999999999999999999", "1e9", "NaN", "2024-01-01", "2024-02-30", "0000-01-01", "+999999999-12-31",
      "2024-13-01", "day", "week", "month", "year", "century", "true", "false", "%", "_", "*", "\"", "'", "\\",
      "' OR 1=1 --", "\"unterminated", "NEAR(", "a AND", "OR", "-", "(", ")", "{}", "[]", "<script>alert(1)</script>",
      "\u0000", "\u202E", "ünïcödé", "𝕏", "a".repeat(3000), "042", "04", "CONSULT");

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void randomReadsNeverAnswer5xxAndErrorsAreJson(@ForAll("requests") String path) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertAnswer(path, response);
  }

  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void randomWriteBodiesNeverAnswer5xxAndErrorsAreJson(
      @ForAll("bodies") String body, @ForAll("tokens") String token, @ForAll("contentTypes") String contentType)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/ingest"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!token.isEmpty()) {
      request.header("Authorization", token);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertAnswer("POST api/ingest " + body, response);
  }

  @Example
  void encodedNulInThePathAnswersAJsonError() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/events/%00")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertAnswer("api/events/%00", response);
  }

  private static void assertAnswer(String what, HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as("%s answered %s", what, response.body()).isLessThan(500);
    if (response.statusCode() == 422 && what.startsWith("POST api/ingest")) {
      // nothing stored: per-document results, each with its error
      JsonNode results = DocumentJson.mapper().readTree(response.body()).get("results");
      assertThat(results.isArray()).as("%s: %s", what, response.body()).isTrue();
      results.forEach(result -> assertThat(result.has("error")).as("%s: %s", what, response.body()).isTrue());
      return;
    }
    if (response.statusCode() >= 400) {
      assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).contains("application/json");
      JsonNode error = DocumentJson.mapper().readTree(response.body());
      assertThat(error.isObject()).as(what).isTrue();
      assertThat(error.has("error") && error.has("message") && error.has("status")).as("%s: %s", what, response.body()).isTrue();
      assertThat(error.get("status").asInt()).isEqualTo(response.statusCode());
    } else {
      DocumentJson.mapper().readTree(response.body());
    }
  }

  @Provide
  Arbitrary<String> requests() {
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().all().ofMaxLength(20));
    Arbitrary<String> parameter = Combinators.combine(Arbitraries.of(PARAMETERS), value)
        .as((name, text) -> name + "=" + encode(text));
    return Combinators.combine(Arbitraries.of(PATHS), value, value, parameter.list().ofMaxSize(6))
        .as((path, x, y, parameters) -> {
          String filled = path.replace("{x}", encode(x).replace("+", "%20")).replace("{y}", encode(y).replace("+", "%20"));
          return parameters.isEmpty() ? filled : filled + "?" + String.join("&", parameters);
        });
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.of("", "null", "[]", "{}", "1", "\"text\"", "{\"text\": null}", "{\"text\": 5}", "{\"text\": \"\"}",
            "{\"text\": \"The council met on Monday.\", \"published\": \"2024-02-30\"}",
            "{\"text\": \"The council met on Monday.\", \"published\": 20240101}",
            "{\"text\": \"The council met.\", \"published\": \"2024-01-01\", \"source\": \"../../etc/passwd\"}",
            "{\"url\": \"file:///etc/passwd\"}", "{\"url\": \"http://127.0.0.1:1/\"}", "{\"url\": \"http://169.254.169.254/\"}",
            "{\"url\": \"http://[::1]/\"}", "{\"url\": \"http://\"}", "{\"url\": \"https://%zz\"}", "{\"url\": {}}",
            "{\"url\": [1,2]}", "{\"text\": {\"a\": 1}}", "{" + "\"a\":{".repeat(2000) + "}".repeat(2001),
            "[" + "[".repeat(5000) + "]".repeat(5001), "{\"text\": \"" + "\\ud800".repeat(10) + "\"}"));
  }

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.of("", "Bearer " + TOKEN, "Bearer wrong", "Bearer ", "Basic abc", "bearer " + TOKEN,
        "Bearer " + TOKEN + TOKEN);
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
        "application/json; charset=utf-16");
  }
}
