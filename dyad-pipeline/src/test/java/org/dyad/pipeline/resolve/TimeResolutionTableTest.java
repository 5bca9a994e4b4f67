package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One phrase, one anchor, one tense, one expected TIMEX-like value. */
class TimeResolutionTableTest {

  @ParameterizedTest(name = "{0} @ {1} ({2}) = {3}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      # phrase             | anchor     | tense   | expected
      October 20           | 2021-10-15 | UNKNOWN | 2021-10-20
      October 20           | 2021-10-15 | FUTURE  | 2021-10-20
      October 20           | 2021-10-15 | PAST    | 2020-10-20
      August 15            | 2021-10-15 | PAST    | 2021-08-15
      August 15            | 2021-10-15 | UNKNOWN | 2021-08-15
      August 15            | 2021-10-15 | FUTURE  | 2022-08-15
      December 30          | 2022-01-03 | UNKNOWN | 2021-12-30
      January 2            | 2021-12-30 | FUTURE  | 2022-01-02
      October 15           | 2021-10-15 | PAST    | 2021-10-15
      Oct. 20              | 2021-10-15 | FUTURE  | 2021-10-20
      Sept. 3              | 2021-10-15 | PAST    | 2021-09-03
      20 October           | 2021-10-15 | FUTURE  | 2021-10-20
      the 20th of October  | 2021-10-15 | FUTURE  | 2021-10-20
      October 20th         | 2021-10-15 | FUTURE  | 2021-10-20
      20 October 2021      | null       | UNKNOWN | 2021-10-20
      October 14, 2021     | null       | PAST    | 2021-10-14
      Oct 14 2021          | 2021-10-15 | PAST    | 2021-10-14
      10/20/2021           | 2021-10-15 | UNKNOWN | 2021-10-20
      20/10/2021           | 2021-10-15 | UNKNOWN | 2021-10-20
      2021-10-20           | null       | UNKNOWN | 2021-10-20
      2021/10/20           | null       | UNKNOWN | 2021-10-20
      20.10.2021           | null       | UNKNOWN | 2021-10-20
      October 2021         | null       | UNKNOWN | 2021-10
      early December 2012  | 2013-03-22 | PAST    | 2012-12
      October 20           | null       | FUTURE  | null
      Thursday             | 2021-10-15 | PAST    | 2021-10-14
      Thursday             | 2021-10-15 | FUTURE  | 2021-10-21
      Friday               | 2021-10-15 | PAST    | 2021-10-15
      Friday               | 2021-10-15 | FUTURE  | 2021-10-15
      Saturday             | 2021-10-15 | PAST    | 2021-10-09
      Monday               | 2021-10-15 | UNKNOWN | 2021-10-18
      Tuesday              | 2021-10-15 | UNKNOWN | 2021-10-12
      next Friday          | 2021-10-15 | PAST    | 2021-10-22
      last Friday          | 2021-10-15 | UNKNOWN | 2021-10-08
      last Thursday        | 2021-10-15 | FUTURE  | 2021-10-14
      this Monday          | 2021-10-15 | UNKNOWN | 2021-10-11
      Thursday             | null       | PAST    | null
      September            | 2021-10-15 | PAST    | 2021-09
      September            | 2021-10-15 | FUTURE  | 2022-09
      September            | 2021-10-15 | UNKNOWN | 2021-09
      November             | 2021-10-15 | PAST    | 2020-11
      November             | 2021-10-15 | FUTURE  | 2021-11
      October              | 2021-10-15 | PAST    | 2021-10
      February             | 2021-10-15 | UNKNOWN | 2022-02
      last September       | 2021-10-15 | FUTURE  | 2021-09
      last October         | 2021-10-15 | UNKNOWN | 2020-10
      next October         | 2021-10-15 | UNKNOWN | 2022-10
      mid-August           | 2021-10-15 | PAST    | 2021-08
      next week            | 2021-10-15 | FUTURE  | 2021-W42
      Next week            | 2021-10-15 | UNKNOWN | 2021-W42
      this week            | 2021-10-15 | PAST    | 2021-W41
      This week            | 2021-10-15 | PAST    | 2021-W41
      last week            | 2021-10-15 | PAST    | 2021-W40
      the last week        | 2013-03-22 | PAST    | 2013-W11
      next week            | 2021-12-30 | FUTURE  | 2022-W01
      next week            | null       | FUTURE  | null
      last month           | 2021-10-15 | PAST    | 2021-09
      last month           | 2021-01-10 | PAST    | 2020-12
      this month           | 2021-10-15 | PAST    | 2021-10
      earlier this month   | 2021-10-15 | PAST    | 2021-10
      later this year      | 2021-10-15 | FUTURE  | 2021
      next month           | 2021-10-15 | FUTURE  | 2021-11
      last year            | 2021-10-15 | PAST    | 2020
      next year            | 2021-10-15 | FUTURE  | 2022
      this year            | 2021-10-15 | UNKNOWN | 2021
      yesterday            | 2021-10-15 | PAST    | 2021-10-14
      Today                | 2021-10-15 | UNKNOWN | 2021-10-15
      tomorrow             | 2021-10-15 | FUTURE  | 2021-10-16
      last night           | 2021-10-15 | PAST    | 2021-10-14
      this morning         | 2021-10-15 | PAST    | 2021-10-15
      three days ago       | 2021-10-15 | PAST    | 2021-10-12
      2 weeks ago          | 2021-10-15 | PAST    | 2021-W39
      a year ago           | 2021-10-15 | PAST    | 2020
      2017                 | 2021-10-15 | PAST    | 2017
      2017                 | null       | PAST    | 2017
      the 1990s            | 2021-10-15 | PAST    | 199
      the 20th century     | 2021-10-15 | PAST    | 19
      this fiscal year     | 2013-03-22 | UNKNOWN | 2013
      last summer          | 2013-03-22 | PAST    | 2012-SU
      this summer          | 2013-03-22 | FUTURE  | 2013-SU
      summer of 2012       | null       | PAST    | 2012-SU
      this spring          | 2005-01-15 | UNKNOWN | 2005-SP
      this winter          | 2005-01-15 | UNKNOWN | 2004-WI
      last winter          | 2005-01-15 | PAST    | 2003-WI
      last summer          | 2005-01-15 | PAST    | 2004-SU
      next summer          | 2005-01-15 | FUTURE  | 2005-SU
      next winter          | 2005-01-15 | FUTURE  | 2005-WI
      last summer          | 2021-07-10 | PAST    | 2020-SU
      next summer          | 2021-07-10 | FUTURE  | 2022-SU
      this summer          | 2021-07-10 | PAST    | 2021-SU
      the first quarter    | 2013-03-22 | PAST    | 2013-Q1
      the fourth quarter   | 2013-03-22 | PAST    | 2012-Q4
      third quarter of 2020| null       | PAST    | 2020-Q3
      """)
  void resolvesPhraseAgainstAnchorAndTense(String phrase, String anchor, String tense, String expected) {
    List<TimeCandidate> found = TimeScanner.scan(phrase, offset -> null);
    assertThat(found).as("one expression in '%s'", phrase).hasSize(1);
    TimeCandidate candidate = found.get(0);
    assertThat(phrase.substring(candidate.start(), candidate.end())).isIn(phrase, phrase.replaceFirst("^the ", ""));
    LocalDate date = anchor == null ? null : LocalDate.parse(anchor);
    assertThat(TimeResolver.value(candidate, date, TimeTense.valueOf(tense))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "no time in: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      the Taliban delegation's two-day visit
      a man aged 20 was arrested
      he is 20 years old
      2,017 people were evacuated
      some 2000 troops arrived
      about 1500 people marched
      UN Security Council Resolution 2254
      the 20th anniversary of the attacks
      the second round of talks
      talks that lasted for three weeks
      Theresa May said
      it may rain
      protesters march on the capital
      $2017 was paid
      2017% growth
      a fall in prices
      prices rose over the last year
      in the next month or so
      the Sunday Times reported
      they spent 45 minutes
      """)
  void findsNoTimeIn(String phrase) {
    assertThat(TimeScanner.scan(phrase, offset -> null)).isEmpty();
  }
}
