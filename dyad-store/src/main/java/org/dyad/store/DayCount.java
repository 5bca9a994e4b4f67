package org.dyad.store;

/**
 * Events of one day matching a filter.
 *
 * @param day YYYY-MM-DD
 * @param events how many
 * @param meanGoldstein their mean Goldstein score
 */
public record DayCount(String day, int events, double meanGoldstein) {}
