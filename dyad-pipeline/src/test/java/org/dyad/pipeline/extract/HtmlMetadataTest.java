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
}
