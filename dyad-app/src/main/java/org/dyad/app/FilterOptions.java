package org.dyad.app;

import java.time.LocalDate;
import org.dyad.store.EventFilter;
import picocli.CommandLine.Option;

/** Filters shared by query and export: actor, country, codes, dates, words. */
final class FilterOptions {

  @Option(names = "--actor", paramLabel = "NAME|CODE", description = "either actor: part of a name or alias (Putin), or a country/actor code (RUS, RUSGOV)")
  String actor;

  @Option(names = "--country", paramLabel = "ISO3", description = "either actor's country (ISO 3166-1 alpha-3)")
  String country;

  @Option(names = "--cameo", paramLabel = "CODE", description = "a CAMEO code or root: 04, 042")
  String cameo;

  @Option(names = "--plover", paramLabel = "TYPE", description = "a PLOVER type: CONSULT, ACCUSE, …")
  String plover;

  @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
  Integer quadClass;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
  LocalDate to;

  @Option(names = "--text", paramLabel = "WORDS", description = "words the evidence sentence (or quote) contains (full-text search)")
  String text;

  @Option(names = "--document", paramLabel = "ID", description = "events reported in this document")
  String documentId;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "events whose confidence is at least P (0 to 1; default: every stored event: ingest keeps those of at least "
          + org.dyad.model.Confidence.DEFAULT_MINIMUM + " unless told otherwise)")
  Double minConfidence;

  @Option(names = "--near", paramLabel = "LAT,LON", description = "events placed within --km of this point (decimal degrees)")
  String near;

  @Option(names = "--km", paramLabel = "N", description = "the radius around --near in kilometres (default 50)")
  Double km;

  @Option(names = "--adm1", paramLabel = "NAME|CODE",
      description = "events placed in this first-order division: a name (Texas, Kharkiv Oblast) or GeoNames code (US.TX)")
  String adm1;

  @Option(names = "--place", paramLabel = "NAME|ID", description = "events placed at this place: its name (Kharkiv) or GeoNames id")
  String place;

  EventFilter toFilter(int limit, int offset) {
    if (limit < 1) {
      throw new UserException("--limit must be at least 1");
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new UserException("--quad is 1, 2, 3 or 4");
    }
    if (cameo != null && !cameo.matches("\\d{2,4}")) {
      throw new UserException("--cameo takes a CAMEO code or root of 2 to 4 digits (04, 042), not " + cameo);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new UserException("--from " + from + " is after --to " + to);
    }
    if (minConfidence != null && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
      throw new UserException("--min-confidence is a number from 0 to 1, not " + minConfidence);
    }
    EventFilter.Where where;
    try {
      where = PlaceQuery.parse(near, km, adm1, place);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new UserException(message.startsWith("near") || message.startsWith("km") ? "--" + message
          : "--near/--adm1/--place: " + message);
    }
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset,
        where);
  }
}
