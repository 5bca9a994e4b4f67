package org.dyad.store;

/**
 * Events between two actors in one period.
 *
 * @param period "2021-10-20", "2021-W42", "2021-10", "2021" or "undated"
 * @param meanGoldstein null when there are no events
 * @param sources distinct outlets reporting these events
 */
public record DyadPeriod(String period, int q1, int q2, int q3, int q4, int events, int mentions, Double meanGoldstein, int sources) {}
