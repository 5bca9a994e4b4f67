package org.dyad.store;

import org.dyad.model.Event;

/**
 * One real-world event after merging its reports.
 *
 * @param id store-wide event id
 * @param event the record event of its first report (codes, evidence, date, place); its
 *     {@code source}/{@code target} are that document's local actor ids, see {@link #source()}
 * @param source the source actor across documents, or null
 * @param target the target actor across documents, or null
 * @param day the day the event is placed on: its own date's first day, else the first report's publication day; may be null
 * @param firstSeen when it was first reported (publication day, else the day it was ingested)
 * @param mentions reports of it (event mentions)
 * @param articles documents reporting it
 * @param sources distinct outlets reporting it
 * @param documentId the document of the first report
 * @param documentUrl the first report's URL, else the path or address it was read from
 */
public record EventSummary(
    long id, Event event, ActorRef source, ActorRef target, String day, String firstSeen,
    int mentions, int articles, int sources, String documentId, String documentUrl) {}
