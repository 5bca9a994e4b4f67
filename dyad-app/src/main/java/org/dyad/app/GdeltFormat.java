package org.dyad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.store.ActorRef;
import org.dyad.store.EventSummary;

/**
 * One event as a row of the GDELT 2.0 Event table: its 61 columns in their documented order,
 * empty where Dyad has no value (ethnic, religion and known-group codes, tone, ADM codes, feature
 * ids). Geographic country codes are FIPS in GDELT and Dyad keeps ISO codes, so they stay empty
 * rather than wrong; the action place name and coordinates are filled.
 */
final class GdeltFormat {

  static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private GdeltFormat() {}

  /** The tab-separated line (without newline); tabs and newlines inside values become spaces. */
  static String line(EventSummary summary) {
    List<String> values = values(summary);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      String value = values.get(i);
      line.append(value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " "));
    }
    return line.toString();
  }

  static List<String> values(EventSummary summary) {
    Event event = summary.event();
    LocalDate day = summary.day() == null ? null : LocalDate.parse(summary.day());
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(String.valueOf(summary.id()));
    row.add(day == null ? null : day.toString().replace("-", ""));
    row.add(day == null ? null : day.toString().substring(0, 7).replace("-", ""));
    row.add(day == null ? null : String.valueOf(day.getYear()));
    row.add(day == null ? null : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    addActor(row, summary.source());
    addActor(row, summary.target());
    String cameo = event.cameo();
    row.add(event.sentence() == 0 ? "1" : "0");
    row.add(cameo);
    row.add(cameo == null ? null : cameo.substring(0, Math.min(3, cameo.length())));
    row.add(cameo == null ? null : cameo.substring(0, Math.min(2, cameo.length())));
    row.add(String.valueOf(event.quadClass()));
    row.add(number(event.goldstein()));
    row.add(String.valueOf(summary.mentions()));
    row.add(String.valueOf(summary.sources()));
    row.add(String.valueOf(summary.articles()));
    row.add(null);
    addEmptyGeo(row);
    addEmptyGeo(row);
    Location location = event.location();
    if (location == null) {
      addEmptyGeo(row);
    } else {
      boolean point = location.lat() != null && location.lon() != null;
      row.add(point ? "4" : null);
      row.add(location.name());
      row.add(null);
      row.add(null);
      row.add(null);
      row.add(location.lat() == null ? null : number(location.lat()));
      row.add(location.lon() == null ? null : number(location.lon()));
      row.add(null);
    }
    row.add(summary.firstSeen() == null ? null : summary.firstSeen().replace("-", "") + "000000");
    row.add(summary.documentUrl());
    return row;
  }

  private static void addActor(List<String> row, ActorRef actor) {
    row.add(actor == null ? null : actor.code());
    row.add(actor == null ? null : actor.name().toUpperCase(Locale.ROOT));
    row.add(actor == null ? null : actor.country());
    for (int i = 0; i < 4; i++) {
      row.add(null);
    }
    String type = actor == null || actor.code() == null || actor.country() == null || !actor.code().startsWith(actor.country())
        || actor.code().length() < actor.country().length() + 3 ? null : actor.code().substring(actor.country().length(), actor.country().length() + 3);
    row.add(type);
    row.add(null);
    row.add(null);
  }

  private static void addEmptyGeo(List<String> row) {
    for (int i = 0; i < 8; i++) {
      row.add(null);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
