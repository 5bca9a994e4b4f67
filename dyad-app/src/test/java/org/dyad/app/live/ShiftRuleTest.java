package org.dyad.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dyad.store.WatchRule;
import org.junit.jupiter.api.Test;

class ShiftRuleTest {

  private static final WatchRule RULE = WatchRule.shift(28, 3.0, 5);

  /** 28 days around {@code perDay} events, each day's mean Goldstein near {@code goldstein}. */
  private static ShiftRule.History ordinary(int perDay, double goldstein) {
    int[] counts = new int[28];
    double[] means = new double[28];
    for (int i = 0; i < 28; i++) {
      counts[i] = perDay + (i % 3) - 1;
      means[i] = goldstein + ((i % 5) - 2) * 0.4;
    }
    return new ShiftRule.History(counts, means, 4.0);
  }

  @Test
  void aSurgeOfEventsFiresOnItsCount() {
    List<ShiftRule.Shift> shifts = ShiftRule.evaluate(RULE, ordinary(3, -1), 18, -1);
    assertThat(shifts).extracting(ShiftRule.Shift::metric).containsExactly("count");
    ShiftRule.Shift surge = shifts.get(0);
    assertThat(surge.median()).isEqualTo(3);
    assertThat(surge.high()).isLessThan(18);
    assertThat(surge.describe()).startsWith("18 events, above the usual band (median 3 a day");
  }

  @Test
  void anOrdinaryDayAndABusyButUsualDayDoNotFire() {
    assertThat(ShiftRule.evaluate(RULE, ordinary(3, -1), 4, -1.5)).isEmpty();
    assertThat(ShiftRule.evaluate(RULE, ordinary(3, -1), 7, -2)).isEmpty();
  }

  @Test
  void aDayWithFewerThanTheMinimumCountNeverFires() {
    ShiftRule.History quiet = new ShiftRule.History(new int[28], new double[0], Double.NaN);
    assertThat(ShiftRule.evaluate(RULE, quiet, 4, -10)).isEmpty();
    assertThat(ShiftRule.evaluate(RULE, quiet, 5, -10)).extracting(ShiftRule.Shift::metric).containsExactly("count");
  }

  @Test
  void aQuietHistoryNeedsACountThatIsRareForAPoissonRate() {
    int[] counts = new int[28];
    Arrays.fill(counts, 0, 14, 1); // half the days one event: median 0.5, MAD 0.5
    ShiftRule.History history = new ShiftRule.History(counts, new double[0], Double.NaN);
    assertThat(ShiftRule.evaluate(WatchRule.shift(28, 3.0, 1), history, 3, 0)).isEmpty();
    assertThat(ShiftRule.evaluate(WatchRule.shift(28, 3.0, 1), history, 6, 0)).isNotEmpty();
  }

  @Test
  void aShiftInToneFiresEitherWayOnceTheDayHasAUsualCount() {
    ShiftRule.History history = ordinary(10, 1.0);
    List<ShiftRule.Shift> colder = ShiftRule.evaluate(RULE, history, 10, -6.5);
    assertThat(colder).extracting(ShiftRule.Shift::metric, ShiftRule.Shift::direction)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("goldstein", "down"));
    assertThat(colder.get(0).describe()).startsWith("mean Goldstein -6.5, below the usual band");
    assertThat(ShiftRule.evaluate(RULE, history, 10, 7.5)).extracting(ShiftRule.Shift::direction).containsExactly("up");
    assertThat(ShiftRule.evaluate(RULE, history, 10, 1.5)).isEmpty();
    assertThat(ShiftRule.evaluate(RULE, history, 6, -6.5)).as("fewer events than a usual day: not judged yet").isEmpty();
  }

  @Test
  void theToneNeedsSevenDaysWithEvents() {
    int[] counts = new int[28];
    Arrays.fill(counts, 22, 28, 6);
    ShiftRule.History sixDays = new ShiftRule.History(counts, new double[] {1, 1, 1, 1, 1, 1}, 2.0);
    assertThat(ShiftRule.evaluate(RULE, sixDays, 6, -9)).extracting(ShiftRule.Shift::metric).doesNotContain("goldstein");
  }

  @Test
  void theDaysMeanGetsAWiderBandWhenItHasFewEvents() {
    ShiftRule.History history = new ShiftRule.History(ordinary(5, 0).counts(), ordinary(5, 0).means(), 8.0);
    // 8 / √5 = 3.6 robust SD of a 5-event mean: -6 is within 3 × 3.6 of 0
    assertThat(ShiftRule.evaluate(RULE, history, 5, -6)).isEmpty();
  }

  @Test
  void tailsAndMediansAreRight() {
    assertThat(ShiftRule.normalTail(3)).isCloseTo(0.0013499, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(ShiftRule.poissonTail(9, 3)).isCloseTo(0.0038030, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(ShiftRule.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(ShiftRule.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(ShiftRule.mad(new double[] {1, 1, 2, 2, 4, 6, 9}, 2)).isEqualTo(1);
  }

  /** The note's false-alarm rate (docs/live.md), locked in: few alarms on 90 simulated ordinary days, at any rate. */
  @Test
  void firesRarelyOnNinetySimulatedOrdinaryDays() {
    for (double lambda : new double[] {1, 3, 10, 30}) {
      ShiftRuleSimulation.Rate rate = ShiftRuleSimulation.simulate(RULE, lambda, 300, 20261207L + (long) lambda);
      assertThat(rate.perNinetyDays(rate.endOfDayAlarms())).as("λ=" + lambda + " judged at the end of each day").isLessThan(0.5);
      assertThat(rate.perNinetyDays(rate.incrementalAlarms())).as("λ=" + lambda + " judged after every event").isLessThan(0.5);
    }
  }
}
