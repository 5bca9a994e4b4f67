package org.dyad.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  private static final Instant NOW = Instant.parse("2024-03-04T10:00:00Z");
  private final Schedule schedule = Schedule.every(Duration.ofMinutes(15));

  @Test
  void aFeedIsAskedEveryIntervalOrLessOftenWhenItSaysSo() {
    assertThat(schedule.afterSuccess(NOW, null)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(schedule.afterSuccess(NOW, Duration.ofMinutes(1))).as("never more often than every").isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(schedule.afterSuccess(NOW, Duration.ofHours(2))).isEqualTo(NOW.plus(Duration.ofHours(2)));
    assertThat(schedule.afterSuccess(NOW, Duration.ofDays(30))).as("a hint is capped").isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void failuresDoubleTheWaitUpToTheCap() {
    assertThat(schedule.afterFailure(NOW, 1, null)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(schedule.afterFailure(NOW, 2, null)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(schedule.afterFailure(NOW, 4, null)).isEqualTo(NOW.plus(Duration.ofMinutes(120)));
    assertThat(schedule.afterFailure(NOW, 6, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    assertThat(schedule.afterFailure(NOW, 500, null)).isEqualTo(NOW.plus(Duration.ofHours(6)));
  }

  @Test
  void retryAfterIsHonouredUpToTheCap() {
    assertThat(schedule.afterFailure(NOW, 1, Duration.ofHours(1))).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(schedule.afterFailure(NOW, 1, Duration.ofDays(3))).isEqualTo(NOW.plus(Duration.ofHours(6)));
    assertThat(schedule.afterFailure(NOW, 3, Duration.ofMinutes(5))).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
  }

  @Test
  void dueTimesMoveOntoTheGridNeverEarlierThanTheTolerance() {
    Instant anchor = NOW.minusSeconds(7);
    Duration none = Duration.ZERO;
    assertThat(schedule.onGrid(anchor, anchor, none)).isEqualTo(anchor);
    assertThat(schedule.onGrid(anchor, anchor.plusSeconds(1), none)).isEqualTo(anchor.plus(Duration.ofMinutes(15)));
    assertThat(schedule.onGrid(anchor, anchor.plus(Duration.ofMinutes(20)), none)).isEqualTo(anchor.plus(Duration.ofMinutes(30)));
    assertThat(schedule.onGrid(anchor, anchor.plus(Duration.ofMinutes(45)), none)).isEqualTo(anchor.plus(Duration.ofMinutes(45)));
    assertThat(schedule.onGrid(anchor, anchor.minus(Duration.ofMinutes(20)), none)).isEqualTo(anchor.minus(Duration.ofMinutes(15)));
    // a pass that started a moment after its grid instant: its feeds are due one interval on, not two
    Duration tolerance = Duration.ofSeconds(30);
    assertThat(schedule.onGrid(anchor, anchor.plus(Duration.ofMinutes(15)).plusMillis(40), tolerance))
        .isEqualTo(anchor.plus(Duration.ofMinutes(15)));
    assertThat(schedule.onGrid(anchor, anchor.plus(Duration.ofMinutes(15)).plusSeconds(31), tolerance))
        .isEqualTo(anchor.plus(Duration.ofMinutes(30)));
  }
}
