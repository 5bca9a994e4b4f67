/**
 * Following feeds as news breaks, and watching the events they bring: {@link org.dyad.app.live.Follower}
 * runs passes over the feeds that are due (conditional fetches, new items only, documents through
 * the pipeline into the store), {@link org.dyad.app.live.WatchEvaluator} turns new events into
 * alerts by each watch's rule ({@link org.dyad.app.live.ShiftRule} for shifts), and alerts go to
 * JSON Lines, a webhook and the server's live stream. State is in the store; time comes from a
 * {@link java.time.Clock} so tests can drive it.
 */
package org.dyad.app.live;
