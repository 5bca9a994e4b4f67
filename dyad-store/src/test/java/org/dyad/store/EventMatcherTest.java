package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

  @Test
  void readsEachDatePrecisionAsARangeOfDays() {
    assertThat(EventMatcher.parse("2021-10-20")).isEqualTo(range("2021-10-20", "2021-10-20"));
    assertThat(EventMatcher.parse("2021-W42")).isEqualTo(range("2021-10-18", "2021-10-24"));
    assertThat(EventMatcher.parse("2021-02")).isEqualTo(range("2021-02-01", "2021-02-28"));
    assertThat(EventMatcher.parse("2021")).isEqualTo(range("2021-01-01", "2021-12-31"));
    assertThat(EventMatcher.parse("next week")).isNull();
    assertThat(EventMatcher.parse("2021-13-45")).isNull();
  }

  @Test
  void placesADatelessReportInTheDaysBeforeItsPublication() {
    assertThat(EventMatcher.range(null, LocalDate.parse("2021-10-20"))).isEqualTo(range("2021-10-17", "2021-10-20"));
    assertThat(EventMatcher.range(null, null)).isNull();
  }

  @Test
  void refusesReportsWhoseTimesOrCountriesDisagreeHoweverSimilarTheWords() {
    Set<String> words = EventMatcher.words("Russia hosts talks with the Taliban in Moscow");
    EventMatcher.Report stored = new EventMatcher.Report("043", range("2021-10-20", "2021-10-20"), "RUS", "moscow", words);
    EventMatcher.Report later = new EventMatcher.Report("043", range("2021-11-20", "2021-11-20"), "RUS", "moscow", words);
    EventMatcher.Report elsewhere = new EventMatcher.Report("043", range("2021-10-20", "2021-10-20"), "AFG", null, words);
    EventMatcher.Report same = new EventMatcher.Report("043", range("2021-10-21", "2021-10-21"), "RUS", "moscow", words);
    assertThat(EventMatcher.match(stored, List.of(words), later, false)).isNegative();
    assertThat(EventMatcher.match(stored, List.of(words), elsewhere, false)).isNegative();
    assertThat(EventMatcher.match(stored, List.of(words), same, false)).isEqualTo(1.0);
  }

  @Test
  void needsSimilarEvidenceAcrossArticlesButNotWithinOne() {
    EventMatcher.Report stored = new EventMatcher.Report("111", null, null, null, Set.of());
    EventMatcher.Report other = new EventMatcher.Report("111", null, null, null,
        EventMatcher.words("Straw said the law lords were simply wrong"));
    List<Set<String>> evidence = List.of(EventMatcher.words("The foreign secretary attacked the court decision on detainees"));
    assertThat(EventMatcher.match(stored, evidence, other, false)).isNegative();
    assertThat(EventMatcher.match(stored, evidence, other, true)).isGreaterThanOrEqualTo(0);
  }

  private static EventMatcher.TimeRange range(String start, String end) {
    return new EventMatcher.TimeRange(LocalDate.parse(start), LocalDate.parse(end));
  }
}
