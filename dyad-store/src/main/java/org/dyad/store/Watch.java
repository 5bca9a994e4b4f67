package org.dyad.store;

/**
 * A saved filter with a rule: the analyst is told when its events arrive or shift.
 *
 * @param id its id
 * @param name what the analyst called it
 * @param filter which events it looks at
 * @param rule when it fires
 * @param created when it was added (ISO-8601)
 * @param lastEventId the last event id it has looked at (events are numbered as they are stored)
 */
public record Watch(long id, String name, WatchFilter filter, WatchRule rule, String created, long lastEventId) {}
