package org.dyad.app.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.store.WatchRule;

/**
 * How often the shift rule fires on ordinary days: a watch's daily events simulated as Poisson
 * counts (mean {@code lambda}), each event's Goldstein score drawn from a fixed mix of CAMEO
 * scores (cooperation and conflict, as between two states), 28 days of history, then 90 days
 * evaluated. Two ways of evaluating a day: once at its end, and as a follower does, after every
 * event that arrives (a day alerts when any of its partial states falls outside the band; the
 * worst case, a pass after every event).
 *
 * <pre>{@code
 * java -cp dyad-app/target/test-classes:dyad-app/target/classes:… org.dyad.app.live.ShiftRuleSimulation [RUNS]
 * }</pre>
 */
public final class ShiftRuleSimulation {

  /** Goldstein scores of an ordinary mixed dyad: consultations and cooperation, statements, accusations, some force. */
  static final double[] GOLDSTEIN = {-10, -9.5, -7, -5, -4, -2, -2, 1, 1, 1.9, 3, 3.4, 4, 5, 7};

  static final int DAYS = 90;

  /** Alarms (days with a shift alert) per run of {@value #DAYS} days. */
  record Rate(double lambda, int runs, long endOfDayAlarms, long incrementalAlarms, long countAlarms, long goldsteinAlarms) {

    double perNinetyDays(long alarms) {
      return alarms / (double) runs;
    }

    double perDay(long alarms) {
      return alarms / (double) runs / DAYS;
    }
  }

  private ShiftRuleSimulation() {}

  static int poisson(Random random, double lambda) {
    double limit = Math.exp(-lambda);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  static Rate simulate(WatchRule rule, double lambda, int runs, long seed) {
    Random random = new Random(seed);
    int window = rule.windowDays();
    long endOfDay = 0;
    long incremental = 0;
    long countAlarms = 0;
    long goldsteinAlarms = 0;
    for (int run = 0; run < runs; run++) {
      int total = window + DAYS;
      int[] counts = new int[total];
      double[][] scores = new double[total][];
      for (int day = 0; day < total; day++) {
        counts[day] = poisson(random, lambda);
        scores[day] = new double[counts[day]];
        for (int e = 0; e < counts[day]; e++) {
          scores[day][e] = GOLDSTEIN[random.nextInt(GOLDSTEIN.length)];
        }
      }
      for (int day = window; day < total; day++) {
        int[] history = Arrays.copyOfRange(counts, day - window, day);
        List<Double> means = new ArrayList<>();
        for (int past = day - window; past < day; past++) {
          if (counts[past] > 0) {
            means.add(Arrays.stream(scores[past]).average().orElse(0));
          }
        }
        double sum = 0;
        double squares = 0;
        int events = 0;
        for (int past = day - window; past < day; past++) {
          for (double score : scores[past]) {
            sum += score;
            squares += score * score;
            events++;
          }
        }
        double sd = events < 2 ? Double.NaN : Math.sqrt(Math.max(0, squares / events - (sum / events) * (sum / events)));
        ShiftRule.History past = new ShiftRule.History(history, means.stream().mapToDouble(Double::doubleValue).toArray(), sd);
        List<ShiftRule.Shift> end = ShiftRule.evaluate(rule, past, counts[day],
            Arrays.stream(scores[day]).average().orElse(0));
        if (!end.isEmpty()) {
          endOfDay++;
          if (end.stream().anyMatch(s -> s.metric().equals("count"))) {
            countAlarms++;
          }
          if (end.stream().anyMatch(s -> s.metric().equals("goldstein"))) {
            goldsteinAlarms++;
          }
        }
        boolean anyPartial = false;
        double today = 0;
        for (int e = 0; e < counts[day] && !anyPartial; e++) {
          today += scores[day][e];
          anyPartial = !ShiftRule.evaluate(rule, past, e + 1, today / (e + 1)).isEmpty();
        }
        if (anyPartial) {
          incremental++;
        }
      }
    }
    return new Rate(lambda, runs, endOfDay, incremental, countAlarms, goldsteinAlarms);
  }

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    WatchRule rule = WatchRule.shift(WatchRule.DEFAULT_WINDOW_DAYS, WatchRule.DEFAULT_THRESHOLD, WatchRule.DEFAULT_MIN_COUNT);
    System.out.println("rule: " + rule.describe());
    System.out.println("events/day  runs  alarms per 90 days (end of day: count, goldstein)  per day   | evaluated after every event: per 90 days  per day");
    for (double lambda : new double[] {1, 3, 5, 10, 30, 100}) {
      Rate rate = simulate(rule, lambda, runs, 20261207L + (long) lambda);
      System.out.printf(Locale.ROOT, "%10.0f  %4d  %.3f (%.3f, %.3f)  %.5f  | %.3f  %.5f%n", lambda, runs,
          rate.perNinetyDays(rate.endOfDayAlarms()), rate.perNinetyDays(rate.countAlarms()), rate.perNinetyDays(rate.goldsteinAlarms()),
          rate.perDay(rate.endOfDayAlarms()), rate.perNinetyDays(rate.incrementalAlarms()), rate.perDay(rate.incrementalAlarms()));
    }
  }
}
