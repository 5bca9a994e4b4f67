package org.dyad.app.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.store.WatchRule;

/**
 * Does a day leave the band of its own recent history? The robust version of "more than k
 * standard deviations from the mean": the centre is the median of the previous
 * {@link WatchRule#windowDays()} days and the spread 1.4826 × their median absolute deviation
 * (equal to the standard deviation for normal data, and not dragged by the outliers it should
 * find), with a floor so that a quiet history does not fire on any change:
 *
 * <ul>
 *   <li>count of events: every day of the window counts (a day without events is 0); the spread is
 *       at least √max(median, 1), the Poisson spread of a count with that mean. Fires on a surge
 *       only: count > median + k × spread, and the count is as rare as k standard deviations of a
 *       normal (one-sided) would be for a Poisson count at the window's rate (small counts have
 *       heavier tails than the normal).
 *   <li>mean Goldstein score: over the window's days that had events (at least 7 of them, else no
 *       verdict); the spread is the largest of the robust spread of the daily means, the spread of
 *       a mean of the day's count of events (the events' standard deviation / √count) and
 *       {@link WatchRule#GOLDSTEIN_FLOOR}. Judged once the day has at least the window's median
 *       count of events. Fires either way: |mean − median| > k × spread.
 * </ul>
 *
 * A day with fewer than {@link WatchRule#minCount()} events never fires.
 */
public final class ShiftRule {

  /** The consistency constant that makes the median absolute deviation estimate a normal standard deviation. */
  static final double MAD_TO_SD = 1.4826;
  /** Days with events the Goldstein band needs in the window. */
  static final int MIN_GOLDSTEIN_DAYS = 7;

  private ShiftRule() {}

  /**
   * A day outside its band.
   *
   * @param metric "count" or "goldstein"
   * @param value the day's count or mean Goldstein
   * @param median the window's median
   * @param spread the robust standard deviation used
   * @param low the band's lower edge
   * @param high the band's upper edge
   * @param direction "up" or "down"
   */
  public record Shift(String metric, double value, double median, double spread, double low, double high, String direction) {

    /** "18 events, above the band (median 2, up to 6.2)" or "mean Goldstein −9.1, below the band (median −2.0, down to −5.0)". */
    public String describe() {
      if (metric.equals("count")) {
        return String.format(Locale.ROOT, "%d events, above the usual band (median %s a day, up to %.1f)", Math.round(value),
            trim(median), high);
      }
      return String.format(Locale.ROOT, "mean Goldstein %.1f, %s the usual band (median %.1f, %s %.1f)", value,
          direction.equals("down") ? "below" : "above", median, direction.equals("down") ? "down to" : "up to",
          direction.equals("down") ? low : high);
    }
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * A window of history.
   *
   * @param counts the count of each day of the window, oldest first (days without events are 0)
   * @param means the mean Goldstein of each window day that had events
   * @param eventSd the standard deviation of the window's events' Goldstein scores (NaN when unknown)
   */
  public record History(int[] counts, double[] means, double eventSd) {}

  /** The upper tail of the normal distribution beyond {@code k} standard deviations. */
  static double normalTail(double k) {
    // Abramowitz and Stegun 26.2.17, absolute error below 7.5e-8
    double t = 1 / (1 + 0.2316419 * k);
    double density = Math.exp(-k * k / 2) / Math.sqrt(2 * Math.PI);
    return density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  }

  /** P(X ≥ count) for X Poisson with mean {@code lambda}. */
  static double poissonTail(int count, double lambda) {
    if (count <= 0) {
      return 1;
    }
    double term = Math.exp(-lambda);
    double below = term;
    for (int i = 1; i < count; i++) {
      term *= lambda / i;
      below += term;
    }
    return Math.max(0, 1 - below);
  }

  /**
   * @param rule a shift rule
   * @param history the previous {@link WatchRule#windowDays()} days
   * @param count the day's count (so far)
   * @param mean the day's mean Goldstein (so far; ignored when {@code count} is 0)
   * @return the shifts of the day: none, its count, its mean Goldstein, or both
   */
  public static List<Shift> evaluate(WatchRule rule, History history, int count, double mean) {
    List<Shift> shifts = new ArrayList<>();
    if (!rule.isShift() || count < rule.minCount() || history.counts().length == 0) {
      return shifts;
    }
    double k = rule.threshold();
    double[] counts = Arrays.stream(history.counts()).asDoubleStream().toArray();
    double median = median(counts);
    double spread = Math.max(MAD_TO_SD * mad(counts, median), Math.sqrt(Math.max(median, 1)));
    double high = median + k * spread;
    // a count is a count: beyond the band and, as rare as k standard deviations of a normal, for a
    // Poisson count with the window's rate (the mean when above the median, e.g. after a surge)
    double rate = Math.max(Math.max(median, Arrays.stream(counts).average().orElse(0)), 0.5);
    if (count > high && poissonTail(count, rate) < normalTail(k)) {
      shifts.add(new Shift("count", count, median, spread, Math.max(0, median - k * spread), high, "up"));
    }
    // the tone of a day is judged once it has a usual day's worth of events: judging every partial
    // day as its events arrive is many tests a day, and fired 1.5 times in 90 ordinary days at 30
    // events a day (ShiftRuleSimulation) instead of 0.17
    if (history.means().length >= MIN_GOLDSTEIN_DAYS && count >= median) {
      double centre = median(history.means());
      // a day's mean of n events varies by the events' spread / √n: a partial day (few events so
      // far) or a quiet one gets a wider band than the window's full days
      double ofThisDay = Double.isNaN(history.eventSd()) ? 0 : history.eventSd() / Math.sqrt(count);
      double goldsteinSpread = Math.max(Math.max(MAD_TO_SD * mad(history.means(), centre), ofThisDay), WatchRule.GOLDSTEIN_FLOOR);
      double low = centre - k * goldsteinSpread;
      double top = centre + k * goldsteinSpread;
      if (mean < low || mean > top) {
        shifts.add(new Shift("goldstein", mean, centre, goldsteinSpread, low, top, mean < low ? "down" : "up"));
      }
    }
    return shifts;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  static double mad(double[] values, double median) {
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return median(deviations);
  }
}
