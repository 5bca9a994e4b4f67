package org.dyad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the web UI in headless Chromium (Debian's chromium and chromium-driver) over a store
 * holding the bundled examples, the shared reference article and a hostile article: opens each
 * page, follows network → dyad → event → article, checks content and that nothing injected runs,
 * and saves a screenshot of each page under target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static final String HOSTILE_TEXT = String.join("\n\n",
      "Hostile page <script>window.__xss = 'script';</script> title",
      "Russia praised China on Monday. <img src=x onerror=\"window.__xss='img'\"> The ministry said so.",
      "A link <a href=\"javascript:window.__xss='link'\">click me</a> and <svg onload=\"window.__xss='svg'\"></svg> here.",
      "\"<b onmouseover=\\\"window.__xss='quote'\\\">bold</b> words,\" the spokesman said.");

  private static Store store;
  private static DyadServer server;
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static String hostileId;
  /** Whether the shared reference article is in the store (a clone without ../shared has only the examples). */
  private static boolean referenceLoaded;

  /** A quoted person of the store: the reference article's spokeswoman, else the examples' foreign minister. */
  private static String speaker() {
    return referenceLoaded ? "Zakharova" : "Lavrov";
  }

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path db = Files.createTempDirectory("dyad-ui").resolve("ui.db");
    store = Store.open(db);
    Pipeline pipeline = new Pipeline();
    for (Path example : examples()) {
      store.add(pipeline.process(example(example)));
    }
    Path reference = shared.resolve("examples/moscow-format.txt");
    if (Files.isRegularFile(reference)) {
      store.add(pipeline.process(new RawDocument(reference.toString(), null, Files.readAllBytes(reference), "text/plain", null,
          LocalDate.parse("2021-10-15"))));
      referenceLoaded = true;
    }
    DocumentRecord hostile = pipeline.process(new RawDocument("hostile.txt", null, HOSTILE_TEXT.getBytes(StandardCharsets.UTF_8),
        "text/plain", null, LocalDate.parse("2021-10-18")));
    store.add(hostile);
    hostileId = hostile.document().id();
    server = new DyadServer(store, new ServerConfig("127.0.0.1", 0, null, false), () -> pipeline);
    server.start();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("dyad-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopAll() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  private static List<Path> examples() throws IOException {
    Path folder = Path.of("..", "examples");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static RawDocument example(Path file) throws IOException, UnreadableInputException {
    String text = Files.readString(file);
    LocalDate published = null;
    if (text.startsWith("Published: ")) {
      int newline = text.indexOf('\n');
      published = LocalDate.parse(text.substring("Published: ".length(), newline).strip());
      text = text.substring(newline + 1);
    }
    return new RawDocument(file.toString(), null, text.getBytes(StandardCharsets.UTF_8), "text/plain", null, published);
  }

  private static void open(String hash) {
    // a hash change does not reload the page: mark the old content so the wait sees the new page
    ((JavascriptExecutor) browser).executeScript(
        "var m = document.getElementById('main'); if (m) { m.textContent = 'Loading'; }");
    browser.get(server.url() + hash);
    waitForPage();
  }

  private static void waitForPage() {
    wait.until(d -> !d.findElement(By.id("main")).getText().startsWith("Loading"));
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
  }

  /**
   * Clicks a link to another page and waits until that page is shown: the page before stays on
   * screen until the new one has its data, so "not loading" alone may still be the old page.
   */
  private static void follow(WebElement link) {
    String before = heading();
    link.click();
    wait.until(d -> !((JavascriptExecutor) d).executeScript(
        "var h = document.querySelector('main h1'); return h ? h.textContent : '';").equals(before));
    waitForPage();
  }

  private static void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static String heading() {
    return browser.findElement(By.cssSelector("main h1")).getText();
  }

  @Test
  @Order(1)
  void overviewShowsCountsDyadsEventsAndSpeakers() throws IOException {
    open("#/");
    assertThat(heading()).isEqualTo("Overview");
    String counts = browser.findElement(By.id("counts")).getText();
    assertThat(counts).contains("articles").contains("events");
    assertThat(browser.findElement(By.id("top-dyads")).getText()).containsIgnoringCase("Taliban");
    assertThat(browser.findElement(By.id("speakers")).getText()).contains(speaker());
    screenshot("overview");
  }

  @Test
  @Order(2)
  void networkLeadsToDyadThenEventThenArticleWithEvidenceHighlighted() throws IOException {
    open("#/network");
    assertThat(heading()).isEqualTo("Actor network");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main canvas")));
    screenshot("network");
    WebElement dyadLink = browser.findElements(By.cssSelector("#edge-list a")).stream()
        .filter(a -> a.getText().contains("Taliban") && a.getText().contains("Russia"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Taliban–Russia edge in: " + browser.findElement(By.id("edge-list")).getText()));
    follow(dyadLink);
    assertThat(heading()).contains("↔");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main canvas")));
    WebElement events = browser.findElement(By.id("dyad-events"));
    assertThat(events.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    screenshot("dyad");

    follow(events.findElement(By.cssSelector("tbody tr td a")));
    assertThat(browser.findElement(By.id("event-profile")).getText()).contains("Source").contains("QuadClass");
    WebElement mention = browser.findElement(By.cssSelector("#mentions .evidence"));
    assertThat(mention.findElements(By.cssSelector("mark.hl"))).isNotEmpty();
    screenshot("event");

    follow(mention.findElement(By.cssSelector(".muted a")));
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.findElements(By.cssSelector(".m-focus"))).isNotEmpty();
    assertThat(text.findElements(By.cssSelector(".m-actor"))).isNotEmpty();
    screenshot("article");
  }

  @Test
  @Order(3)
  void actorPageShowsProfileEventsAndQuotes() throws IOException {
    open("#/actors?q=" + speaker());
    follow(browser.findElement(By.cssSelector("#actor-table tbody a")));
    assertThat(heading()).contains(speaker());
    assertThat(browser.findElement(By.id("actor-profile")).getText()).contains("person").contains("RUS");
    String quotes = browser.findElement(By.cssSelector("#main .quotes")).getText();
    if (referenceLoaded) {
      assertThat(quotes).contains("Next week, we are expecting");
    } else {
      assertThat(quotes).isNotBlank();
    }
    screenshot("actor");
  }

  @Test
  @Order(4)
  void searchFindsSentencesAndQuotes() throws IOException {
    open("#/");
    WebElement box = browser.findElement(By.id("search-box"));
    box.sendKeys("billion");
    box.submit();
    waitForPage();
    wait.until(d -> heading().startsWith("Search"));
    assertThat(browser.findElement(By.id("main")).getText()).containsIgnoringCase("European Union");
    screenshot("search");
  }

  @Test
  @Order(5)
  void hostileArticleTextIsShownNotRun() throws IOException {
    open("#/article/" + hostileId);
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.getText()).contains("<script>").contains("onerror=").contains("javascript:");
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(text.findElements(By.tagName("img"))).isEmpty();
    assertThat(text.findElements(By.tagName("a"))).isEmpty();
    Object injected = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
    assertThat(injected).isNull();
    screenshot("hostile-article");
  }

  @Test
  @Order(6)
  void readableAtPhoneWidthAndKeyboardNavigable() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      open("#/");
      Object overflow = ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth > window.innerWidth + 2;");
      assertThat(overflow).isEqualTo(false);
      screenshot("overview-phone");
      WebElement first = browser.findElement(By.cssSelector("a.skip"));
      ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", first);
      assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(7)
  void mapShowsPlacedEventsAndAClickOnAPointShowsItsEventWithEvidence() throws IOException {
    open("#/map");
    assertThat(heading()).isEqualTo("Map");
    String count = browser.findElement(By.id("map-count")).getText();
    assertThat(Integer.parseInt(count.split(" ")[0])).as(count).isPositive();
    WebElement map = browser.findElement(By.id("event-map"));
    wait.until(d -> !map.findElements(By.cssSelector("svg path")).isEmpty());
    screenshot("map");
    // the pixel of the largest cluster, from the chart itself; then a real click there
    @SuppressWarnings("unchecked")
    List<Number> pixel = (List<Number>) ((JavascriptExecutor) browser).executeScript(
        "const chart = echarts.getInstanceByDom(document.getElementById('event-map'));"
            + "const data = chart.getOption().series[0].data;"
            + "let best = data[0]; for (const d of data) { if (d.value[2] > best.value[2]) best = d; }"
            + "return chart.convertToPixel({ geoIndex: 0 }, [best.value[0], best.value[1]]);");
    // viewport coordinates (an element offset is from the centre of its visible part, which the
    // map's lower edge below the fold would shift)
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    org.openqa.selenium.Rectangle box = map.getRect();
    new org.openqa.selenium.interactions.Actions(browser)
        .moveToLocation((int) Math.round(box.getX() + pixel.get(0).doubleValue()),
            (int) Math.round(box.getY() + pixel.get(1).doubleValue()))
        .click().perform();
    WebElement panel = browser.findElement(By.id("map-panel"));
    wait.until(d -> !panel.findElements(By.tagName("h2")).isEmpty());
    List<WebElement> listed = panel.findElements(By.cssSelector("a.map-event"));
    if (!listed.isEmpty()) {
      listed.get(0).click(); // a cluster: its events, then one of them
    }
    wait.until(d -> !panel.findElements(By.cssSelector(".evidence")).isEmpty());
    assertThat(panel.findElement(By.cssSelector(".evidence")).getText()).isNotBlank();
    assertThat(panel.findElement(By.id("map-event-place")).getText()).isNotBlank();
    assertThat(panel.findElement(By.tagName("h2")).getText()).matches("\\d{2,4}.*");
    screenshot("map-event");
  }

  @Test
  @Order(8)
  void mapFiltersByDivision() {
    open("#/map?adm1=" + java.net.URLEncoder.encode("Kabul", StandardCharsets.UTF_8));
    String count = browser.findElement(By.id("map-count")).getText();
    assertThat(Integer.parseInt(count.split(" ")[0])).as(count).isPositive();
  }
}
