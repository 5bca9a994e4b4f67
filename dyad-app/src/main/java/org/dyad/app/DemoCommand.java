package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.EventFilter;
import org.dyad.store.NetworkEdge;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad demo}: the main job on a fresh clone. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
        "Load the bundled examples into a fresh demo store and serve the web UI over it.",
        "Shows what Dyad found, then prints the UI's URL (Ctrl+C stops; --no-serve skips serving)."
    })
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--examples", paramLabel = "DIR", description = "folder of example articles (default: ${DEFAULT-VALUE})",
      defaultValue = "examples")
  Path examples;

  @Option(names = "--db", paramLabel = "FILE", description = "the demo database, recreated on each run (default: ${DEFAULT-VALUE})",
      defaultValue = "dyad-data/demo.db")
  Path database;

  @Option(names = "--port", defaultValue = "7400", description = "port of the web UI (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address the web UI listens on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--no-serve", description = "stop after loading and summarising; don't start the web UI")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    String home = System.getProperty("dyad.home");
    if (!Files.isDirectory(examples) && !examples.isAbsolute() && home != null) {
      examples = Path.of(home).resolve(examples);
    }
    if (!Files.isDirectory(examples)) {
      throw new UserException(examples + ": no examples folder here; run ./dyad demo from the Dyad checkout", Main.EXIT_UNREADABLE);
    }
    List<RawDocument> documents = new ArrayList<>();
    try (var files = Files.list(examples)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        ExampleFile example = ExampleFile.read(file);
        documents.add(new RawDocument(file.toString(), null, example.body(), "text/plain", null, example.published()));
      }
    }
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(database + suffix));
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    Store store = null;
    try {
      store = Store.open(database);
      Ingester ingester = new Ingester(new Pipeline(), store, Runtime.getRuntime().availableProcessors(), SourceOptions.defaults());
      Ingester.Progress progress = ingester.runDocuments(documents, done -> { });
      StoreStats stats = store.stats();
      out.printf("Dyad demo: %d example articles from %s%n", documents.size(), examples);
      out.printf("  stored %d documents, %d actors, %d events (from %d reports), %d quotes, %d amounts; %d failed%n%n",
          stats.documents(), stats.actors(), stats.events(), stats.mentions(), stats.quotes(), stats.amounts(), progress.failed.get());
      List<Map<String, Object>> dyads = new ArrayList<>();
      for (NetworkEdge edge : store.network(null, EventFilter.all(), 8)) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("source", edge.source().name());
        row.put("target", edge.target().name());
        row.put("events", edge.events());
        row.put("reports", edge.mentions());
        row.put("meanGoldstein", edge.meanGoldstein());
        dyads.add(row);
      }
      out.println("Top dyads");
      RowPrinter.print(dyads, List.of("source", "target", "events", "reports", "meanGoldstein"), RowPrinter.Format.table, out);
      out.println();
      out.println("Recent events");
      List<Map<String, Object>> events = new ArrayList<>();
      store.events(EventFilter.all().withPage(10, 0)).items().forEach(event -> events.add(StoreRows.event(event)));
      RowPrinter.print(events, List.of("day", "cameo", "source", "target", "mentions", "evidence"), RowPrinter.Format.table, out);
      out.println();
      out.println("Database: " + database.toAbsolutePath().normalize());
      out.println("Try: ./dyad query events --db " + database + "   |   ./dyad query dyad RUS AFG --by month --db " + database);
      out.flush();
    } catch (StoreException e) {
      if (store != null) {
        store.close();
      }
      throw new UserException(e.getMessage(), Main.EXIT_UNREADABLE);
    }
    if (noServe) {
      store.close();
      return Main.EXIT_OK;
    }
    out.println();
    out.flush();
    ServeCommand.serveUntilStopped(store, new org.dyad.app.server.ServerConfig(host, port, System.getenv("DYAD_TOKEN"), false));
    return Main.EXIT_OK;
  }

  /** An example article: an optional "Published: YYYY-MM-DD" first line, then the text. */
  record ExampleFile(LocalDate published, byte[] body) {
    static ExampleFile read(Path file) throws java.io.IOException {
      String text = Files.readString(file);
      if (text.startsWith("Published: ")) {
        int newline = text.indexOf('\n');
        LocalDate date = LocalDate.parse(text.substring("Published: ".length(), newline).strip());
        return new ExampleFile(date, text.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
      }
      return new ExampleFile(null, text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
