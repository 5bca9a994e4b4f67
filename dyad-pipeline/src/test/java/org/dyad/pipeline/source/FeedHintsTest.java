package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedHintsTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (a, b) -> true);
  }

  @Test
  void readsTheRssTtlInMinutes() {
    byte[] feed = bytes("<rss version=\"2.0\"><channel><title> Wire  news </title><ttl>120</ttl><item><title>x</title></item></channel></rss>");
    assertThat(FeedHints.refreshInterval(feed)).contains(Duration.ofHours(2));
    assertThat(FeedHints.title(feed)).contains("Wire news");
  }

  @Test
  void readsTheSyndicationModulesPeriodAndFrequency() {
    byte[] feed = bytes("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">"
        + "<channel><title>t</title><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel></rdf:RDF>");
    assertThat(FeedHints.refreshInterval(feed)).contains(Duration.ofMinutes(30));
    assertThat(FeedHints.refreshInterval(bytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a</title></feed>"))).isEmpty();
  }

  @Test
  void readsCacheControlLessAgeThenExpires() {
    Instant now = Instant.parse("2024-03-04T10:00:00Z");
    assertThat(FeedHints.freshness(headers(Map.of("Cache-Control", List.of("public, max-age=900"), "Age", List.of("300"))), now))
        .contains(Duration.ofMinutes(10));
    assertThat(FeedHints.freshness(headers(Map.of("Cache-Control", List.of("no-cache"))), now)).isEmpty();
    assertThat(FeedHints.freshness(headers(Map.of("Date", List.of("Mon, 04 Mar 2024 10:00:00 GMT"),
        "Expires", List.of("Mon, 04 Mar 2024 11:00:00 GMT"))), now)).contains(Duration.ofHours(1));
    assertThat(FeedHints.freshness(headers(Map.of()), now)).isEmpty();
  }

  @Test
  void readsRetryAfterAsSecondsOrADate() {
    Instant now = Instant.parse("2024-03-04T10:00:00Z");
    assertThat(FeedHints.retryAfter(Optional.of("120"), now)).contains(Duration.ofMinutes(2));
    assertThat(FeedHints.retryAfter(Optional.of("Mon, 04 Mar 2024 10:30:00 GMT"), now)).contains(Duration.ofMinutes(30));
    assertThat(FeedHints.retryAfter(Optional.of("soon"), now)).isEmpty();
  }
}
