package org.dyad.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state of a feed follower, kept in the store so that a follower stopped (or killed) at any
 * moment resumes where it was: per feed its validators, health and next due time; per item
 * whether it was stored. An item is recorded as pending, with its content, in the same
 * transaction as the feed's new validators, so a restart neither refetches the feed nor loses
 * the item.
 */
public interface FeedStore {

  /** A feed to follow. @param title its title in the list, or null */
  record Listed(String url, String title, String listedIn) {}

  /**
   * Follows these feeds: new ones are due at {@code now}; ones already known keep their state (and
   * become active again); known feeds missing from {@code feeds} become inactive.
   *
   * @return how many feeds were new
   */
  int follow(List<Listed> feeds, Instant now);

  /** Every feed, active first, then by URL. */
  List<FeedState> followed();

  Optional<FeedState> feed(String url);

  /** Active feeds due at {@code now}, earliest first. */
  List<FeedState> due(Instant now);

  /** When the next active feed is due, if any. */
  Optional<Instant> nextDue();

  /** When a feed was last fetched (any feed, any outcome), if ever: it changes whenever a follower works. */
  Optional<Instant> lastFetch();

  /**
   * Records a fetch, and the feed's items not seen before as pending, in one transaction.
   *
   * @param items the feed's current items when it was updated (empty otherwise)
   * @return how many of the items were new
   */
  int recordFetch(String url, FeedFetch fetch, List<FeedItemRecord> items);

  /** Items waiting for their document, oldest first. */
  List<PendingItem> pending(int limit);

  /** The item's fate. */
  enum ItemOutcome {
    /** its document was stored */
    STORED,
    /** the same document (same text) was already stored, from this or another URL */
    DUPLICATE,
    /** it will not be read: robots.txt, a refused address, no article, too many failures */
    SKIPPED,
    /** it failed and stays pending for another attempt */
    RETRY
  }

  /**
   * Records what became of a pending item.
   *
   * @param documentId the document it gave (stored or duplicate), or null
   * @param error why it was skipped or failed, or null
   */
  void finishItem(String feedUrl, String key, ItemOutcome outcome, String documentId, String error);

  /** The document already made from another item with this link (a story in two feeds), if any. */
  Optional<String> documentOfLink(String link);

  /** A stored document's URL, if it is stored and has one. */
  Optional<String> documentUrl(String documentId);
}
