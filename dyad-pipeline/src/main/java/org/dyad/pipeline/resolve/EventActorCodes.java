package org.dyad.pipeline.resolve;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;

/**
 * The post-step after event coding that applies dated roles by the event's date: each event gets
 * the codes its source and target have on the event's own date ({@code date} when set, else the
 * publication date). "Jane Example", a head of government until 2016-01-20 and a former leader
 * (ELI) after, is USAGOV in an event of 2015 and USAELI in one of 2017 of the same article.
 *
 * <p>A date coarser than a day counts from its first day (a week from its Monday, a quarter from
 * its first month); a date that names no calendar period ("PRESENT_REF", a season) counts as the
 * publication date.
 */
public final class EventActorCodes {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-\\d)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private EventActorCodes() {}

  /** The events with {@code sourceCode} and {@code targetCode} filled in, in the same order. */
  public static List<Event> apply(ResolvedArticle article, List<Event> events) {
    Resolution resolution = article.resolution();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      LocalDate day = dayOf(e.date());
      LocalDate on = day != null ? day : article.anchor();
      out.add(e.withActorCodes(resolution.codeOn(e.source(), on), resolution.codeOn(e.target(), on)));
    }
    return out;
  }

  /** The first day of a TIMEX-like date value, or null when it names no calendar period. */
  static LocalDate dayOf(String value) {
    if (value == null) {
      return null;
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return LocalDate.of(year(m), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        return LocalDate.of(year(m), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        return LocalDate.of(year(m), Integer.parseInt(m.group(2)), 1);
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        return LocalDate.of(year(m), 3 * Integer.parseInt(m.group(2)) - 2, 1);
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        return LocalDate.of(year(m), 1, 1);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group(1));
  }
}
