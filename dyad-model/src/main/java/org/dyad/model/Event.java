package org.dyad.model;

/**
 * One coded event. {@code source}/{@code target} are actor ids; {@code date} is when the event
 * happens (TIMEX precision: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY) or null, never silently the
 * publication date.
 *
 * <p>{@code sourceCode}/{@code targetCode} are the CAMEO-style codes of the source and target
 * actors on the event's own date ({@code date} when set, else the publication date): a person's
 * dated roles (a leader until a date, an elite after it) apply by when the event happens, while
 * the actor's {@code code} is its code on the publication date. Null when the actor (or its code)
 * is unknown.
 *
 * <p>{@code sourcePlace}/{@code targetPlace} are where the source and target actors are tied to (a
 * country's own point, a governor's province; GDELT's Actor1Geo/Actor2Geo), or null.
 */
public record Event(
    String id,
    String cameo,
    String cameoName,
    String plover,
    int quadClass,
    double goldstein,
    String source,
    String target,
    Span trigger,
    boolean negated,
    String modality,
    String date,
    String dateText,
    Location location,
    int sentence,
    Span evidence,
    double confidence,
    String rule,
    String sourceCode,
    String targetCode,
    Location sourcePlace,
    Location targetPlace) {

  /** An event whose actors' dated codes are not filled in yet (null {@code sourceCode}, {@code targetCode}). */
  public Event(String id, String cameo, String cameoName, String plover, int quadClass, double goldstein,
      String source, String target, Span trigger, boolean negated, String modality, String date, String dateText,
      Location location, int sentence, Span evidence, double confidence, String rule) {
    this(id, cameo, cameoName, plover, quadClass, goldstein, source, target, trigger, negated, modality, date, dateText,
        location, sentence, evidence, confidence, rule, null, null, null, null);
  }

  /** An event whose actors' places are not filled in yet. */
  public Event(String id, String cameo, String cameoName, String plover, int quadClass, double goldstein,
      String source, String target, Span trigger, boolean negated, String modality, String date, String dateText,
      Location location, int sentence, Span evidence, double confidence, String rule, String sourceCode, String targetCode) {
    this(id, cameo, cameoName, plover, quadClass, goldstein, source, target, trigger, negated, modality, date, dateText,
        location, sentence, evidence, confidence, rule, sourceCode, targetCode, null, null);
  }

  /** This event at another place (null: none). */
  public Event withLocation(Location newLocation) {
    return new Event(id, cameo, cameoName, plover, quadClass, goldstein, source, target, trigger, negated, modality,
        date, dateText, newLocation, sentence, evidence, confidence, rule, sourceCode, targetCode, sourcePlace, targetPlace);
  }

  /** This event with the places its source and target are tied to. */
  public Event withActorPlaces(Location newSourcePlace, Location newTargetPlace) {
    return new Event(id, cameo, cameoName, plover, quadClass, goldstein, source, target, trigger, negated, modality,
        date, dateText, location, sentence, evidence, confidence, rule, sourceCode, targetCode, newSourcePlace, newTargetPlace);
  }

  /** This event with the codes its source and target have on the event's date. */
  public Event withActorCodes(String newSourceCode, String newTargetCode) {
    return new Event(id, cameo, cameoName, plover, quadClass, goldstein, source, target, trigger, negated, modality,
        date, dateText, location, sentence, evidence, confidence, rule, newSourceCode, newTargetCode, sourcePlace, targetPlace);
  }
}
