package org.dyad.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.pipeline.Pipeline;

/**
 * Synthetic document records for load and memory tests: country actors, events between them with
 * distinct CAMEO roots, evidence sentences of random words (so reports of different documents do
 * not merge) and one quote per document. Deterministic for a seed.
 */
final class SyntheticRecords {

  static final String[][] COUNTRIES = {
      {"RUS", "Russia"}, {"AFG", "Afghanistan"}, {"USA", "United States"}, {"CHN", "China"}, {"IND", "India"},
      {"PAK", "Pakistan"}, {"IRN", "Iran"}, {"TUR", "Turkey"}, {"UKR", "Ukraine"}, {"FRA", "France"},
      {"DEU", "Germany"}, {"GBR", "United Kingdom"}, {"JPN", "Japan"}, {"BRA", "Brazil"}, {"EGY", "Egypt"},
      {"ISR", "Israel"}, {"SAU", "Saudi Arabia"}, {"NGA", "Nigeria"}, {"KAZ", "Kazakhstan"}, {"QAT", "Qatar"}};

  private static final String[][] CAMEO = {
      {"010", "Make statement", "MAKE_STATEMENT", "1", "0.0"}, {"020", "Appeal", "APPEAL", "1", "3.0"},
      {"036", "Express intent to meet", "EXPRESS_INTENT", "1", "4.0"}, {"042", "Make a visit", "CONSULT", "1", "1.9"},
      {"051", "Praise", "SUPPORT", "1", "3.4"}, {"061", "Cooperate economically", "COOPERATE", "2", "6.4"},
      {"071", "Provide economic aid", "AID", "2", "7.4"}, {"080", "Yield", "YIELD", "2", "5.0"},
      {"090", "Investigate", "INVESTIGATE", "3", "-2.0"}, {"111", "Criticize", "DISAPPROVE", "3", "-2.0"},
      {"120", "Reject", "REJECT", "3", "-4.0"}, {"130", "Threaten", "THREATEN", "3", "-4.4"},
      {"141", "Demonstrate", "PROTEST", "3", "-6.5"}, {"163", "Impose embargo", "SANCTION", "4", "-8.0"},
      {"172", "Impose restrictions", "SANCTION", "4", "-5.0"}, {"180", "Use violence", "ASSAULT", "4", "-9.0"},
      {"190", "Fight", "FIGHT", "4", "-10.0"}};

  private static final String[] WORDS = {
      "harbour", "council", "treaty", "pipeline", "grain", "border", "summit", "envoy", "tariff", "drone",
      "refugee", "vaccine", "election", "reactor", "ceasefire", "convoy", "budget", "satellite", "railway", "loan",
      "frontier", "delegation", "port", "fishery", "copper", "wheat", "parliament", "militia", "airport", "bridge"};

  private SyntheticRecords() {}

  /** Document {@code index} with about {@code eventsPerDocument} events (distinct actor pair and CAMEO root). */
  static DocumentRecord document(long index, int eventsPerDocument) {
    Random random = new Random(index * 7919 + 17);
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(index % 3650);
    StringBuilder text = new StringBuilder();
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < COUNTRIES.length; i++) {
      actors.add(new Actor("a" + (i + 1), COUNTRIES[i][1], List.of(), "country", COUNTRIES[i][0], null,
          COUNTRIES[i][0], "government", List.of()));
    }
    List<Event> events = new ArrayList<>();
    for (int e = 0; e < eventsPerDocument; e++) {
      int source = (int) ((e + index) % COUNTRIES.length);
      int target = (source + 1 + (e / COUNTRIES.length) % (COUNTRIES.length - 1)) % COUNTRIES.length;
      String[] cameo = CAMEO[(e / (COUNTRIES.length * (COUNTRIES.length - 1)) + (int) (index % CAMEO.length)) % CAMEO.length];
      int start = text.length();
      text.append(COUNTRIES[source][1]).append(' ').append("acted on the ");
      int triggerStart = start + COUNTRIES[source][1].length() + 1;
      for (int w = 0; w < 6; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1_000_000)).append(' ');
      }
      text.append("with ").append(COUNTRIES[target][1]).append(" in report ").append(index).append('.');
      int end = text.length();
      text.append(e % 5 == 4 ? "\n\n" : " ");
      events.add(new Event("e" + (e + 1), cameo[0], cameo[1], cameo[2], Integer.parseInt(cameo[3]),
          Double.parseDouble(cameo[4]), "a" + (source + 1), "a" + (target + 1),
          new Span(triggerStart, triggerStart + 5, "acted"), false, "asserted", day.toString(), null, null, e,
          new Span(start, end, text.substring(start, end)), 0.8, "synthetic"));
    }
    int quoteStart = text.length();
    text.append("\"We will continue the talks,\" the minister said in report ").append(index).append('.');
    Quote quote = new Quote("q1", "direct", "We will continue the talks,", "a1", "said", quoteStart + 1, quoteStart + 28);
    String body = text.toString();
    DocumentInfo info = new DocumentInfo(Pipeline.sha256(body), "synthetic/" + index + ".txt", null,
        "Report " + index, List.of(), day.toString(), "synthetic", "en", body, List.of());
    return new DocumentRecord(DocumentRecord.SCHEMA, info, actors, events, List.of(quote), List.of(), List.of());
  }
}
