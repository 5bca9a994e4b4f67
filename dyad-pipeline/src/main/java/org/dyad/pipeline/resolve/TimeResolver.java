package org.dyad.pipeline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.dyad.pipeline.resolve.TimeCandidate.Kind;

/**
 * Turns a found expression into a TIMEX-like value against the anchor (publication) date: day
 * {@code YYYY-MM-DD}, ISO week {@code YYYY-Www}, month {@code YYYY-MM}, season {@code YYYY-SU},
 * quarter {@code YYYY-Q1}, year {@code YYYY}, decade {@code YYY}.
 *
 * <p>Underspecified dates (a weekday, a month, a month and day without year) take the tense of
 * their clause: in the past they are the latest such date on or before the anchor (a news report
 * published on a Friday says "said Friday" of that same day), in the future the earliest on or
 * after it; otherwise the one closest to the anchor. "last"/"next" are strict: "next Friday" is
 * never the anchor day itself.
 */
final class TimeResolver {

  private TimeResolver() {}

  /** The value, or null when it needs an anchor and there is none. */
  static String value(TimeCandidate c, LocalDate anchor, TimeTense tense) {
    return switch (c.kind()) {
      case DATE -> day(LocalDate.of(c.year(), c.month(), c.day()));
      case MONTH_YEAR -> month(c.year(), c.month());
      case YEAR -> String.format("%04d", c.year());
      case DECADE -> String.format("%03d", c.year());
      case CENTURY -> String.format("%02d", c.year());
      case MONTH_DAY -> anchor == null ? null : day(monthDay(c.month(), c.day(), anchor, tense));
      case MONTH -> anchor == null ? null : month(YearMonth.from(anchor), c.month(), c.shift(), tense);
      case WEEKDAY -> anchor == null ? null : day(weekday(DayOfWeek.of(c.day()), c.shift(), anchor, tense));
      case RELATIVE -> anchor == null ? null : relative(c.unit(), c.amount(), anchor);
      case SEASON -> season(c, anchor);
      case QUARTER -> quarter(c, anchor, tense);
    };
  }

  static LocalDate monthDay(int month, int day, LocalDate anchor, TimeTense tense) {
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      if (day > YearMonth.of(year, month).lengthOfMonth()) {
        continue; // 29 February
      }
      LocalDate date = LocalDate.of(year, month, day);
      if (tense == TimeTense.PAST && date.isAfter(anchor) || tense == TimeTense.FUTURE && date.isBefore(anchor)) {
        continue;
      }
      if (best == null || distance(date, anchor) < distance(best, anchor)
          || tense == TimeTense.PAST && date.isAfter(best) || tense == TimeTense.FUTURE && date.isBefore(best)) {
        best = date;
      }
    }
    return best;
  }

  static String month(YearMonth anchor, int month, int shift, TimeTense tense) {
    YearMonth same = YearMonth.of(anchor.getYear(), month);
    YearMonth before = same.isAfter(anchor) ? same.minusYears(1) : same; // latest on or before
    YearMonth after = same.isBefore(anchor) ? same.plusYears(1) : same; // earliest on or after
    YearMonth chosen;
    if (shift == -1) {
      chosen = same.isBefore(anchor) ? same : same.minusYears(1);
    } else if (shift == 1) {
      chosen = same.isAfter(anchor) ? same : same.plusYears(1);
    } else if (shift == 0) {
      chosen = same;
    } else if (tense == TimeTense.PAST) {
      chosen = before;
    } else if (tense == TimeTense.FUTURE) {
      chosen = after;
    } else {
      long back = before.until(anchor, java.time.temporal.ChronoUnit.MONTHS);
      long ahead = anchor.until(after, java.time.temporal.ChronoUnit.MONTHS);
      chosen = back <= ahead ? before : after;
    }
    return month(chosen.getYear(), chosen.getMonthValue());
  }

  static LocalDate weekday(DayOfWeek weekday, int shift, LocalDate anchor, TimeTense tense) {
    int back = Math.floorMod(anchor.getDayOfWeek().getValue() - weekday.getValue(), 7); // 0..6 days
    int ahead = Math.floorMod(weekday.getValue() - anchor.getDayOfWeek().getValue(), 7);
    if (shift == -1) {
      return anchor.minusDays(back == 0 ? 7 : back);
    }
    if (shift == 1) {
      return anchor.plusDays(ahead == 0 ? 7 : ahead);
    }
    if (shift == 0) {
      return anchor.with(weekday); // the anchor's ISO week
    }
    if (tense == TimeTense.PAST) {
      return anchor.minusDays(back);
    }
    if (tense == TimeTense.FUTURE) {
      return anchor.plusDays(ahead);
    }
    return back <= ahead ? anchor.minusDays(back) : anchor.plusDays(ahead);
  }

  static String relative(char unit, int amount, LocalDate anchor) {
    return switch (unit) {
      case 'D' -> day(anchor.plusDays(amount));
      case 'W' -> week(anchor.plusWeeks(amount));
      case 'M' -> month(anchor.plusMonths(amount).getYear(), anchor.plusMonths(amount).getMonthValue());
      default -> String.format("%04d", anchor.getYear() + amount);
    };
  }

  private static String season(TimeCandidate c, LocalDate anchor) {
    String code = switch (c.month()) {
      case 1 -> "SP";
      case 2 -> "SU";
      case 3 -> "FA";
      default -> "WI";
    };
    if (c.year() != 0) {
      return String.format("%04d-%s", c.year(), code);
    }
    if (anchor == null) {
      return null;
    }
    // seasons numbered in order: year * 4 + (0 spring, 1 summer, 2 autumn, 3 winter); a winter
    // belongs to the year it begins in (December), so January and February are last year's winter
    int month = anchor.getMonthValue();
    int current = month <= 2 ? (anchor.getYear() - 1) * 4 + 3 : anchor.getYear() * 4 + (month - 3) / 3;
    int wanted = c.month() - 1;
    int before = current - Math.floorMod(current - wanted, 4); // latest such season on or before now
    int after = before == current ? current : before + 4;
    int chosen;
    if (c.shift() == -1) {
      chosen = before == current ? current - 4 : before;
    } else if (c.shift() == 1) {
      chosen = before + 4; // the first such season after the current one
    } else {
      chosen = current - before < after - current ? before : after; // "this summer": the nearest, ahead on a tie
    }
    return String.format("%04d-%s", Math.floorDiv(chosen, 4), code);
  }

  private static String quarter(TimeCandidate c, LocalDate anchor, TimeTense tense) {
    if (c.year() != 0) {
      return String.format("%04d-Q%d", c.year(), c.month());
    }
    if (anchor == null) {
      return null;
    }
    int current = anchor.get(IsoFields.QUARTER_OF_YEAR);
    int year = anchor.getYear();
    if (tense == TimeTense.PAST && c.month() > current) {
      year -= 1;
    } else if (tense == TimeTense.FUTURE && c.month() < current) {
      year += 1;
    }
    return String.format("%04d-Q%d", year, c.month());
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static String week(LocalDate date) {
    return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String month(int year, int month) {
    return String.format("%04d-%02d", year, month);
  }
}
