/**
 * The HTTP server: the REST API under {@code /api} (described by {@code /api/openapi.json}) and the
 * web UI served from the jar. Reads are open; writes need the API token. Listens on 127.0.0.1
 * unless told otherwise. {@code /api/live} streams server-sent events when the store changes, so
 * open pages refresh as a follower brings events.
 */
package org.dyad.app.server;
