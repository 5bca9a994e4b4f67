package org.dyad.store;

/**
 * Events of one day matching a filter.
 *
 * @param day YYYY-MM-DD
 * @param events how many
 * @param meanGoldstein their mean Goldstein score
 * @param meanSquareGoldstein the mean of their squared Goldstein scores (for the spread of the scores)
 */
public record DayCount(String day, int events, double meanGoldstein, double meanSquareGoldstein) {}
