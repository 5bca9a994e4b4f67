package org.dyad.pipeline.resolve;

/**
 * A temporal expression found in the text before it is resolved against the anchor.
 *
 * <p>Fields not used by a kind are 0. {@code shift} is the explicit direction a modifier gives:
 * -1 for "last"/"previous", +1 for "next"/"coming", 0 for "this", {@link #NO_SHIFT} when none.
 *
 * @param kind what was found
 * @param year four-digit year, or for {@link Kind#DECADE} the first three digits
 * @param month 1-12, or for {@link Kind#SEASON} 1-4 (spring, summer, autumn, winter), or for
 *     {@link Kind#QUARTER} 1-4
 * @param day day of month, or for {@link Kind#WEEKDAY} 1 (Monday) to 7 (Sunday)
 * @param unit for {@link Kind#RELATIVE}: 'D', 'W', 'M' or 'Y'
 * @param amount for {@link Kind#RELATIVE}: how many units from the anchor (negative = before)
 */
record TimeCandidate(Kind kind, int start, int end, int year, int month, int day, int shift, char unit, int amount) {

  static final int NO_SHIFT = Integer.MIN_VALUE;

  enum Kind {
    /** Year, month and day all given. */
    DATE,
    /** Month and day, year from the anchor and tense. */
    MONTH_DAY,
    /** Month and year given. */
    MONTH_YEAR,
    /** A month name alone, maybe with last/next/this. */
    MONTH,
    YEAR,
    DECADE,
    /** A century: year holds its first two digits (the 20th century → 19). */
    CENTURY,
    /** A weekday, maybe with last/next/this. */
    WEEKDAY,
    /** Offset from the anchor in days, weeks, months or years (today, next week, 3 days ago). */
    RELATIVE,
    /** A season with a year or with last/next/this. */
    SEASON,
    /** A quarter, with its year when given (year 0 otherwise). */
    QUARTER
  }

  int length() {
    return end - start;
  }

  boolean overlaps(TimeCandidate other) {
    return start < other.end && other.start < end;
  }
}
