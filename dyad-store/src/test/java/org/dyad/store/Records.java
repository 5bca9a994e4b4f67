package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/** Hand-built document records for store tests. */
final class Records {

  private final String id;
  private final String outlet;
  private final String published;
  private final List<Actor> actors = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Amount> amounts = new ArrayList<>();

  private Records(String id, String outlet, String published) {
    this.id = id;
    this.outlet = outlet;
    this.published = published;
  }

  static Records document(String id, String outlet, String published) {
    return new Records(id, outlet, published);
  }

  Records country(String localId, String name, String iso) {
    actors.add(new Actor(localId, name, List.of(), "country", iso, null, iso, null, List.of(new Span(0, name.length(), name))));
    return this;
  }

  Records person(String localId, String name, String iso, String role, String... aliases) {
    actors.add(new Actor(localId, name, List.of(aliases), "person", iso, "GOV", iso + "GOV", role, List.of(new Span(0, 1, name))));
    return this;
  }

  Records event(String localId, String cameo, int quadClass, double goldstein, String source, String target, String date,
      String place, String placeCountry, String evidence) {
    return event(localId, cameo, quadClass, goldstein, source, target, date, place, placeCountry, evidence, 0.8);
  }

  Records event(String localId, String cameo, int quadClass, double goldstein, String source, String target, String date,
      String place, String placeCountry, String evidence, double confidence) {
    Location location = place == null ? null : new Location(place, placeCountry, null, null);
    events.add(new Event(localId, cameo, "name of " + cameo, cameo.startsWith("04") ? "CONSULT" : "OTHER", quadClass, goldstein,
        source, target, new Span(0, 3, "met"), false, "asserted", date, date, location, 0,
        new Span(0, evidence.length(), evidence), confidence, "test"));
    return this;
  }

  /** An event at a resolved place (coordinates, division, GeoNames id, precision). */
  Records placedEvent(String localId, String cameo, String source, String target, String date, Location location,
      String evidence) {
    events.add(new Event(localId, cameo, "name of " + cameo, "OTHER", 4, -10, source, target, new Span(0, 3, "hit"), false,
        "asserted", date, date, location, 0, new Span(0, evidence.length(), evidence), 0.8, "test"));
    return this;
  }

  Records quote(String localId, String speaker, String text) {
    quotes.add(new Quote(localId, "direct", text, speaker, "said", 0, text.length()));
    return this;
  }

  Records amount(String text, double value, String unit) {
    amounts.add(Amount.of(text, value, unit, 0, text.length()));
    return this;
  }

  DocumentRecord build() {
    String text = "Text of document " + id + ".";
    DocumentInfo info = new DocumentInfo(id, "/corpus/" + id + ".txt", null, "Title " + id, List.of(), published, outlet, "en",
        text, List.of());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, actors, events, quotes, amounts, List.of());
  }
}
