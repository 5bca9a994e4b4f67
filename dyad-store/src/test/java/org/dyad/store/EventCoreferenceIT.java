package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event coreference measured on hand-labelled reports in the BBC corpus
 * ({@code coreference/bbc-event-reports.tsv}: file, evidence offsets, gold actors, code, date,
 * place and the real-world event each report belongs to). The reports are stored as coded events
 * (the coder is taken as perfect here: this measures the merge, not the coding) and scored
 * pairwise: a pair of reports is a true positive when the store put them in one event and the
 * labels say they are one event. BBC files carry no publication date, so time only helps where
 * the text gives one.
 */
class EventCoreferenceIT {

  @TempDir Path folder;

  record Report(String id, String cluster, String file, int start, int end, String source, String target, String cameo,
      String date, String place) {}

  @Test
  void mergesReportsOfTheSameEventAndKeepsOthersApart() throws IOException {
    Path bbc = Path.of(System.getProperty("dyad.shared", "../shared"), "data", "corpus", "bbc");
    assumeTrue(Files.isDirectory(bbc), "the shared BBC corpus is absent: " + bbc.toAbsolutePath());
    List<Report> reports = reports();
    Map<String, List<Report>> byFile = new TreeMap<>();
    for (Report report : reports) {
      byFile.computeIfAbsent(report.file(), f -> new ArrayList<>()).add(report);
    }
    Map<String, Long> eventOfReport = new HashMap<>();
    try (Store store = Store.open(folder.resolve("coreference.db"))) {
      for (Map.Entry<String, List<Report>> file : byFile.entrySet()) {
        String text = Files.readString(bbc.resolve(file.getKey()), StandardCharsets.UTF_8);
        store.add(record(file.getKey(), text, file.getValue()));
      }
      store.forEachEvent(EventFilter.all(), event -> {
        for (EventMention mention : store.event(event.id()).orElseThrow().mentions()) {
          eventOfReport.put(mention.documentId() + "#" + mention.event().id(), event.id());
        }
      });
    }
    Score merged = new Score();
    Score sameActorsAndRoot = new Score();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        Report first = reports.get(i);
        Report second = reports.get(j);
        boolean gold = first.cluster().equals(second.cluster());
        merged.add(gold, eventOfReport.get(key(first)).equals(eventOfReport.get(key(second))));
        sameActorsAndRoot.add(gold, sameActorsAndRoot(first, second));
      }
    }
    System.out.println("coreference bbc-event-reports store-merge " + merged.line(reports.size()));
    System.out.println("coreference bbc-event-reports baseline-same-actors-and-root " + sameActorsAndRoot.line(reports.size()));
    assertThat(merged.precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(merged.recall()).isGreaterThanOrEqualTo(0.85);
  }

  private static boolean sameActorsAndRoot(Report first, Report second) {
    boolean sameRoot = first.cameo().substring(0, 2).equals(second.cameo().substring(0, 2));
    boolean samePair = first.source().equals(second.source()) && first.target().equals(second.target());
    boolean reversed = EventMatcher.symmetric(first.cameo().substring(0, 2))
        && first.source().equals(second.target()) && first.target().equals(second.source());
    return sameRoot && (samePair || reversed);
  }

  private static String key(Report report) {
    return report.file() + "#" + report.id();
  }

  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(boolean gold, boolean predicted) {
      if (gold && predicted) {
        truePositives++;
      } else if (predicted) {
        falsePositives++;
      } else if (gold) {
        falseNegatives++;
      }
    }

    double precision() {
      return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    String line(int reports) {
      double p = precision();
      double r = recall();
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "F1 %.3f P %.3f R %.3f n=%d reports, %d gold pairs", f, p, r, reports,
          truePositives + falseNegatives);
    }
  }

  static List<Report> reports() throws IOException {
    List<Report> reports = new ArrayList<>();
    try (InputStream in = EventCoreferenceIT.class.getResourceAsStream("/coreference/bbc-event-reports.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        reports.add(new Report(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6], f[7],
            f[8].isEmpty() ? null : f[8], f[9].isEmpty() ? null : f[9]));
      }
    }
    return reports;
  }

  /** One document record holding the labelled reports of one file as coded events. */
  static DocumentRecord record(String file, String text, List<Report> reports) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    for (Report report : reports) {
      String source = actor(actors, report.source());
      String target = actor(actors, report.target());
      Span evidence = new Span(report.start(), report.end(), text.substring(report.start(), report.end()));
      Location place = report.place() == null ? null : new Location(report.place(), null, null, null);
      events.add(new Event(report.id(), report.cameo(), null, null, 1, 0, source, target, evidence, false, "asserted",
          report.date(), null, place, 0, evidence, 1, "gold"));
    }
    DocumentInfo info = new DocumentInfo(file, file, null, null, List.of(), null, "bbc.co.uk", "en", text, List.of());
    return new DocumentRecord(null, info, new ArrayList<>(actors.values()), events, List.of(), List.of(), List.of());
  }

  private static String actor(Map<String, Actor> actors, String spec) {
    Actor existing = actors.get(spec);
    if (existing != null) {
      return existing.id();
    }
    String[] parts = spec.split("\\|", -1);
    String id = "a" + (actors.size() + 1);
    actors.put(spec, new Actor(id, parts[2], List.of(), parts[0], parts[1].isEmpty() ? null : parts[1], null, null, null, List.of()));
    return id;
  }
}
