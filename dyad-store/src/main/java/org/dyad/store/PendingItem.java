package org.dyad.store;

/**
 * A feed item seen but not yet stored (or failed for good).
 *
 * @param feedUrl the feed it came from
 * @param item the item
 * @param attempts how many times making its document failed so far
 * @param retrieved when its feed was fetched
 */
public record PendingItem(String feedUrl, FeedItemRecord item, int attempts, String retrieved) {}
