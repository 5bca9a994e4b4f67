package org.dyad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.pipeline.geo.GeoGazetteer;
import org.dyad.pipeline.geo.GeoPlace;
import org.dyad.store.ActorRef;
import org.dyad.store.EventSummary;

/**
 * One event as a row of the GDELT 2.0 Event table: its 61 columns in their documented order,
 * empty where Dyad has no value (ethnic, religion and known-group codes, tone, ADM2 codes).
 *
 * <p>The geography (the ActionGeo_ columns from the event's place, the Actor1Geo_ and Actor2Geo_ ones from the places
 * its actors are tied to) follows GDELT's conventions: Type 1 country, 2 US state, 3 US city, 4
 * world city, 5 world state (ADM1); FullName "place, division, country"; CountryCode the FIPS
 * 10-4 code; ADM1Code FIPS country code + the GeoNames admin1 code (GeoNames keeps FIPS division
 * codes for most countries: "UP07" for Kharkiv Oblast, "USTX" for Texas); FeatureID the GeoNames
 * id (GDELT's own are GNS/GNIS ids), or the FIPS country code for a country.
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
    addGeo(row, event.sourcePlace());
    addGeo(row, event.targetPlace());
    addGeo(row, event.location());
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

  /** The eight Geo_ columns of one place (all empty for none). */
  static void addGeo(List<String> row, Location place) {
    if (place == null || place.name() == null && place.lat() == null) {
      for (int i = 0; i < 8; i++) {
        row.add(null);
      }
      return;
    }
    GeoGazetteer gazetteer = GeoGazetteer.shared();
    String fips = place.country() == null ? null : gazetteer.fips(place.country());
    String precision = place.precision();
    boolean us = "USA".equals(place.country());
    String type = null;
    if ("country".equals(precision)) {
      type = "1";
    } else if ("adm1".equals(precision)) {
      type = us ? "2" : "5";
    } else if ("city".equals(precision) || precision == null && place.lat() != null) {
      type = us ? "3" : "4";
    }
    String adm1Code = place.adm1() == null || fips == null ? null : fips + place.adm1().substring(place.adm1().indexOf('.') + 1);
    row.add(type);
    row.add(fullName(place, gazetteer));
    row.add(fips);
    row.add("country".equals(precision) ? fips : adm1Code);
    row.add(null);
    row.add(place.lat() == null ? null : number(place.lat()));
    row.add(place.lon() == null ? null : number(place.lon()));
    row.add("country".equals(precision) ? fips : place.geonameId() == null ? null : String.valueOf(place.geonameId()));
  }

  /** "Kharkiv, Kharkiv Oblast, Ukraine": the place, its division and its country, as GDELT writes them. */
  private static String fullName(Location place, GeoGazetteer gazetteer) {
    StringBuilder name = new StringBuilder(place.name() == null ? "" : place.name());
    if ("country".equals(place.precision()) || place.country() == null) {
      return name.toString();
    }
    if (place.adm1() != null && !"adm1".equals(place.precision())) {
      GeoPlace division = gazetteer.adm1(place.country(), place.adm1().substring(place.adm1().indexOf('.') + 1));
      if (division != null && !division.name().equals(place.name())) {
        name.append(", ").append(division.name());
      }
    }
    GeoPlace country = gazetteer.country(place.country());
    if (country != null) {
      name.append(", ").append(country.name());
    }
    return name.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
