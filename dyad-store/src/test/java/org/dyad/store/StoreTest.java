package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.model.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The store contract, run against SQLite always and PostgreSQL when DYAD_TEST_POSTGRES_URL is set. */
class StoreTest {

  @TempDir static Path folder;
  private static int counter;

  static Stream<Arguments> stores() {
    List<Arguments> stores = new ArrayList<>();
    stores.add(Arguments.of("sqlite", (Supplier<Store>) () -> Store.open(folder.resolve("store" + (++counter) + ".db"))));
    String postgres = System.getenv("DYAD_TEST_POSTGRES_URL");
    if (postgres != null && !postgres.isBlank()) {
      stores.add(Arguments.of("postgres", (Supplier<Store>) () -> {
        emptyPostgres(postgres);
        return Store.open(postgres);
      }));
    }
    return stores.stream();
  }

  static Stream<Arguments> locations() {
    List<Arguments> locations = new ArrayList<>();
    locations.add(Arguments.of("sqlite", (Supplier<String>) () -> folder.resolve("shared" + (++counter) + ".db").toString()));
    String postgres = System.getenv("DYAD_TEST_POSTGRES_URL");
    if (postgres != null && !postgres.isBlank()) {
      locations.add(Arguments.of("postgres", (Supplier<String>) () -> {
        emptyPostgres(postgres);
        return postgres;
      }));
    }
    return locations.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void severalWritersAtOnceStoreEachDocumentOnceAndMergeItsEventsOnce(String name, Supplier<String> location) throws Exception {
    String where = location.get();
    List<DocumentRecord> records = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      records.add(moscowTalks("d" + i, "outlet" + (i % 5) + ".com", "2021-10-1" + (i % 5), "2021-10-20",
          "Russia will host talks with the Taliban delegation from Afghanistan in Moscow on October 20."));
    }
    List<Thread> writers = new ArrayList<>();
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int w = 0; w < 3; w++) {
      List<DocumentRecord> mine = new ArrayList<>(records);
      java.util.Collections.shuffle(mine, new java.util.Random(w));
      writers.add(new Thread(() -> {
        try (Store store = Store.open(where)) {
          mine.forEach(store::add);
        } catch (Throwable e) {
          errors.add(e);
        }
      }));
    }
    writers.forEach(Thread::start);
    for (Thread writer : writers) {
      writer.join();
    }
    assertThat(errors).isEmpty();
    try (Store store = Store.open(where)) {
      StoreStats stats = store.stats();
      assertThat(stats.documents()).isEqualTo(24);
      assertThat(stats.actors()).isEqualTo(3);
      assertThat(stats.events()).isEqualTo(1);
      assertThat(stats.mentions()).isEqualTo(24);
      EventSummary event = store.events(EventFilter.all()).items().get(0);
      assertThat(event.articles()).isEqualTo(24);
      assertThat(event.sources()).isEqualTo(5);
      assertThat(store.actors(null, null, null, 10, 0).items()).allSatisfy(actor -> assertThat(actor.documents()).isEqualTo(24));
    }
  }

  static void emptyPostgres(String url) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test PostgreSQL database: " + e.getMessage(), e);
    }
  }

  private static DocumentRecord moscowTalks(String id, String outlet, String published, String date, String evidence) {
    return Records.document(id, outlet, published)
        .country("a1", "Russia", "RUS")
        .country("a2", "Afghanistan", "AFG")
        .person("a3", "Maria Zakharova", "RUS", "spokeswoman", "Zakharova")
        .event("e1", "043", 1, 2.8, "a1", "a2", date, "Moscow", "RUS", evidence)
        .quote("q1", "a3", "We expect the delegation in Moscow")
        .amount("one billion euros", 1e9, "EUR")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void storesADocumentOnceAndSkipsTheSameIdAgain(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      DocumentRecord record = moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20",
          "Russia will host talks with the Taliban delegation from Afghanistan in Moscow on October 20.");
      assertThat(store.add(record).added()).isTrue();
      assertThat(store.add(record).added()).isFalse();
      assertThat(store.stats()).isEqualTo(new StoreStats(1, 3, 1, 1, 1, 1, 0));
      assertThat(store.containsDocument("d1")).isTrue();
      assertThat(store.documentJson("d1")).contains(DocumentJson.toLine(record));
      assertThat(store.document("d1").map(DocumentJson::toLine)).contains(DocumentJson.toLine(record));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void mergesReportsOfOneEventFromTwoOutletsIntoOneEventWithTwoMentions(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20",
          "Russia will host talks with the Taliban delegation from Afghanistan in Moscow on October 20."));
      AddResult second = store.add(moscowTalks("d2", "reuters.com", "2021-10-16", "2021-10-20",
          "Moscow will host a Taliban delegation from Afghanistan for talks on October 20, Russia said."));
      assertThat(second.mergedEvents()).isEqualTo(1);
      Page<EventSummary> events = store.events(EventFilter.all());
      assertThat(events.total()).isEqualTo(1);
      EventSummary event = events.items().get(0);
      assertThat(event.mentions()).isEqualTo(2);
      assertThat(event.articles()).isEqualTo(2);
      assertThat(event.sources()).isEqualTo(2);
      assertThat(event.firstSeen()).isEqualTo("2021-10-15");
      assertThat(event.day()).isEqualTo("2021-10-20");
      assertThat(event.source().name()).isEqualTo("Russia");
      assertThat(event.target().country()).isEqualTo("AFG");
      EventDetail detail = store.event(event.id()).orElseThrow();
      assertThat(detail.mentions()).extracting(EventMention::documentId).containsExactly("d1", "d2");
      List<EventSummary> all = new ArrayList<>();
      store.forEachEvent(EventFilter.all().withPage(1, 0), all::add);
      assertThat(all).extracting(EventSummary::id).containsExactly(event.id());
      assertThat(all.get(0).documentUrl()).isEqualTo("/corpus/d1.txt");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void keepsEventsApartWhenTheirDatesOrCountriesDiffer(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      String evidence = "Russia will host talks with the Taliban delegation from Afghanistan in Moscow.";
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20", evidence));
      store.add(moscowTalks("d2", "tass.ru", "2022-03-01", "2022-03-10", evidence));
      store.add(Records.document("d3", "bbc.co.uk", "2021-10-15").country("a1", "Russia", "RUS").country("a2", "Afghanistan", "AFG")
          .event("e1", "043", 1, 2.8, "a1", "a2", "2021-10-20", "Kabul", "AFG", evidence).build());
      assertThat(store.events(EventFilter.all()).total()).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void mergesDatelessReportsPublishedWithinDaysWhenTheEvidenceAgrees(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(Records.document("d1", "a.com", "2005-02-01").country("a1", "Britain", "GBR").country("a2", "France", "FRA")
          .event("e1", "036", 1, 4, "a1", "a2", null, null, null, "Britain offered to mediate the fishing dispute with France").build());
      store.add(Records.document("d2", "b.com", "2005-02-02").country("a1", "France", "FRA").country("a2", "United Kingdom", "GBR")
          .event("e1", "036", 1, 4, "a2", "a1", null, null, null, "The UK has offered to mediate in the fishing dispute with France").build());
      store.add(Records.document("d3", "c.com", "2005-02-20").country("a1", "Britain", "GBR").country("a2", "France", "FRA")
          .event("e1", "036", 1, 4, "a1", "a2", null, null, null, "Britain offered to mediate the fishing dispute with France").build());
      List<EventSummary> events = store.events(EventFilter.all()).items();
      assertThat(events).extracting(EventSummary::mentions).containsExactlyInAnyOrder(2, 1);
      store.add(Records.document("d4", "d.com", "2005-02-21").country("a1", "Britain", "GBR").country("a2", "France", "FRA")
          .event("e1", "036", 1, 4, "a1", "a2", "2005-02-19", null, null, "On Saturday Britain offered to mediate the fishing dispute with France").build());
      assertThat(store.events(EventFilter.all()).items()).extracting(EventSummary::day, EventSummary::mentions)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("2005-02-19", 2), org.assertj.core.groups.Tuple.tuple("2005-02-01", 2));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void keepsOneActorAcrossDocumentsWithItsAliasesAndDatedRoles(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(Records.document("d1", "a.com", "2021-10-15").person("a1", "Maria Zakharova", "RUS", "spokeswoman", "Zakharova").build());
      store.add(Records.document("d2", "b.com", "2023-05-02")
          .person("a7", "Maria  Zakharova", "RUS", "foreign ministry spokeswoman", "Ms Zakharova").build());
      Page<ActorSummary> found = store.actors("zakharova", null, null, 10, 0);
      assertThat(found.total()).isEqualTo(1);
      ActorSummary actor = found.items().get(0);
      assertThat(actor.documents()).isEqualTo(2);
      assertThat(actor.firstSeen()).isEqualTo("2021-10-15");
      assertThat(actor.lastSeen()).isEqualTo("2023-05-02");
      ActorProfile profile = store.actor(actor.id()).orElseThrow();
      assertThat(profile.aliases()).contains("Zakharova", "Ms Zakharova", "Maria Zakharova");
      assertThat(profile.roles()).containsExactly(
          new ActorRole("spokeswoman", "2021-10-15", "2021-10-15", 1),
          new ActorRole("foreign ministry spokeswoman", "2023-05-02", "2023-05-02", 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void filtersEventsByActorCountryCodeTypeDatesAndText(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20",
          "Russia will host talks with the Taliban delegation from Afghanistan in Moscow on October 20."));
      store.add(Records.document("d2", "b.com", "2021-11-03").country("a1", "China", "CHN").country("a2", "India", "IND")
          .event("e1", "112", 3, -2, "a1", "a2", "2021-11-02", null, null, "China accused India of border provocations.").build());
      assertThat(ids(store, EventFilter.all())).hasSize(2);
      assertThat(ids(store, EventFilter.all().withActor("RUS"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withActor("chin"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withCountry("IND"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withCameo("04"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withCameo("1121"))).isEmpty();
      assertThat(ids(store, EventFilter.all().withPlover("consult"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withQuadClass(3))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withDates(LocalDate.parse("2021-11-01"), null))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withDates(null, LocalDate.parse("2021-10-31")))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withText("border provocations"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withText("provocation"))).hasSize(1);
      assertThat(ids(store, EventFilter.all().withText("\"unbalanced OR quote*"))).isEmpty();
      assertThat(ids(store, EventFilter.all().withDocument("d2"))).hasSize(1);
      assertThat(store.events(EventFilter.all().withPage(1, 1)).items()).hasSize(1);
      List<String> documents = new ArrayList<>();
      store.forEachDocumentJson(EventFilter.all().withActor("IND"), documents::add);
      assertThat(documents).hasSize(1).allMatch(json -> json.contains("\"id\":\"d2\""));
    }
  }

  private static List<Long> ids(Store store, EventFilter filter) {
    return store.events(filter).items().stream().map(EventSummary::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void countsADyadPerPeriodAndQuadClassInBothDirections(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20", "Russia will host talks with Afghanistan in Moscow."));
      store.add(Records.document("d2", "b.com", "2021-10-25").country("a1", "Afghanistan", "AFG").country("a2", "Russia", "RUS")
          .event("e1", "111", 3, -2, "a1", "a2", "2021-10-25", null, null, "Afghanistan criticised Russia over the border.").build());
      store.add(Records.document("d3", "c.com", "2021-12-02").country("a1", "Russia", "RUS").country("a2", "Afghanistan", "AFG")
          .event("e1", "190", 4, -10, "a1", "a2", "2021-12-01", null, null, "Russian jets struck targets in Afghanistan.").build());
      List<DyadPeriod> months = store.dyad("RUS", "AFG", Period.MONTH, false, EventFilter.all());
      assertThat(months).containsExactly(
          new DyadPeriod("2021-10", 1, 0, 1, 0, 2, 2, 0.4, 2),
          new DyadPeriod("2021-12", 0, 0, 0, 1, 1, 1, -10.0, 1));
      assertThat(store.dyad("RUS", "AFG", Period.MONTH, true, EventFilter.all())).extracting(DyadPeriod::events).containsExactly(1, 1);
      assertThat(store.dyad("RUS", "AFG", Period.WEEK, false, EventFilter.all())).extracting(DyadPeriod::period)
          .containsExactly("2021-W42", "2021-W43", "2021-W48");
      List<NetworkEdge> conflict = store.network(4, EventFilter.all(), 10);
      assertThat(conflict).hasSize(1);
      assertThat(conflict.get(0).source().name()).isEqualTo("Russia");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void narrowsToOneActorByItsIdAndListsTheEventsBetweenTwoActors(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20", "Russia will host talks with Afghanistan in Moscow."));
      store.add(Records.document("d2", "b.com", "2021-10-25").country("a1", "Afghanistan", "AFG").country("a2", "Russia", "RUS")
          .event("e1", "111", 3, -2, "a1", "a2", "2021-10-25", null, null, "Afghanistan criticised Russia over the border.").build());
      store.add(Records.document("d3", "c.com", "2021-12-02").country("a1", "Russia", "RUS").country("a2", "China", "CHN")
          .person("a3", "Russian Ambassador", "RUS", "ambassador")
          .event("e1", "190", 4, -10, "a1", "a2", "2021-12-01", null, null, "Russia and China fought over the border.")
          .quote("q1", "a3", "We regret the clash").build());
      long russia = store.actors("Russia", null, null, 10, 0).items().stream().filter(a -> a.name().equals("Russia"))
          .findFirst().orElseThrow().id();
      long zakharova = store.actors("Zakharova", null, null, 10, 0).items().get(0).id();
      Page<EventSummary> russian = store.events(EventFilter.all().withActor("#" + russia));
      assertThat(russian.total()).isEqualTo(3);
      assertThat(russian.items()).allSatisfy(event -> assertThat(List.of(event.source().id(), event.target().id())).contains(russia));
      assertThat(store.events(EventFilter.all().withActor("#" + zakharova)).total()).isZero();
      assertThat(store.quotes(EventFilter.all().withActor("#" + zakharova)).items()).singleElement()
          .satisfies(quote -> assertThat(quote.speaker().id()).isEqualTo(zakharova));
      assertThat(store.eventsBetween("RUS", "AFG", EventFilter.all()).total()).isEqualTo(2);
      assertThat(store.eventsBetween("Afghanistan", "RUS", EventFilter.all().withQuadClass(3)).items())
          .singleElement().satisfies(event -> assertThat(event.source().name()).isEqualTo("Afghanistan"));
      assertThat(store.eventsBetween("CHN", "AFG", EventFilter.all()).total()).isZero();
      assertThat(store.eventsBetween("RUS", "CHN", EventFilter.all().withPage(1, 0)).items()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void countsAnEventOnceInADyadWhoseActorsMatchBothSidesAndListsItsOutletsOnce(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      for (int d = 0; d < 2; d++) {
        store.add(Records.document("d" + d, "tass.ru", "2021-10-1" + d).country("a1", "Russia", "RUS")
            .person("a2", "Sergei Lavrov", "RUS", "foreign minister", "Lavrov")
            .event("e1", d == 0 ? "036" : "111", d == 0 ? 1 : 3, d == 0 ? 4 : -2, "a1", "a2", "2021-10-1" + d, null, null,
                "Russia asked Lavrov to meet " + d + ".").build());
      }
      // both sides Russian: counted once by actor and by country
      assertThat(store.events(EventFilter.all().withActor("RUS")).total()).isEqualTo(2);
      assertThat(store.events(EventFilter.all().withCountry("RUS").withQuadClass(3)).total()).isEqualTo(1);
      assertThat(store.events(EventFilter.all().withActor("Lavrov")).total()).isEqualTo(2);
      List<DyadPeriod> both = store.dyad("RUS", "RUS", Period.YEAR, false, EventFilter.all());
      assertThat(both).containsExactly(new DyadPeriod("2021", 1, 0, 1, 0, 2, 2, 1.0, 1));
      assertThat(store.dyad("RUS", "RUS", Period.DAY, true, EventFilter.all())).extracting(DyadPeriod::period)
          .containsExactly("2021-10-10", "2021-10-11");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void theNetworkAndActorEventCountsKeptOnWriteEqualThoseCountedOverTheEvents(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      String[][] countries = {{"Russia", "RUS"}, {"Afghanistan", "AFG"}, {"China", "CHN"}, {"India", "IND"}};
      java.util.Random random = new java.util.Random(5);
      String[] cameos = {"043", "111", "190", "036"};
      int[] quads = {1, 3, 4, 1};
      for (int d = 0; d < 30; d++) {
        Records record = Records.document("d" + d, "outlet" + (d % 3) + ".com", "2021-10-" + (10 + d % 9));
        for (int a = 0; a < countries.length; a++) {
          record.country("a" + a, countries[a][0], countries[a][1]);
        }
        for (int e = 0; e < 4; e++) {
          int c = random.nextInt(cameos.length);
          int source = random.nextInt(countries.length);
          int target = random.nextInt(countries.length);
          // repeated sentences and dates: many reports merge into events already stored
          record.event("e" + e, cameos[c], quads[c], -3 + c, "a" + source, random.nextInt(6) == 0 ? null : "a" + target,
              "2021-10-2" + random.nextInt(2), null, null, countries[source][0] + " and " + countries[target][0] + " talks " + c);
        }
        store.add(record.build());
      }
      JdbcStore jdbc = (JdbcStore) store;
      assertThat(store.stats().mentions()).isGreaterThan(store.stats().events());
      assertThat(store.network(null, EventFilter.all(), 100)).isNotEmpty()
          .isEqualTo(jdbc.networkCountedOverEvents(null, null, 100));
      assertThat(store.network(3, EventFilter.all(), 100)).isEqualTo(jdbc.networkCountedOverEvents(3, null, 100));
      java.util.Map<Long, Integer> eventsPerActor = new java.util.HashMap<>();
      store.forEachEvent(EventFilter.all(), event -> {
        if (event.source() != null) {
          eventsPerActor.merge(event.source().id(), 1, Integer::sum);
        }
        if (event.target() != null && (event.source() == null || event.target().id() != event.source().id())) {
          eventsPerActor.merge(event.target().id(), 1, Integer::sum);
        }
      });
      for (ActorSummary actor : store.actors(null, null, null, 100, 0).items()) {
        assertThat(actor.events()).as(actor.name()).isEqualTo(eventsPerActor.getOrDefault(actor.id(), 0));
        assertThat(store.actor(actor.id()).orElseThrow().partners())
            .isEqualTo(jdbc.networkCountedOverEvents(null, actor.id(), 20));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void readsRunBesideAWriterAndSeeOnlyWholeDocumentsWithTotalsOfTheSameMoment(String name, Supplier<Store> opener) throws Exception {
    try (Store store = opener.get()) {
      List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(new Thread(() -> {
          try {
            while (writing.get()) {
              Page<DocumentSummary> documents = store.documents(1000, 0);
              assertThat(documents.total()).isEqualTo(documents.items().size());
              Page<QuoteSummary> quotes = store.quotes(EventFilter.all().withPage(1000, 0));
              assertThat(quotes.total()).isEqualTo(quotes.items().size());
              StoreStats stats = store.stats();
              assertThat(stats.quotes()).isEqualTo(stats.documents());
              assertThat(stats.amounts()).isEqualTo(stats.documents());
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        }));
      }
      readers.forEach(Thread::start);
      try {
        for (int d = 0; d < 40; d++) {
          store.add(moscowTalks("d" + d, "outlet" + d + ".com", "2021-10-15", "2021-10-" + (10 + d % 20),
              "Russia will host talks number " + d + " with Afghanistan."));
        }
      } finally {
        writing.set(false);
      }
      for (Thread reader : readers) {
        reader.join();
      }
      assertThat(errors).isEmpty();
      assertThat(store.documents(10, 0).total()).isEqualTo(40);
      assertThat(store.quotes(EventFilter.all()).total()).isEqualTo(40);
      assertThat(store.events(EventFilter.all()).total()).isEqualTo(store.stats().events());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void findsQuotesBySpeakerAndWords(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", "2021-10-20", "Russia will host talks in Moscow."));
      List<QuoteSummary> quotes = store.quotes(EventFilter.all().withActor("zakharova").withText("delegation")).items();
      assertThat(quotes).hasSize(1);
      assertThat(quotes.get(0).speaker().name()).isEqualTo("Maria Zakharova");
      assertThat(quotes.get(0).quote().speaker()).isEqualTo("a3");
      assertThat(store.quotes(EventFilter.all().withText("banana")).total()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void recordsFailuresAndClearsThemWhenTheSourceLaterSucceeds(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.recordFailure("/corpus/d1.txt", "no article text found");
      store.recordFailure("/corpus/d1.txt", "no article text found");
      assertThat(store.failures(10)).singleElement().satisfies(failure -> assertThat(failure.attempts()).isEqualTo(2));
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", null, "Russia will host talks in Moscow."));
      assertThat(store.failures(10)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void keepsWhatWasStoredWhenReopened(String name, Supplier<Store> opener) {
    Path file = folder.resolve("reopen-" + name + ".db");
    try (Store store = Store.open(file)) {
      store.add(moscowTalks("d1", "tass.ru", "2021-10-15", null, "Russia will host talks in Moscow."));
    }
    try (Store store = Store.open(file)) {
      assertThat(store.stats().documents()).isEqualTo(1);
    }
  }

  @Test
  void opensPostgresWhenATestDatabaseIsGiven() {
    String postgres = System.getenv("DYAD_TEST_POSTGRES_URL");
    org.junit.jupiter.api.Assumptions.assumeTrue(postgres != null && !postgres.isBlank(),
        "DYAD_TEST_POSTGRES_URL is not set: the PostgreSQL runs of this suite are skipped (see .ci/postgres.sh)");
    emptyPostgres(postgres);
    try (Store store = Store.open(postgres)) {
      assertThat(store.stats().documents()).isZero();
      assertThat(store.location()).doesNotContain("password=" + "dyad");
    }
  }

  @Test
  void aSecondProcessCanOpenAndWriteAStoreThatAnIdleOneHoldsOpen() {
    Path file = folder.resolve("two-openers.db");
    try (Store serving = Store.open(file)) {
      serving.add(moscowTalks("d1", "tass.ru", "2021-10-15", null, "Russia will host talks in Moscow."));
      serving.recordFailure("/corpus/bad.txt", "no article text found");
      assertThat(serving.stats().documents()).isEqualTo(1);
      // as `dyad ingest` beside a running `dyad serve`: the idle store must not hold the write lock
      try (Store ingesting = Store.open(file)) {
        ingesting.add(moscowTalks("d2", "reuters.com", "2021-10-16", null, "Moscow will host talks, Russia said."));
      }
      assertThat(serving.stats().documents()).isEqualTo(2);
      assertThat(serving.documents(10, 0).total()).isEqualTo(2);
    }
  }

  @Test
  void migratesAVersion2StoreByCountingItsActorEventsAndPairTotals() throws Exception {
    Path file = folder.resolve("version2.db");
    List<NetworkEdge> network;
    List<ActorSummary> actors;
    try (Store store = Store.open(file)) {
      for (int d = 0; d < 6; d++) {
        store.add(moscowTalks("d" + d, "outlet" + d + ".com", "2021-10-1" + d, "2021-10-2" + (d % 3),
            "Russia will host talks number " + (d % 2) + " with Afghanistan."));
      }
      network = store.network(null, EventFilter.all(), 10);
      actors = store.actors(null, null, null, 10, 0).items();
    }
    // back to the version 2 schema, with the data written since
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = connection.createStatement()) {
      for (String step : steps(UNDO_VERSION_5.split("; "), "DELETE FROM schema_version WHERE version = 5",
          "ALTER TABLE events DROP COLUMN confidence", "DELETE FROM schema_version WHERE version = 4",
          "DROP TABLE actor_pairs", "DROP INDEX events_source_day", "DROP INDEX events_target_day",
          "DROP INDEX events_cameo", "DROP INDEX events_dyad", "DROP INDEX event_mentions_sources", "DROP INDEX quotes_day",
          "DROP INDEX events_pair_end", "CREATE INDEX events_pair ON events (pair_key)",
          "CREATE INDEX events_source ON events (source_actor_id)", "CREATE INDEX events_target ON events (target_actor_id)",
          "CREATE INDEX events_network ON events (source_actor_id, target_actor_id, quad_class, mention_count, goldstein)",
          "CREATE INDEX event_mentions_event ON event_mentions (event_id)", "ALTER TABLE actors DROP COLUMN event_count",
          // and without the tables of later versions (LiveSchema), which the reopening adds back
          "DROP TABLE feeds", "DROP TABLE feed_items", "DROP TABLE watches", "DROP TABLE alerts", "DROP TABLE alert_events",
          "DELETE FROM schema_version WHERE version >= 3")) {
        sql.execute(step);
      }
    }
    try (Store store = Store.open(file)) {
      assertThat(network).isNotEmpty();
      assertThat(store.network(null, EventFilter.all(), 10)).isEqualTo(network);
      assertThat(store.actors(null, null, null, 10, 0).items()).isEqualTo(actors);
      assertThat(actors).extracting(ActorSummary::events).contains(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aMinimumConfidenceKeepsOnlyEventsThatSureInListsDyadsAndTheNetwork(String name, Supplier<Store> opener) {
    try (Store store = opener.get()) {
      store.add(Records.document("d1", "tass.ru", "2021-10-15")
          .country("a1", "Russia", "RUS").country("a2", "Afghanistan", "AFG").country("a3", "China", "CHN")
          .event("e1", "043", 1, 2.8, "a1", "a2", "2021-10-20", "Moscow", "RUS", "Russia will host Afghanistan.", 0.9)
          .event("e2", "190", 4, -10, "a1", "a3", "2021-10-21", null, null, "Russia fought China.", 0.3)
          .build());
      assertThat(store.events(EventFilter.all()).total()).isEqualTo(2);
      EventFilter sure = EventFilter.all().withMinConfidence(0.5);
      assertThat(store.events(sure).items()).extracting(e -> e.event().cameo()).containsExactly("043");
      assertThat(store.events(sure.withActor("CHN")).total()).isZero();
      assertThat(store.network(null, sure, 10)).hasSize(1);
      assertThat(store.network(null, EventFilter.all(), 10)).hasSize(2);
      assertThat(store.dyad("RUS", "CHN", Period.MONTH, false, sure)).allMatch(p -> p.events() == 0);
      assertThat(store.dyad("RUS", "CHN", Period.MONTH, false, EventFilter.all())).anyMatch(p -> p.events() > 0);
    }
  }

  @Test
  void migratesAVersion3StoreByTakingEachEventsConfidenceFromItsSurestReport() throws Exception {
    Path file = folder.resolve("version3.db");
    try (Store store = Store.open(file)) {
      store.add(Records.document("d1", "tass.ru", "2021-10-15").country("a1", "Russia", "RUS").country("a2", "Afghanistan", "AFG")
          .event("e1", "043", 1, 2.8, "a1", "a2", "2021-10-20", "Moscow", "RUS", "Russia will host talks with Afghanistan.", 0.4)
          .build());
      store.add(Records.document("d2", "reuters.com", "2021-10-16").country("a1", "Russia", "RUS").country("a2", "Afghanistan", "AFG")
          .event("e1", "043", 1, 2.8, "a1", "a2", "2021-10-20", "Moscow", "RUS", "Russia will host talks with Afghanistan, it said.", 0.7)
          .build());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = connection.createStatement()) {
      for (String step : (UNDO_VERSION_6 + "; " + UNDO_VERSION_5).split("; ")) {
        sql.execute(step);
      }
      sql.execute("DELETE FROM schema_version WHERE version >= 5");
      sql.execute("ALTER TABLE events DROP COLUMN confidence");
      sql.execute("DELETE FROM schema_version WHERE version = 4");
    }
    try (Store store = Store.open(file)) {
      assertThat(store.events(EventFilter.all().withMinConfidence(0.7)).total()).isEqualTo(1);
      assertThat(store.events(EventFilter.all().withMinConfidence(0.71)).total()).isZero();
    }
  }

  private static List<String> steps(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all;
  }

  /** SQLite statements that take a store back from schema version 6 to 5 (run one by one): no live tables. */
  static final String UNDO_VERSION_6 = "DROP TABLE alert_events; DROP TABLE alerts; DROP TABLE watches; "
      + "DROP TABLE feed_items; DROP TABLE feeds";

  /** SQLite statements that take a store back from schema version 5 to 4 (run one by one). */
  static final String UNDO_VERSION_5 = "DROP INDEX events_location; DROP INDEX events_adm1; "
      + "ALTER TABLE events DROP COLUMN location_lat; ALTER TABLE events DROP COLUMN location_lon; "
      + "ALTER TABLE events DROP COLUMN location_adm1; ALTER TABLE events DROP COLUMN location_geoname_id; "
      + "ALTER TABLE events DROP COLUMN location_precision";

  private static final org.dyad.model.Location KHARKIV =
      new org.dyad.model.Location("Kharkiv", "UKR", 49.98081, 36.25272, 706483, "UA.07", "city");
  private static final org.dyad.model.Location IZIUM =
      new org.dyad.model.Location("Izium", "UKR", 49.21021, 37.25664, 707244, "UA.07", "city");
  private static final org.dyad.model.Location ODESA =
      new org.dyad.model.Location("Odesa", "UKR", 46.47747, 30.73262, 698740, "UA.17", "city");

  private static DocumentRecord shelling(String id, String outlet, org.dyad.model.Location place, String evidence) {
    return Records.document(id, outlet, "2022-05-02").country("a1", "Russia", "RUS").country("a2", "Ukraine", "UKR")
        .placedEvent("e1", "195", "a1", "a2", "2022-05-01", place, evidence).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void listsEventsNearAPointInADivisionAndAtAPlace(String name, Supplier<Store> stores) {
    try (Store store = stores.get()) {
      store.add(shelling("k", "a.com", KHARKIV, "Russian artillery shelled Kharkiv overnight."));
      store.add(shelling("i", "b.com", IZIUM, "Russian forces shelled Izium on Sunday."));
      store.add(shelling("o", "c.com", ODESA, "A missile struck Odesa's port."));
      EventFilter all = EventFilter.all();
      assertThat(store.events(all.withWhere(new EventFilter.Where(50.0, 36.3, 30.0, null, null))).items())
          .extracting(e -> e.event().location().name()).containsExactly("Kharkiv");
      assertThat(store.events(all.withWhere(new EventFilter.Where(50.0, 36.3, 150.0, null, null))).total()).isEqualTo(2);
      assertThat(store.events(all.withWhere(new EventFilter.Where(null, null, null, "UA.07", null))).total()).isEqualTo(2);
      assertThat(store.events(all.withWhere(new EventFilter.Where(null, null, null, null, "odesa"))).total()).isEqualTo(1);
      assertThat(store.events(all.withWhere(new EventFilter.Where(null, null, null, null, "707244"))).total()).isEqualTo(1);
      assertThat(store.eventPoints(all, 10)).extracting(EventPoint::place).containsExactlyInAnyOrder("Kharkiv", "Izium", "Odesa");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void reportsOfOneActionInTwoCitiesStayTwoEventsAndOneCityMerges(String name, Supplier<Store> stores) {
    try (Store store = stores.get()) {
      store.add(shelling("k1", "a.com", KHARKIV, "Russian artillery shelled residential districts overnight."));
      store.add(shelling("o1", "b.com", ODESA, "Russian artillery shelled residential districts overnight."));
      store.add(shelling("k2", "c.com", KHARKIV, "Russian artillery shelled residential districts overnight, officials said."));
      assertThat(store.events(EventFilter.all()).total()).isEqualTo(2);
    }
  }

  @Test
  void migratesAVersion4StoreByTakingEachEventsPlaceFromItsFirstReport() throws Exception {
    Path file = folder.resolve("version4.db");
    try (Store store = Store.open(file)) {
      store.add(shelling("k", "a.com", KHARKIV, "Russian artillery shelled Kharkiv overnight."));
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = connection.createStatement()) {
      for (String step : (UNDO_VERSION_6 + "; " + UNDO_VERSION_5).split("; ")) {
        sql.execute(step);
      }
      sql.execute("DELETE FROM schema_version WHERE version >= 5");
    }
    try (Store store = Store.open(file)) {
      assertThat(store.events(EventFilter.all().withWhere(new EventFilter.Where(50.0, 36.3, 30.0, null, null))).total()).isEqualTo(1);
      assertThat(store.events(EventFilter.all().withWhere(new EventFilter.Where(null, null, null, "UA.07", null))).total()).isEqualTo(1);
    }
  }

  @Test
  void refusesADatabaseWrittenByANewerDyad() throws Exception {
    Path file = folder.resolve("newer.db");
    Store.open(file).close();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO schema_version (version, applied_at, dyad) VALUES (99, 'now', 'dyad 9')");
    }
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining("newer Dyad").hasMessageContaining("schema version 99");
  }

  @Test
  void refusesAFileThatIsNotADatabase() throws Exception {
    Path file = folder.resolve("notes.db");
    Files.writeString(file, "these are my notes, not a database; ".repeat(200));
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("not a SQLite database");
  }

  @Test
  void refusesAnUnsupportedJdbcUrl() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://localhost/x")).isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported database");
  }
}
