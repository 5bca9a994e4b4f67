package org.dyad.model;

/**
 * A toponym of the document ({@code locations} in the record): where the text names a place, and
 * the place it resolved to in Dyad's gazetteer (GeoNames).
 *
 * @param span the stretch of {@code document.text} that names the place
 * @param name the place's name in the gazetteer ("Kyiv" for "Kiev")
 * @param geonameId its GeoNames id, or null (a place the project's own tables add, such as a region)
 * @param country ISO 3166-1 alpha-3, or null (a continent, a sea)
 * @param adm1 its first-order division as GeoNames keys it ("US.TX"), or null
 * @param featureClass GeoNames feature class: P populated place, A country or division, L region or continent
 * @param featureCode GeoNames feature code: PPLC, PPLA, PPL, ADM1, ADM2, PCLI, CONT, RGN, ...
 * @param precision city, adm1, country or region
 * @param resolvedBy how the reading was chosen (country name, only reading, context country,
 *     context division, nearby place, qualifier, feature asked, population, place named nearby ...)
 */
public record LocationMention(
    Span span,
    String name,
    Integer geonameId,
    Double lat,
    Double lon,
    String country,
    String adm1,
    String featureClass,
    String featureCode,
    String precision,
    String resolvedBy) {}
