/**
 * The event store: documents (their full record JSON), actors across documents (with aliases and
 * dated roles), events merged across reports with their mentions, quotes, amounts and failures;
 * SQLite (WAL, FTS5) or PostgreSQL behind {@link org.dyad.store.Store}, one transaction per
 * document, versioned migrations. A follower's feed state ({@link org.dyad.store.FeedStore}) and the
 * watches with their alerts ({@link org.dyad.store.WatchStore}) live in the same store. Depends
 * only on {@code dyad-model}.
 */
package org.dyad.store;
