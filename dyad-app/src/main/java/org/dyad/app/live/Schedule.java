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
