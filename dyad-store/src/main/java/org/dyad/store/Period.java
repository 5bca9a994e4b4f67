package org.dyad.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A time bucket size for series. */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  /** The label of the period holding this day: 2021-10-20, 2021-W42, 2021-10 or 2021. */
  public String label(LocalDate day) {
    switch (this) {
      case DAY:
        return day.toString();
      case WEEK:
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return day.toString().substring(0, 7);
      default:
        return day.toString().substring(0, 4);
    }
  }
}
