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

  @Test
  void placesAreComparedAtThePrecisionBothReportsHave() {
    EventMatcher.Place kharkiv = new EventMatcher.Place(49.98, 36.25, "UA.07", 706483L, "city");
    EventMatcher.Place chuhuiv = new EventMatcher.Place(49.84, 36.69, "UA.07", 710719L, "city");
    EventMatcher.Place izium = new EventMatcher.Place(49.21, 37.25, "UA.07", 707244L, "city");
    EventMatcher.Place kyiv = new EventMatcher.Place(50.45, 30.52, "UA.12", 703448L, "city");
    EventMatcher.Place kharkivOblast = new EventMatcher.Place(49.5, 36.5, "UA.07", 706482L, "adm1");
    EventMatcher.Place ukraine = new EventMatcher.Place(49.0, 32.0, null, 690791L, "country");
    assertThat(EventMatcher.samePlace(kharkiv, kharkiv)).isTrue();
    assertThat(EventMatcher.samePlace(kharkiv, chuhuiv)).isTrue(); // 35 km apart: one place at city scale
    assertThat(EventMatcher.samePlace(kharkiv, izium)).isFalse(); // 110 km apart, same province
    assertThat(EventMatcher.samePlace(kharkiv, kyiv)).isFalse();
    assertThat(EventMatcher.samePlace(kharkiv, kharkivOblast)).isNull();
    assertThat(EventMatcher.samePlace(kyiv, kharkivOblast)).isFalse();
    assertThat(EventMatcher.samePlace(kharkiv, ukraine)).isNull();
  }

  @Test
  void reportsInTwoCitiesOfOneCountryAreTwoEvents() {
    Set<String> words = EventMatcher.words("Artillery shelled residential districts overnight, officials said");
    EventMatcher.Place kharkiv = new EventMatcher.Place(49.98, 36.25, "UA.07", 706483L, "city");
    EventMatcher.Place odesa = new EventMatcher.Place(46.48, 30.73, "UA.17", 698740L, "city");
    EventMatcher.Report there = new EventMatcher.Report("195", range("2022-03-01", "2022-03-01"), "UKR", "kharkiv", kharkiv, words);
    EventMatcher.Report elsewhere = new EventMatcher.Report("195", range("2022-03-01", "2022-03-01"), "UKR", "odesa", odesa, words);
    EventMatcher.Report again = new EventMatcher.Report("195", range("2022-03-01", "2022-03-01"), "UKR", "kharkov", kharkiv, words);
    assertThat(EventMatcher.match(there, List.of(words), elsewhere, false)).isNegative();
    assertThat(EventMatcher.match(there, List.of(words), again, false)).isPositive();
  }
}
