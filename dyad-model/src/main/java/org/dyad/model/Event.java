package org.dyad.model;

/**
 * One coded event. {@code source}/{@code target} are actor ids; {@code date} is when the event
 * happens (TIMEX precision: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY) or null, never silently the
 * publication date.
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
    String rule) {}
