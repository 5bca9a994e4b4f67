package org.dyad.app.live;

import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is fetched next.
 *
 * <ul>
 *   <li>After a success (a feed or a 304): {@code every}, or longer when the feed or its response
 *       says it changes less often (RSS ttl, sy:updatePeriod, Cache-Control max-age, Expires), up
 *       to {@code maxHint}. A feed is never asked more often than {@code every}, whatever it says.
 *   <li>After the n-th failure in a row: {@code every × 2^(n-1)}, at most {@code maxBackoff}, and
 *       at least the server's Retry-After (itself at most {@code maxBackoff}).
 * </ul>
 *
 * <p>A follower then moves each due time onto its grid ({@link #onGrid}): the instants
 * {@code anchor + k × every}, never earlier. Feeds so come due together, and a pass fetches them
 * together, instead of each feed making a pass of its own a few seconds after another's.
 *
 * @param every the usual interval
 * @param maxHint the longest interval a feed's own hint may set
 * @param maxBackoff the longest wait after failures
 */
public record Schedule(Duration every, Duration maxHint, Duration maxBackoff) {

  public Schedule {
    if (every.isNegative() || every.isZero() || maxHint.compareTo(every) < 0 || maxBackoff.compareTo(every) < 0) {
      throw new IllegalArgumentException("the interval must be positive and at most the longest hint and back-off");
    }
  }

  /** Every {@code every}, hints honoured up to a day, back-off up to 6 hours. */
  public static Schedule every(Duration every) {
    Duration day = Duration.ofDays(1);
    Duration sixHours = Duration.ofHours(6);
    return new Schedule(every, every.compareTo(day) > 0 ? every : day, every.compareTo(sixHours) > 0 ? every : sixHours);
  }

  /**
   * The first instant of the grid {@code anchor + k × every} (k a whole number) at or after
   * {@code due}, or the grid instant just before it when {@code due} is at most {@code tolerance}
   * past it (a pass starts a moment after its grid instant, and its feeds must not slip a whole
   * interval for that moment).
   */
  public Instant onGrid(Instant anchor, Instant due, Duration tolerance) {
    long step = every.toMillis();
    long offset = Duration.between(anchor, due).toMillis() - Math.min(tolerance.toMillis(), step - 1);
    long steps = Math.floorDiv(offset, step) + (Math.floorMod(offset, step) == 0 ? 0 : 1);
    return anchor.plusMillis(steps * step);
  }

  public Instant afterSuccess(Instant now, Duration hint) {
    Duration wait = every;
    if (hint != null && hint.compareTo(every) > 0) {
      wait = hint.compareTo(maxHint) > 0 ? maxHint : hint;
    }
    return now.plus(wait);
  }

  /** @param failuresInARow failures since the last success, this one included (1 for the first) */
  public Instant afterFailure(Instant now, int failuresInARow, Duration retryAfter) {
    int doublings = Math.max(0, Math.min(30, failuresInARow - 1));
    Duration wait = every.multipliedBy(1L << Math.min(doublings, 20));
    if (wait.compareTo(maxBackoff) > 0 || wait.isNegative()) {
      wait = maxBackoff;
    }
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    }
    return now.plus(wait);
  }
}
