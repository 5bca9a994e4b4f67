package org.dyad.pipeline.source;

import java.time.LocalDate;

/**
 * One item of a followed feed.
 *
 * @param key what identifies the item within its feed across fetches: its guid or id, else its
 *     link, else a hash of its title and content
 * @param link the item's page (absolute), or null
 * @param title the item's title, or null
 * @param published the item's publication date, or null
 * @param contentHtml the item's own full content when it carries enough text to be coded without
 *     fetching its page, else null
 */
public record FeedItem(String key, String link, String title, LocalDate published, String contentHtml) {

  public FeedItem {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a feed item needs a key");
    }
  }
}
