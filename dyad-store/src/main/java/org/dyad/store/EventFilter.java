package org.dyad.store;

import java.time.LocalDate;

/**
 * Which events (or quotes) to return. Every field is optional (null = no constraint).
 *
 * @param actor either actor: a 3-letter country or CAMEO code prefix in upper case ("RUS", "RUSGOV"),
 *     "#12" for exactly the stored actor with id 12, otherwise a part of its name or an alias
 *     ("Putin"); for quotes, the speaker
 * @param country either actor's ISO alpha-3 country (for quotes, the speaker's)
 * @param cameo a CAMEO code or its prefix: "04" (root) or "042"
 * @param plover a PLOVER type (CONSULT)
 * @param quadClass 1 to 4
 * @param from first day (inclusive) of the event's day
 * @param to last day (inclusive)
 * @param text words the evidence sentence (or quote) must contain (full-text search)
 * @param documentId events reported in this document
 * @param minConfidence events whose confidence (the highest of their reports') is at least this
 *     (0 to 1); null for every stored event
 * @param limit at most this many rows (default 100)
 * @param offset rows to skip (paging)
 * @param where where the events happened ({@link Where}), or null for anywhere
 */
public record EventFilter(
    String actor, String country, String cameo, String plover, Integer quadClass,
    LocalDate from, LocalDate to, String text, String documentId, Double minConfidence, int limit, int offset,
    Where where) {

  /**
   * Where events happened; every field optional.
   *
   * @param lat with {@code lon} and {@code km}: events placed within {@code km} kilometres of this
   *     point (equirectangular distance from it, exact enough up to a few hundred km)
   * @param adm1 events placed in this first-order division, as GeoNames keys it ("US.TX", "UA.07")
   * @param place events placed at a place of this name (any case) or, all digits, this GeoNames id
   */
  public record Where(Double lat, Double lon, Double km, String adm1, String place) {

    public Where {
      if ((lat == null) != (lon == null) || (lat == null) != (km == null)) {
        throw new IllegalArgumentException("a place filter near a point needs its latitude, longitude and distance");
      }
      if (lat != null && (lat.isNaN() || lat < -90 || lat > 90 || lon.isNaN() || lon < -180 || lon > 180)) {
        throw new IllegalArgumentException("latitude is -90 to 90 and longitude -180 to 180, was " + lat + "," + lon);
      }
      if (km != null && (km.isNaN() || km <= 0 || km > 20_000)) {
        throw new IllegalArgumentException("a distance is more than 0 and at most 20,000 km, was " + km);
      }
      adm1 = adm1 == null || adm1.isBlank() ? null : adm1.strip();
      place = place == null || place.isBlank() ? null : place.strip();
    }

    /** Whether it constrains anything. */
    public boolean any() {
      return lat != null || adm1 != null || place != null;
    }
  }

  public static final int DEFAULT_LIMIT = 100;

  public EventFilter {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("QuadClass is 1 to 4, was " + quadClass);
    }
    if (minConfidence != null && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
      throw new IllegalArgumentException("a minimum confidence is 0 to 1, was " + minConfidence);
    }
    actor = blankToNull(actor);
    country = blankToNull(country);
    cameo = blankToNull(cameo);
    plover = blankToNull(plover);
    text = blankToNull(text);
    documentId = blankToNull(documentId);
    where = where == null || !where.any() ? null : where;
  }

  /** A filter of any place. */
  public EventFilter(String actor, String country, String cameo, String plover, Integer quadClass,
      LocalDate from, LocalDate to, String text, String documentId, Double minConfidence, int limit, int offset) {
    this(actor, country, cameo, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset, null);
  }

  /** A filter without a minimum confidence. */
  public EventFilter(String actor, String country, String cameo, String plover, Integer quadClass,
      LocalDate from, LocalDate to, String text, String documentId, int limit, int offset) {
    this(actor, country, cameo, plover, quadClass, from, to, text, documentId, null, limit, offset);
  }

  /** No constraint, the default limit. */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
  }

  public EventFilter withActor(String value) {
    return new EventFilter(value, country, cameo, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withCountry(String value) {
    return new EventFilter(actor, value, cameo, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withCameo(String value) {
    return new EventFilter(actor, country, value, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withPlover(String value) {
    return new EventFilter(actor, country, cameo, value, quadClass, from, to, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withQuadClass(Integer value) {
    return new EventFilter(actor, country, cameo, plover, value, from, to, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withDates(LocalDate first, LocalDate last) {
    return new EventFilter(actor, country, cameo, plover, quadClass, first, last, text, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withText(String value) {
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, value, documentId, minConfidence, limit, offset, where);
  }

  public EventFilter withDocument(String value) {
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, text, value, minConfidence, limit, offset, where);
  }

  public EventFilter withMinConfidence(Double value) {
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, text, documentId, value, limit, offset, where);
  }

  public EventFilter withPage(int newLimit, int newOffset) {
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, text, documentId, minConfidence, newLimit, newOffset, where);
  }

  public EventFilter withWhere(Where value) {
    return new EventFilter(actor, country, cameo, plover, quadClass, from, to, text, documentId, minConfidence, limit, offset, value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
