package org.dyad.store;

/**
 * A followed feed and its health, as the follower left it. Times are ISO-8601 instants in UTC
 * ({@code 2024-03-04T10:15:00.000Z}), null when it never happened.
 *
 * @param url the feed's URL as listed
 * @param title its title (from the list, else from the feed), or null
 * @param listedIn the argument or list that named it
 * @param added when it was first followed
 * @param active false when no current source list names it (kept with its history, not fetched)
 * @param etag the validator sent as If-None-Match, or null
 * @param lastModified the validator sent as If-Modified-Since, or null
 * @param lastFetch when it was last fetched (whatever the outcome)
 * @param lastSuccess when it last answered with a feed or a 304
 * @param lastStatus "updated", "not-modified" or "failed" (null before the first fetch)
 * @param lastError what went wrong the last time it failed, or null after a success
 * @param consecutiveFailures failures since the last success (the back-off grows with them)
 * @param fetches fetches so far
 * @param notModified fetches answered 304
 * @param failures fetches that failed
 * @param itemsSeen distinct items seen in it
 * @param documents new documents stored from its items
 * @param nextDue when it is fetched next
 */
public record FeedState(
    String url, String title, String listedIn, String added, boolean active, String etag, String lastModified,
    String lastFetch, String lastSuccess, String lastStatus, String lastError, int consecutiveFailures, long fetches,
    long notModified, long failures, long itemsSeen, long documents, String nextDue) {}
