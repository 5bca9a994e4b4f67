package org.dyad.store;

/**
 * An event on the map: where it happened and enough to label it.
 *
 * @param id store-wide event id
 * @param precision city, adm1, country or region
 * @param day the day it is placed on, or null
 * @param source the source actor's name, or null
 * @param target the target actor's name, or null
 * @param mentions reports of it
 */
public record EventPoint(long id, double lat, double lon, String place, String precision, String cameo, int quadClass,
    String day, String source, String target, int mentions) {}
