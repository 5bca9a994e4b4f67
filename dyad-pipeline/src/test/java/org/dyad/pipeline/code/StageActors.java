package org.dyad.pipeline.code;

/** The actors, times and places the stage ITs' made-up sentences name. */
final class StageActors {

  static final FakeActors ACTORS = new FakeActors()
      .actor("fr", "France", "country", "FRA", "France", "French", "Paris")
      .actor("de", "Germany", "country", "DEU", "Germany", "German", "Berlin")
      .actor("jp", "Japan", "country", "JPN", "Japan", "Japanese")
      .actor("no", "Norway", "country", "NOR", "Norway", "Norwegian", "Oslo")
      .actor("ch", "Switzerland", "country", "CHE", "Switzerland", "Swiss")
      .actor("weber", "Olaf Weber", "person", "DEU", "Olaf Weber", "Weber")
      .time("on Monday", "2022-03-07").time("on Friday", "2022-03-11").time("2015", "2015")
      .place("Paris", "FRA", 48.86, 2.35).place("Geneva", "CHE", 46.2, 6.15).place("Oslo", "NOR", 59.91, 10.75);

  private StageActors() {}
}
