package org.dyad.pipeline.knowledge;

import java.time.LocalDate;

/**
 * A CAMEO code that applies within dates, both ends inclusive; a null end is open.
 * {@code [RUSGOV >080508]} is from 2008-05-08 on, {@code [USAGOV <450703]} until 1945-07-03,
 * {@code [AFGGOV 780427-780430]} between; {@code [AFGELI]} always.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

  public boolean appliesOn(LocalDate date) {
    if (date == null) {
      return from == null && to == null;
    }
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public boolean isUndated() {
    return from == null && to == null;
  }
}
