package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.store.DocumentJson;
import org.dyad.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query and export on a store filled with hand-built records (no NLP). */
class StoreCommandsTest {

  @TempDir static Path folder;
  static Path database;

  @BeforeAll
  static void fillStore() {
    database = folder.resolve("commands.db");
    try (Store store = Store.open(database)) {
      store.add(record("d1", "tass.ru", "https://tass.ru/1", "2021-10-15", "043", 1, 2.8, "2021-10-20",
          "Russia will host talks with the Taliban delegation from Afghanistan in Moscow on October 20."));
      store.add(record("d2", "reuters.com", "https://reuters.com/2", "2021-10-16", "043", 1, 2.8, "2021-10-20",
          "Moscow will host a Taliban delegation from Afghanistan for talks on October 20, Russia said."));
      store.add(record("d3", "bbc.co.uk", null, "2021-12-02", "190", 4, -10, "2021-12-01",
          "Russian jets struck targets in Afghanistan, officials said."));
    }
  }

  static DocumentRecord record(String id, String outlet, String url, String published, String cameo, int quad, double goldstein,
      String date, String evidence) {
    List<Actor> actors = List.of(
        new Actor("a1", "Russia", List.of("Moscow"), "country", "RUS", "GOV", "RUSGOV", null, List.of(new Span(0, 6, "Russia"))),
        new Actor("a2", "Afghanistan", List.of(), "country", "AFG", null, "AFG", null, List.of(new Span(0, 11, "Afghanistan"))),
        new Actor("a3", "Maria Zakharova", List.of("Zakharova"), "person", "RUS", "GOV", "RUSGOV", "spokeswoman", List.of()));
    Location location = cameo.startsWith("04") ? new Location("Moscow", "RUS", 55.75, 37.62) : null;
    Event event = new Event("e1", cameo, "name", cameo.startsWith("04") ? "CONSULT" : "ASSAULT", quad, goldstein, "a1", "a2",
        new Span(0, 4, "host"), false, "asserted", date, "October 20", location, 0, new Span(0, evidence.length(), evidence), 0.9, "test");
    Quote quote = new Quote("q1", "direct", "We are ready to talk, " + id, "a3", "said", 0, 10);
    DocumentInfo info = new DocumentInfo(id, "/news/" + id + ".txt", url, "Title " + id, List.of(), published, outlet, "en", evidence, List.of());
    return new DocumentRecord(null, info, actors, List.of(event), List.of(quote), List.of(), List.of());
  }

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void queryEventsAsJsonCarriesTheRecordFieldsAndMentionCounts() throws Exception {
    Run run = run("query", "events", "--db", database.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode rows = DocumentJson.mapper().readTree(run.out());
    assertThat(rows.isArray()).isTrue();
    assertThat(rows).hasSize(2);
    JsonNode talks = rows.get(1);
    assertThat(talks.get("cameo").asText()).isEqualTo("043");
    assertThat(talks.get("quadClass").asInt()).isEqualTo(1);
    assertThat(talks.get("source").asText()).isEqualTo("Russia");
    assertThat(talks.get("trigger").get("text").asText()).isEqualTo("host");
    assertThat(talks.get("mentions").asInt()).isEqualTo(2);
    assertThat(talks.get("sources").asInt()).isEqualTo(2);
    assertThat(talks.get("articles").asInt()).isEqualTo(2);
  }

  @Test
  void queryEventsFiltersByTextAndCameoRoot() {
    Run text = run("query", "events", "--db", database.toString(), "--text", "jets", "--format", "csv");
    assertThat(text.out().lines().count()).isEqualTo(2);
    assertThat(text.out()).contains("Russian jets struck");
    Run root = run("query", "events", "--db", database.toString(), "--cameo", "04");
    assertThat(root.out()).contains("043").doesNotContain("190");
    Run bad = run("query", "events", "--db", database.toString(), "--cameo", "talks");
    assertThat(bad.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(bad.err()).contains("--cameo");
  }

  @Test
  void queryDyadPrintsOneRowPerMonth() {
    Run run = run("query", "dyad", "RUS", "AFG", "--by", "month", "--db", database.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("period").contains("q1", "q4", "meanGoldstein", "sources");
    assertThat(lines.get(2)).matches("2021-10\\s+1\\s+0\\s+0\\s+0\\s+1\\s+2\\s+2\\.8\\s+2");
    assertThat(lines.get(3)).matches("2021-12\\s+0\\s+0\\s+0\\s+1\\s+1\\s+1\\s+-10\\.0\\s+1");
  }

  @Test
  void queryActorsAndQuotes() {
    Run actors = run("query", "actors", "--db", database.toString(), "--format", "csv");
    assertThat(actors.out()).contains("Maria Zakharova").contains("Russia");
    Run quotes = run("query", "quotes", "--db", database.toString(), "--actor", "Zakharova", "--text", "d2");
    assertThat(quotes.out()).contains("We are ready to talk, d2").doesNotContain("talk, d1");
  }

  @Test
  void queryOnAMissingDatabaseSaysSo() {
    Run run = run("query", "events", "--db", folder.resolve("nothing.db").toString());
    assertThat(run.exit()).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(run.err()).contains("no such database");
  }

  @Test
  void exportsGdeltWithSixtyOneColumns() throws Exception {
    Path out = folder.resolve("events.tsv");
    Run run = run("export", "--format", "gdelt", "--out", out.toString(), "--db", database.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    String[] first = lines.get(0).split("\t", -1);
    assertThat(first).hasSize(61);
    assertThat(first[1]).isEqualTo("20211020");
    assertThat(first[2]).isEqualTo("202110");
    assertThat(first[5]).isEqualTo("RUSGOV");
    assertThat(first[6]).isEqualTo("RUSSIA");
    assertThat(first[7]).isEqualTo("RUS");
    assertThat(first[12]).isEqualTo("GOV");
    assertThat(first[26]).isEqualTo("043");
    assertThat(first[27]).isEqualTo("043");
    assertThat(first[28]).isEqualTo("04");
    assertThat(first[29]).isEqualTo("1");
    assertThat(first[31]).isEqualTo("2");
    assertThat(first[32]).isEqualTo("2");
    assertThat(first[33]).isEqualTo("2");
    assertThat(first[34]).isEmpty();
    assertThat(first[51]).isEqualTo("4"); // ActionGeo_Type: a world city
    assertThat(first[52]).isEqualTo("Moscow, Russia"); // GDELT's full name: place, (division,) country
    assertThat(first[53]).isEqualTo("RS"); // FIPS 10-4, as GDELT codes countries
    assertThat(first[35]).isEmpty(); // an actor tied to no place: no Actor1Geo
    assertThat(first[56]).isEqualTo("55.75");
    assertThat(first[59]).isEqualTo("20211015000000");
    assertThat(first[60]).isEqualTo("https://tass.ru/1");
  }

  @Test
  void exportsJsonLinesOfTheStoredRecords() throws Exception {
    Path out = folder.resolve("records.jsonl");
    Run run = run("export", "--format", "jsonl", "--out", out.toString(), "--db", database.toString(), "--cameo", "19");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    assertThat(DocumentJson.read(lines.get(0)).document().id()).isEqualTo("d3");
  }

  @Test
  void exportsCsvAndParquetThatReadBack() throws Exception {
    Path csv = folder.resolve("events.csv");
    assertThat(run("export", "--format", "csv", "--out", csv.toString(), "--db", database.toString()).exit()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(3).first().asString().startsWith("id,day,date,");
    Path parquet = folder.resolve("events.parquet");
    Run run = run("export", "--format", "parquet", "--out", parquet.toString(), "--db", database.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*), sum(mentions), min(day), max(goldstein), "
            + "string_agg(cameo, ',' ORDER BY id) FROM read_parquet('" + parquet.toAbsolutePath() + "')")) {
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(2);
      assertThat(rows.getLong(2)).isEqualTo(3);
      assertThat(rows.getString(3)).isEqualTo("2021-10-20");
      assertThat(rows.getDouble(4)).isEqualTo(2.8);
      assertThat(rows.getString(5)).isEqualTo("043,190");
    }
  }
}
