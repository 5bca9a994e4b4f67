package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  @Test
  void readsIsoTextualAndUsNumericDates() {
    assertThat(HtmlMetadata.parseDate("2023-12-20T10:00:00-05:00", null)).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(HtmlMetadata.parseDate("Sat, 23 Dec 2023 05:42:00", null)).isEqualTo(LocalDate.of(2023, 12, 23));
    assertThat(HtmlMetadata.parseDate("December 5, 2023", null)).isEqualTo(LocalDate.of(2023, 12, 5));
    assertThat(HtmlMetadata.parseDate("12/20/2023 20:41:43", null)).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(HtmlMetadata.parseDate("20231220", null)).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(HtmlMetadata.parseDate("2023-02-30", null)).isNull();
    assertThat(HtmlMetadata.parseDate("soon", null)).isNull();
  }

  @Test
  void movesUtcTimestampsToTheOutletsZone() {
    assertThat(HtmlMetadata.parseDate("2023-12-22T18:30:00Z", ZoneId.of("Australia/Sydney")))
        .isEqualTo(LocalDate.of(2023, 12, 23));
    assertThat(HtmlMetadata.parseDate("2023-12-22T18:30:00Z", null)).isEqualTo(LocalDate.of(2023, 12, 22));
    assertThat(HtmlMetadata.parseDate("2023-12-22T18:30:00+02:00", ZoneId.of("Australia/Sydney")))
        .as("a local timestamp keeps its own day").isEqualTo(LocalDate.of(2023, 12, 22));
  }

  @Test
  void findsTheZoneFromLocalTimestampsOrTheCountryDomain() {
    var withOffset = Jsoup.parse("<html><head><meta property=\"article:modified_time\" content=\"2023-01-02T10:00:00-05:00\"></head></html>");
    assertThat(HtmlMetadata.localZone(withOffset, "https://example.com/a")).isEqualTo(ZoneId.of("-05:00"));
    var plain = Jsoup.parse("<html><head></head></html>");
    assertThat(HtmlMetadata.localZone(plain, "https://www.example.com.au/a")).isEqualTo(ZoneId.of("Australia/Sydney"));
    assertThat(HtmlMetadata.localZone(plain, "https://example.com/a")).isNull();
  }

  @Test
  void stripsBylinePrefixesAndSplitsAuthorLists() {
    var document = Jsoup.parse("<html><head><meta name=\"author\" content=\"By Jane Roe and John Doe\"></head><body></body></html>");
    assertThat(HtmlMetadata.read(document, null).authors()).containsExactly("Jane Roe", "John Doe");
  }

  @Test
  void dropsJobTitlesPostedByPrefixesAndTheOutletFromAuthors() {
    var document = Jsoup.parse("<html><head><meta property=\"og:site_name\" content=\"Harbour Daily\">"
        + "<meta name=\"author\" content=\"View all posts by Jane Roe, Money Reporter\"></head><body></body></html>");
    assertThat(HtmlMetadata.read(document, null).authors()).containsExactly("Jane Roe");
    var outletOnly = Jsoup.parse("<html><head><meta property=\"og:site_name\" content=\"Harbour Daily\">"
        + "<meta name=\"author\" content=\"The Harbour Daily\"></head><body></body></html>");
    assertThat(HtmlMetadata.read(outletOnly, null).authors()).isEmpty();
  }

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void takesTheDayPrintedInTheBylineWhenTheTimestampAllowsIt() {
    // 01:00 UTC on the 20th is the evening of the 19th in the Americas: the page prints the 19th
    var document = Jsoup.parse(page("<meta property=\"article:published_time\" content=\"2023-12-20T01:00:21Z\">",
        "<h1>Harbour lights dim for winter</h1><p>By Jane Roe</p><p>Published 8:00 PM EST, Tue December 19, 2023</p>"
            + "<p>Long article text follows here.</p>"));
    assertThat(HtmlMetadata.read(document, "https://example.com/a").published()).isEqualTo("2023-12-19");
  }

  @Test
  void prefersThePrintedUpdateDateThatTheStructuredDataBacks() {
    var document = Jsoup.parse(page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-04-24T10:26:24+00:00\",\"dateModified\":\"2023-08-08T13:51:41+00:00\"}</script>",
        "<h1>Best harbour ferries this year</h1><p>Jane Roe, Editor. Updated: August 8, 2023 | 6:51 AM</p>"));
    assertThat(HtmlMetadata.read(document, null).published()).isEqualTo("2023-08-08");
  }

  @Test
  void aPublishedLabelWinsOverAnUpdatedLabelBesideIt() {
    var document = Jsoup.parse(page("<meta property=\"article:published_time\" content=\"2023-12-22T17:16:03Z\">"
            + "<meta property=\"article:modified_time\" content=\"2023-12-23T09:04:08Z\">",
        "<h1>Harbour council meets again</h1><p>Updated Dec. 23, 2023 4:04AM EST / Published Dec. 22, 2023 12:16PM EST</p>"));
    assertThat(HtmlMetadata.read(document, null).published()).isEqualTo("2023-12-22");
  }

  @Test
  void ignoresPrintedDatesThatNoStructuredDateBacks() {
    // today's date in the masthead and a date in a caption are not the article's
    var document = Jsoup.parse(page("<meta property=\"article:published_time\" content=\"2023-12-17T19:06:22Z\">",
        "<div>Mon December 25, 2023</div><h1>Harbour council meets again</h1>"
            + "<p>A ferry at the pier, Thursday, Dec. 14, 2023.</p>"));
    assertThat(HtmlMetadata.read(document, null).published()).isEqualTo("2023-12-17");
  }

  @Test
  void aBylineTimeElementBacksThePrintedDate() {
    var document = Jsoup.parse(page("",
        "<h1>Harbour council meets again</h1><p>By Jane Roe <time datetime=\"2023-12-22 05:00:00\">12/22/2023 05:00 AM EST</time></p>"));
    assertThat(HtmlMetadata.read(document, "https://example.com/news/2023/12/21/harbour").published())
        .isEqualTo("2023-12-22");
  }

  @Test
  void aDateInAdjacentSpansIsNotGluedToTheNextNumber() {
    var document = Jsoup.parse(page("",
        "<h1>Harbour council meets again</h1><p><span>Jane Roe</span><span>Dec 05, 2023</span><span>2 Shares</span></p>"));
    assertThat(HtmlMetadata.read(document, null).published()).isEqualTo("2023-12-05");
  }

  @Test
  void readsAUrlDateSpelledWithTheMonthName() {
    var document = Jsoup.parse(page("", "<h1>Harbour council meets again</h1>"));
    assertThat(HtmlMetadata.read(document, "https://example.com/factchecks/2023/dec/21/harbour/").published())
        .isEqualTo("2023-12-21");
  }

  @Test
  void aTimestampWithAnOffsetAllowsTheDaysItFallsOnAnywhere() {
    assertThat(HtmlMetadata.possibleDays("2023-11-27T11:20:00.000Z"))
        .containsExactly(LocalDate.of(2023, 11, 26), LocalDate.of(2023, 11, 27), LocalDate.of(2023, 11, 28));
    assertThat(HtmlMetadata.possibleDays("2023-12-22T16:28:52Z"))
        .containsExactly(LocalDate.of(2023, 12, 22), LocalDate.of(2023, 12, 23));
    assertThat(HtmlMetadata.possibleDays("2023-12-22")).containsExactly(LocalDate.of(2023, 12, 22));
    assertThat(HtmlMetadata.possibleDays("no date")).isEmpty();
  }

  @Test
  void withoutStructuredDataTheDateUnderTheHeadlineBeatsTimesInTeasersFurtherDown() {
    var document = Jsoup.parse(page("", "<h1>Harbour council meets again</h1><p>By Jane Roe 22 Dec 2023 10:45 AM</p>"
        + "<p>" + "Long article text about the harbour. ".repeat(30) + "</p>"
        + "<ul><li><a href=\"/b\">Ferry fares rise</a> <time>16 Feb 2024</time></li></ul>"));
    assertThat(HtmlMetadata.read(document, null).published()).isEqualTo("2023-12-22");
  }
}
