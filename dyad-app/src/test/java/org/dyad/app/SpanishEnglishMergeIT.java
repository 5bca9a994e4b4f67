package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.EventFilter;
import org.dyad.store.EventSummary;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish and an English report of one meeting (Petro and Maduro in Caracas), ingested together
 * into a fresh store, are one event reported by both articles: the actors resolve to the same people
 * and countries in both languages, the event to the same CAMEO code on the same day in the same place.
 */
class SpanishEnglishMergeIT {

  @TempDir Path folder;

  @Test
  void aSpanishAndAnEnglishReportOfOneMeetingAreOneEventMentionedByBoth() throws IOException {
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    copy("meeting-en.txt", corpus);
    copy("meeting-es.txt", corpus);
    Path database = folder.resolve("merge.db");
    int exit = Main.commandLine().execute("ingest", corpus.toString(), "--db", database.toString(), "--threads", "1",
        "--progress", "none");
    assertThat(exit).isEqualTo(Main.EXIT_OK);
    try (Store store = Store.open(database)) {
      assertThat(store.stats().documents()).isEqualTo(2);
      List<EventSummary> meetings = store.events(EventFilter.all()).items().stream()
          .filter(e -> e.event().cameo().startsWith("04"))
          .filter(e -> e.source() != null && e.target() != null)
          .filter(e -> names(e).contains("Gustavo Petro") && names(e).contains("Maduro"))
          .toList();
      assertThat(meetings).as("the meeting events: %s", meetings).hasSize(1);
      EventSummary meeting = meetings.get(0);
      // each article reports the meeting in its headline and its first paragraph: mentions from both
      assertThat(meeting.articles()).as("%s; all events: %s", meeting, store.events(EventFilter.all()).items()).isEqualTo(2);
      assertThat(meeting.mentions()).isGreaterThanOrEqualTo(2);
      assertThat(meeting.day()).isEqualTo("2024-03-12");
    }
  }

  private static String names(EventSummary event) {
    return event.source().name() + " / " + event.target().name();
  }

  private static void copy(String name, Path folder) throws IOException {
    try (InputStream in = SpanishEnglishMergeIT.class.getResourceAsStream("merge/" + name)) {
      Files.copy(in, folder.resolve(name));
    }
  }
}
