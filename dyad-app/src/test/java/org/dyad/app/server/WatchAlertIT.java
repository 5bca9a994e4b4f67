package org.dyad.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dyad.app.live.AlertSink;
import org.dyad.app.live.WatchEvaluator;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.FeedClient;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.Alert;
import org.dyad.store.DocumentJson;
import org.dyad.store.Store;
import org.dyad.store.WatchFilter;
import org.dyad.store.WatchRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A watch on the pair Russia–Ukraine with the shift rule, over 40 ordinary days of events between
 * them (a Poisson-like 0 to 6 a day of mixed kinds, evaluated day by day on a test clock as a
 * follower would) and then a planted surge of conflict events: no alert on the ordinary days, one
 * on the surge, carrying its events with their evidence, at GET /api/alerts, at a local webhook
 * receiver (with its token) and on the Alerts page already open in Chromium, which shows it
 * without being reloaded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchAlertIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String TOKEN = "api-token-5678";
  private static final String HOOK_TOKEN = "hook-secret-1234";
  private static final LocalDate FIRST_DAY = LocalDate.parse("2024-02-01");
  private static final int ORDINARY_DAYS = 40;
  private static final LocalDate SURGE_DAY = FIRST_DAY.plusDays(ORDINARY_DAYS);
  private static final int SURGE_EVENTS = 18;

  private static Store store;
  private static DyadServer server;
  private static HttpServer receiver;
  private static final List<String[]> received = new CopyOnWriteArrayList<>();
  private static MovableClock clock;
  private static WatchEvaluator evaluator;
  private static AlertSink webhook;
  private static long shiftWatch;
  private static final List<Alert> ordinaryAlerts = new ArrayList<>();
  private static int documents;
  private static WebDriver browser;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Noon of a day, moved by the test. */
  static final class MovableClock extends Clock {
    private volatile LocalDate day;

    MovableClock(LocalDate day) {
      this.day = day;
    }

    void day(LocalDate value) {
      day = value;
    }

    @Override
    public java.time.Instant instant() {
      return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static final String[][] KINDS = {
      {"042", "Make a visit", "CONSULT", "1", "1.9"}, {"111", "Criticize or denounce", "DISAPPROVE", "3", "-2.0"},
      {"130", "Threaten", "THREATEN", "3", "-4.4"}, {"190", "Use conventional military force", "FIGHT", "4", "-10.0"},
      {"061", "Cooperate economically", "COOPERATE", "2", "6.4"}};

  /** One report of one event between Russia and Ukraine, at its own place (so reports never merge). */
  static DocumentRecord report(LocalDate day, int number, String[] kind, boolean russiaFirst) {
    // fixed-width numbers: no place name contains another, so no two reports are taken for one event
    String place = String.format(java.util.Locale.ROOT, "Hamlet %s no %03d", day, number);
    String source = russiaFirst ? "Russia" : "Ukraine";
    String target = russiaFirst ? "Ukraine" : "Russia";
    String sentence = source + " " + kind[1].toLowerCase(java.util.Locale.ROOT) + " against " + target + " near " + place + ".";
    String text = source + " and " + target + ", report " + day + "/" + number + "\n\n" + sentence;
    int start = text.indexOf(sentence);
    List<Actor> actors = List.of(
        new Actor("a1", "Russia", List.of(), "country", "RUS", null, "RUS", null, List.of(new Span(start, start + 6, "Russia"))),
        new Actor("a2", "Ukraine", List.of(), "country", "UKR", null, "UKR", null, List.of()));
    Event event = new Event("e1", kind[0], kind[1], kind[2], Integer.parseInt(kind[3]), Double.parseDouble(kind[4]),
        russiaFirst ? "a1" : "a2", russiaFirst ? "a2" : "a1", new Span(start + source.length() + 1, start + source.length() + 6, "verb"),
        false, "asserted", day.toString(), null, new Location(place, "UKR", null, null), 1,
        new Span(start, start + sentence.length(), sentence), 0.9, "test");
    DocumentInfo info = new DocumentInfo(Pipeline.sha256(text), "wire/" + day + "/" + number, "https://wire.example/" + day + "/" + number,
        source + " and " + target + " " + day + " " + number, List.of(), day.toString(), "wire.example", "en", text, List.of());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, actors, List.of(event), List.of(), List.of(), List.of());
  }

  @BeforeAll
  static void ordinaryDays() throws IOException {
    Path db = Files.createTempDirectory("dyad-watch").resolve("watch.db");
    store = Store.open(db);
    clock = new MovableClock(FIRST_DAY);
    evaluator = new WatchEvaluator(store, clock);
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    receiver.createContext("/hook", exchange -> {
      received.add(new String[] {exchange.getRequestHeaders().getFirst("Authorization"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    FeedClient client = new FeedClient(SourceOptions.defaults().withAllowPrivate(true), FeedClient.Settings.defaults(), List.of(hook));
    webhook = new AlertSink.Webhook(client, hook, HOOK_TOKEN, store, java.time.Instant.now().minusSeconds(5));
    shiftWatch = store.watches().add("Russia and Ukraine", new WatchFilter("RUS", "UKR", null, null, null, null, null, null),
        WatchRule.shift(28, 3.0, 5));

    // ordinary days: 0 to 6 events a day (Poisson-like, mean 2.5), of every kind, both directions
    Random random = new Random(20240201);
    for (int d = 0; d < ORDINARY_DAYS; d++) {
      LocalDate day = FIRST_DAY.plusDays(d);
      clock.day(day);
      int count = 0;
      for (int draw = 0; draw < 6; draw++) {
        count += random.nextDouble() < 2.5 / 6 ? 1 : 0;
      }
      for (int n = 0; n < count; n++) {
        store.add(report(day, n, KINDS[random.nextInt(KINDS.length)], random.nextBoolean()));
        documents++;
      }
      List<Alert> alerts = evaluator.evaluate();
      ordinaryAlerts.addAll(alerts);
      if (!alerts.isEmpty()) {
        webhook.deliver(alerts);
      }
    }
    server = new DyadServer(store, new ServerConfig("127.0.0.1", 0, TOKEN, false), () -> null, Duration.ofMillis(200));
    server.start();
  }

  @AfterAll
  static void stopAll() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
    if (store != null) {
      store.close();
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return DocumentJson.mapper().readTree(response.body());
  }

  private static boolean browserAvailable() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  private static WebDriver browser() throws IOException {
    if (browser == null) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("dyad-chromium"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      browser = new ChromeDriver(service, options);
      Files.createDirectories(SCREENSHOTS);
    }
    return browser;
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(1)
  void ordinaryDaysRaiseNoAlert() throws Exception {
    assertThat(documents).as("the ordinary days have events").isGreaterThan(60);
    assertThat(ordinaryAlerts).isEmpty();
    assertThat(received).isEmpty();
    assertThat(json(get("api/alerts")).get("total").asInt()).isZero();
    assertThat(store.watches().watch(shiftWatch).orElseThrow().lastEventId()).isEqualTo(store.watches().lastEventId());
  }

  @Test
  @Order(2)
  void aSurgeOfConflictEventsReachesTheApiTheWebhookAndTheOpenAlertsPage() throws Exception {
    WebDriver page = null;
    WebDriverWait wait = null;
    if (browserAvailable()) {
      page = browser();
      wait = new WebDriverWait(page, Duration.ofSeconds(20));
      page.get(server.url() + "#/alerts");
      wait.until(d -> d.findElement(By.id("live-status")).getText().equals("live"));
      assertThat(page.findElement(By.id("alert-list")).getText()).isEqualTo("No alerts yet.");
      ((JavascriptExecutor) page).executeScript("window.__sameDocument = true;");
    } else {
      System.err.println("WatchAlertIT: Chromium and chromedriver are not installed; the browser part is skipped");
    }

    clock.day(SURGE_DAY);
    for (int n = 0; n < SURGE_EVENTS; n++) {
      store.add(report(SURGE_DAY, n, n % 3 == 0 ? KINDS[2] : KINDS[3], n % 2 == 0));
    }
    List<Alert> alerts = evaluator.evaluate();
    webhook.deliver(alerts);
    webhook.afterPass();

    assertThat(alerts).hasSize(1);
    Alert alert = alerts.get(0);
    assertThat(alert.kind()).isEqualTo("shift");
    assertThat(alert.metric()).isEqualTo("count");
    assertThat(alert.day()).isEqualTo(SURGE_DAY.toString());
    assertThat(alert.message()).startsWith("Russia and Ukraine: " + SURGE_DAY + ": 18 events, above the usual band");
    assertThat(alert.eventIds()).hasSize(SURGE_EVENTS);

    // GET /api/alerts: the alert with its events and their evidence
    JsonNode list = json(get("api/alerts"));
    assertThat(list.get("total").asInt()).isEqualTo(1);
    JsonNode first = list.get("items").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("shift");
    assertThat(first.get("detail").get("value").asInt()).isEqualTo(SURGE_EVENTS);
    assertThat(first.get("events")).hasSize(SURGE_EVENTS);
    assertThat(first.get("events").get(0).get("event").get("evidence").get("text").asText()).contains("Hamlet " + SURGE_DAY);
    assertThat(first.get("events").get(0).get("source").get("name").asText()).isIn("Russia", "Ukraine");
    assertThat(json(get("api/alerts?after=" + alert.id())).get("total").asInt()).isZero();
    assertThat(json(get("api/alerts/" + alert.id())).get("message").asText()).isEqualTo(alert.message());

    // the webhook receiver got it once, with the token
    assertThat(received).hasSize(1);
    assertThat(received.get(0)[0]).isEqualTo("Bearer " + HOOK_TOKEN);
    JsonNode posted = DocumentJson.mapper().readTree(received.get(0)[1]);
    assertThat(posted.get("id").asLong()).isEqualTo(alert.id());
    assertThat(posted.get("events")).hasSize(SURGE_EVENTS);
    assertThat(store.watches().alert(alert.id()).orElseThrow().delivered()).isNotNull();

    // more events the same day: no second alert for the same day and metric
    store.add(report(SURGE_DAY, 99, KINDS[3], true));
    assertThat(evaluator.evaluate()).isEmpty();

    if (page != null) {
      // the open page shows it without a reload (read in one script: the page may re-render as the store changes)
      org.openqa.selenium.support.ui.FluentWait<WebDriver> settle = new WebDriverWait(page, Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      String script = "var a = document.querySelector('#alert-list .alert'); if (!a) return null;"
          + " return [a.getAttribute('data-alert-id'), a.querySelector('h2').textContent,"
          + " a.querySelectorAll('table.events tbody tr').length, a.textContent, window.__sameDocument === true];";
      List<?> shown = settle.until(d -> {
        Object found = ((JavascriptExecutor) d).executeScript(script);
        return found instanceof List<?> values && values.get(3).toString().contains("sent to the webhook") ? values : null;
      });
      assertThat(shown.get(0)).isEqualTo(String.valueOf(alert.id()));
      assertThat(shown.get(1).toString()).contains("18 events, above the usual band");
      assertThat(((Number) shown.get(2)).intValue()).isEqualTo(SURGE_EVENTS);
      assertThat(shown.get(3).toString()).contains("Hamlet " + SURGE_DAY);
      assertThat(shown.get(4)).as("the page was not reloaded").isEqualTo(true);
      screenshot("alerts");
    }
  }

  @Test
  @Order(3)
  void watchesAreDefinedInThePageAndFeedsAreListed() throws Exception {
    if (!browserAvailable()) {
      return;
    }
    WebDriver page = browser();
    org.openqa.selenium.support.ui.FluentWait<WebDriver> wait = new WebDriverWait(page, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the page re-renders after the form is sent
    page.get(server.url() + "#/watches");
    wait.until(d -> !d.findElements(By.id("watch-table")).isEmpty());
    assertThat(page.findElement(By.id("watch-table")).getText()).contains("Russia and Ukraine").contains("RUS ↔ UKR");
    page.findElement(By.id("w-name")).sendKeys("Taliban talks");
    page.findElement(By.id("w-actor")).sendKeys("Taliban");
    page.findElement(By.id("w-cameo")).sendKeys("04");
    page.findElement(By.id("w-token")).sendKeys(TOKEN);
    page.findElement(By.cssSelector("#watch-form button[type=submit]")).click();
    wait.until(d -> d.findElement(By.id("watch-table")).getText().contains("Taliban talks"));
    assertThat(page.findElement(By.id("watch-message")).getText()).startsWith("Added watch");
    assertThat(store.watches().list()).extracting(w -> w.filter().describe()).contains("actor Taliban, CAMEO 04");
    screenshot("watches");

    page.get(server.url() + "#/feeds");
    wait.until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Feeds"));
    assertThat(page.findElement(By.id("main")).getText()).contains("No feeds followed");

    // two feeds as a follower leaves them: one healthy, one failing; the open page shows them as they change
    java.time.Instant now = java.time.Instant.now();
    store.feeds().follow(List.of(new org.dyad.store.FeedStore.Listed("https://wire.example/rss", "Wire", "feeds.opml"),
        new org.dyad.store.FeedStore.Listed("https://broken.example/rss", null, "feeds.opml")), now);
    store.feeds().recordFetch("https://wire.example/rss", new org.dyad.store.FeedFetch(now, "updated", "\"v1\"", null, null, null,
        now.plusSeconds(900)), List.of(new org.dyad.store.FeedItemRecord("k1", "https://wire.example/1", "One", null, null)));
    for (int i = 0; i < 2; i++) {
      store.feeds().recordFetch("https://broken.example/rss", new org.dyad.store.FeedFetch(now, "failed", null, null, null,
          "HTTP 500 from https://broken.example/rss", now.plusSeconds(1800)), List.of());
    }
    wait.until(d -> !d.findElements(By.id("feeds-table")).isEmpty());
    String table = page.findElement(By.id("feeds-table")).getText();
    assertThat(table).contains("Wire").contains("updated").contains("failing (2 in a row)").contains("HTTP 500");
    assertThat(page.findElement(By.id("feed-counts")).getText()).contains("2\nfeeds followed").contains("1\nfailing");
    screenshot("feeds");
  }
}
