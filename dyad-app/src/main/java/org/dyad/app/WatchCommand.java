package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.store.Alert;
import org.dyad.store.Store;
import org.dyad.store.Watch;
import org.dyad.store.WatchFilter;
import org.dyad.store.WatchRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad watch}: saved filters with a rule, evaluated by {@code follow} and {@code serve} as events arrive. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
        "Define watches: saved filters whose new events, or shifts, raise alerts.",
        "",
        "A watch looks at events stored after it was added. 'dyad follow' and 'dyad serve' evaluate the watches as events "
            + "arrive and send their alerts to standard output, GET /api/alerts, the web UI and a webhook."
    },
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class, WatchCommand.Alerts.class})
public final class WatchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: add, list, remove or alerts");
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add a watch: a filter on events and a rule saying when to alert.",
          "",
          "Rule 'any' alerts on every new matching event; 'shift' when a day's count or mean Goldstein of matching events "
              + "leaves the band of the previous --window days (beyond --threshold robust standard deviations, on days with at "
              + "least --min-count events). Prints the new watch's id."})
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "what to call it") String name;
    @Mixin DatabaseOption database;

    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "either actor: part of a name or alias, or a code (RUS, RUSGOV)")
    String actor;

    @Option(names = "--pair", arity = "2", paramLabel = "ACTOR", description = "a pair of actors: events between them, either direction")
    List<String> pair;

    @Option(names = "--country", paramLabel = "ISO3", description = "either actor's country") String country;
    @Option(names = "--cameo", paramLabel = "CODE", description = "a CAMEO code or root: 19, 042") String cameo;
    @Option(names = "--plover", paramLabel = "TYPE", description = "a PLOVER type: ASSAULT, PROTEST, …") String plover;

    @Option(names = "--quad", paramLabel = "1-4",
        description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
    Integer quadClass;

    @Option(names = "--place", paramLabel = "PLACE", description = "where the event happened: a country (ISO3) or part of a place name")
    String place;

    @Option(names = "--text", paramLabel = "WORDS", description = "words the evidence sentence contains") String text;

    @Option(names = "--min-confidence", paramLabel = "P",
        description = "only events at least this sure, 0 to 1 (default: every stored event)")
    Double minConfidence;

    @Option(names = "--rule", paramLabel = "any|shift", defaultValue = "any", description = "when to alert (default: ${DEFAULT-VALUE})")
    String rule;

    @Option(names = "--window", paramLabel = "DAYS", description = "shift: days of history a day is compared with (default: 28)")
    Integer windowDays;

    @Option(names = "--threshold", paramLabel = "SD", description = "shift: robust standard deviations (default: 3)")
    Double threshold;

    @Option(names = "--min-count", paramLabel = "N", description = "shift: the fewest events a day needs to alert (default: 5)")
    Integer minCount;

    @Override
    public Integer call() {
      if (actor != null && pair != null) {
        throw new UserException("give --actor or --pair, not both");
      }
      WatchFilter filter;
      WatchRule watchRule;
      try {
        filter = new WatchFilter(pair != null ? pair.get(0) : actor, pair != null ? pair.get(1) : null, country, cameo, plover,
            quadClass, place, text, minConfidence);
        if (!"shift".equalsIgnoreCase(rule) && (windowDays != null || threshold != null || minCount != null)) {
          throw new IllegalArgumentException("--window, --threshold and --min-count go with --rule shift");
        }
        watchRule = new WatchRule(rule, windowDays, threshold, minCount);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage());
      }
      try (Store store = database.open()) {
        long id;
        try {
          id = store.watches().add(name, filter, watchRule);
        } catch (IllegalArgumentException e) {
          throw new UserException(e.getMessage());
        }
        System.out.println(id);
        System.err.println("watch " + id + " '" + name.strip() + "': " + filter.describe() + "; " + watchRule.describe());
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches with their filters and rules.")
  static final class ListWatches implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Option(names = "--format", paramLabel = "table|json|csv", description = "table (default), json or csv")
    RowPrinter.Format format = RowPrinter.Format.table;

    @Override
    public Integer call() {
      try (Store store = database.openExisting()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Watch watch : store.watches().list()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", watch.id());
          row.put("name", watch.name());
          row.put("filter", format == RowPrinter.Format.json ? watch.filter() : watch.filter().describe());
          row.put("rule", format == RowPrinter.Format.json ? watch.rule() : watch.rule().describe());
          row.put("created", watch.created());
          row.put("alerts", store.watches().alerts(watch.id(), 0, 1, 0).total());
          rows.add(row);
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        RowPrinter.print(rows, List.of("id", "name", "filter", "rule", "alerts"), format, out);
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watch and its alerts.")
  static final class Remove implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the watch's id (from watch list)") long id;
    @Mixin DatabaseOption database;

    @Override
    public Integer call() {
      try (Store store = database.openExisting()) {
        if (!store.watches().remove(id)) {
          throw new UserException("no watch " + id + " (see dyad watch list)");
        }
        System.err.println("watch " + id + " removed");
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "alerts", mixinStandardHelpOptions = true, description = "List the alerts watches raised, newest first.")
  static final class Alerts implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Option(names = "--watch", paramLabel = "ID", description = "only this watch's alerts") Long watchId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N alerts (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "table|jsonl", defaultValue = "table",
        description = "table (default) or jsonl: each alert with its events and their evidence, one JSON object a line")
    String format;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw new UserException("--limit must be at least 1");
      }
      if (!format.equals("table") && !format.equals("jsonl")) {
        throw new UserException("--format takes table or jsonl, not " + format);
      }
      try (Store store = database.openExisting()) {
        List<Alert> alerts = store.watches().alerts(watchId, 0, limit, 0).items();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        if (format.equals("jsonl")) {
          alerts.forEach(alert -> out.println(org.dyad.app.live.AlertJson.line(alert, store)));
          out.flush();
        } else {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (Alert alert : alerts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", alert.id());
            row.put("created", alert.created());
            row.put("watch", alert.watchName());
            row.put("kind", alert.kind());
            row.put("message", alert.message());
            row.put("events", alert.eventIds().size());
            rows.add(row);
          }
          RowPrinter.print(rows, List.of("id", "created", "watch", "kind", "message", "events"), RowPrinter.Format.table, out);
        }
      }
      return Main.EXIT_OK;
    }
  }
}
