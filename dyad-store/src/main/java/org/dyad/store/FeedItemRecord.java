package org.dyad.store;

/**
 * A feed item as the follower keeps it until it is stored: enough to make its document again
 * after a restart without fetching the feed.
 *
 * @param key its identity within the feed (guid, id, link or a hash)
 * @param link its page, or null
 * @param title its title, or null
 * @param published its publication day (YYYY-MM-DD), or null
 * @param content its own full content (HTML) when it carries enough to be coded, else null
 */
public record FeedItemRecord(String key, String link, String title, String published, String content) {}
