/** The event store: documents, actors, events with their mentions, quotes and amounts; SQLite and PostgreSQL. */
package org.dyad.store;
