package org.dyad.app;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.store.ActorRef;
import org.dyad.store.ActorSummary;
import org.dyad.store.DocumentJson;
import org.dyad.store.DyadPeriod;
import org.dyad.store.EventSummary;
import org.dyad.store.QuoteSummary;

/** Store results as rows of named columns, the shape query and export print. */
final class StoreRows {

  static final List<String> EVENT_TABLE = List.of("id", "day", "cameo", "plover", "quadClass", "goldstein", "source", "target",
      "mentions", "sources", "evidence");
  static final List<String> ACTOR_TABLE = List.of("id", "name", "kind", "country", "code", "documents", "mentions", "events",
      "firstSeen", "lastSeen");
  static final List<String> QUOTE_TABLE = List.of("id", "published", "speaker", "kind", "text");
  static final List<String> DYAD_TABLE = List.of("period", "q1", "q2", "q3", "q4", "events", "mentions", "meanGoldstein", "sources");

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private StoreRows() {}

  /**
   * The record's event fields (as in the document record of its first report), with {@code id}
   * the store-wide event id, {@code source}/{@code target} the actors' canonical names, and the
   * merge counts: mentions, articles, sources, firstSeen.
   */
  static Map<String, Object> event(EventSummary summary) {
    Event event = summary.event();
    LinkedHashMap<String, Object> row = DocumentJson.mapper().convertValue(event, MAP);
    LinkedHashMap<String, Object> result = new LinkedHashMap<>();
    result.put("id", summary.id());
    result.put("day", summary.day());
    row.remove("id");
    result.putAll(row);
    result.put("source", summary.source() == null ? null : summary.source().name());
    result.put("target", summary.target() == null ? null : summary.target().name());
    result.put("sourceActor", actor(summary.source()));
    result.put("targetActor", actor(summary.target()));
    result.put("mentions", summary.mentions());
    result.put("articles", summary.articles());
    result.put("sources", summary.sources());
    result.put("firstSeen", summary.firstSeen());
    result.put("documentId", summary.documentId());
    result.put("documentEventId", event.id());
    return result;
  }

  /** A flat event row for CSV export: scalar columns only. */
  static Map<String, Object> flatEvent(EventSummary summary) {
    Event event = summary.event();
    LinkedHashMap<String, Object> row = new LinkedHashMap<>();
    row.put("id", summary.id());
    row.put("day", summary.day());
    row.put("date", event.date());
    row.put("dateText", event.dateText());
    row.put("cameo", event.cameo());
    row.put("cameoName", event.cameoName());
    row.put("plover", event.plover());
    row.put("quadClass", event.quadClass());
    row.put("goldstein", event.goldstein());
    row.put("sourceName", summary.source() == null ? null : summary.source().name());
    row.put("sourceCode", summary.source() == null ? null : summary.source().code());
    row.put("sourceCountry", summary.source() == null ? null : summary.source().country());
    row.put("targetName", summary.target() == null ? null : summary.target().name());
    row.put("targetCode", summary.target() == null ? null : summary.target().code());
    row.put("targetCountry", summary.target() == null ? null : summary.target().country());
    row.put("negated", event.negated());
    row.put("modality", event.modality());
    row.put("locationName", event.location() == null ? null : event.location().name());
    row.put("locationCountry", event.location() == null ? null : event.location().country());
    row.put("lat", event.location() == null ? null : event.location().lat());
    row.put("lon", event.location() == null ? null : event.location().lon());
    row.put("evidence", event.evidence() == null ? null : event.evidence().text());
    row.put("confidence", event.confidence());
    row.put("rule", event.rule());
    row.put("mentions", summary.mentions());
    row.put("articles", summary.articles());
    row.put("sources", summary.sources());
    row.put("firstSeen", summary.firstSeen());
    row.put("documentId", summary.documentId());
    return row;
  }

  static Map<String, Object> actor(ActorRef actor) {
    if (actor == null) {
      return null;
    }
    LinkedHashMap<String, Object> row = new LinkedHashMap<>();
    row.put("id", actor.id());
    row.put("name", actor.name());
    row.put("code", actor.code());
    row.put("country", actor.country());
    row.put("kind", actor.kind());
    return row;
  }

  static Map<String, Object> actor(ActorSummary actor) {
    LinkedHashMap<String, Object> row = new LinkedHashMap<>();
    row.put("id", actor.id());
    row.put("name", actor.name());
    row.put("kind", actor.kind());
    row.put("country", actor.country());
    row.put("sector", actor.sector());
    row.put("code", actor.code());
    row.put("documents", actor.documents());
    row.put("mentions", actor.mentions());
    row.put("events", actor.events());
    row.put("firstSeen", actor.firstSeen());
    row.put("lastSeen", actor.lastSeen());
    return row;
  }

  static Map<String, Object> quote(QuoteSummary quote) {
    LinkedHashMap<String, Object> row = new LinkedHashMap<>();
    row.put("id", quote.id());
    row.put("kind", quote.quote().kind());
    row.put("text", quote.quote().text());
    row.put("speaker", quote.speaker() == null ? null : quote.speaker().name());
    row.put("speakerActor", actor(quote.speaker()));
    row.put("cue", quote.quote().cue());
    row.put("start", quote.quote().start());
    row.put("end", quote.quote().end());
    row.put("published", quote.published());
    row.put("documentId", quote.documentId());
    row.put("title", quote.title());
    return row;
  }

  static Map<String, Object> period(DyadPeriod period) {
    LinkedHashMap<String, Object> row = new LinkedHashMap<>();
    row.put("period", period.period());
    row.put("q1", period.q1());
    row.put("q2", period.q2());
    row.put("q3", period.q3());
    row.put("q4", period.q4());
    row.put("events", period.events());
    row.put("mentions", period.mentions());
    row.put("meanGoldstein", period.meanGoldstein());
    row.put("sources", period.sources());
    return row;
  }
}
