package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.store.EventDetail;
import org.dyad.store.EventFilter;
import org.dyad.store.EventMention;
import org.dyad.store.Period;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad query}: events, actors, quotes and dyad time series from the store. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Ask the store: events, one event with its reports, actors, quotes, or a dyad's time series.",
    subcommands = {
        QueryCommand.Events.class,
        QueryCommand.OneEvent.class,
        QueryCommand.Actors.class,
        QueryCommand.Quotes.class,
        QueryCommand.Dyad.class
    })
public final class QueryCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to query: events, event, actors, quotes or dyad");
  }

  /** Output options every query shares. */
  static final class OutputOptions {
    @Option(names = "--format", paramLabel = "table|json|csv", description = "table (default), json (an array of rows) or csv")
    RowPrinter.Format format = RowPrinter.Format.table;

    @Option(names = "--limit", paramLabel = "N", description = "at most N rows (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int limit;

    @Option(names = "--offset", paramLabel = "N", description = "skip the first N rows", defaultValue = "0")
    int offset;

    void print(List<Map<String, Object>> rows, List<String> columns) {
      PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
      RowPrinter.print(rows, columns, format, out);
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Events (reports of one event merged), most recent first, with how many reports, articles and sources.")
  static final class Events implements Callable<Integer> {
    @Mixin DatabaseOption database;
    @Mixin FilterOptions filters;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      EventFilter filter = filters.toFilter(output.limit, output.offset);
      try (Store store = database.openExisting()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        store.events(filter).items().forEach(event -> rows.add(StoreRows.event(event)));
        output.print(rows, StoreRows.EVENT_TABLE);
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "event", mixinStandardHelpOptions = true, description = "One event and every report (mention) of it.")
  static final class OneEvent implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the event id (from query events)") long id;
    @Mixin DatabaseOption database;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      try (Store store = database.openExisting()) {
        EventDetail detail = store.event(id).orElseThrow(() -> new UserException("no event " + id + " in " + store.location(), Main.EXIT_UNREADABLE));
        List<Map<String, Object>> rows = new ArrayList<>();
        if (output.format == RowPrinter.Format.json) {
          Map<String, Object> row = StoreRows.event(detail.event());
          row.put("reports", detail.mentions());
          rows.add(row);
          output.print(rows, StoreRows.EVENT_TABLE);
          return Main.EXIT_OK;
        }
        for (EventMention mention : detail.mentions()) {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("published", mention.published());
          row.put("outlet", mention.outlet());
          row.put("cameo", mention.event().cameo());
          row.put("date", mention.event().date());
          row.put("similarity", String.format(Locale.ROOT, "%.2f", mention.similarity()));
          row.put("title", mention.title());
          row.put("evidence", mention.event().evidence() == null ? null : mention.event().evidence().text());
          rows.add(row);
        }
        output.print(List.of(StoreRows.event(detail.event())), StoreRows.EVENT_TABLE);
        System.out.println();
        output.print(rows, List.of("published", "outlet", "cameo", "date", "similarity", "title", "evidence"));
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Actors across documents (one per real-world entity), most often named first.")
  static final class Actors implements Callable<Integer> {
    @Mixin DatabaseOption database;
    @Mixin OutputOptions output;
    @Option(names = {"--actor", "--name"}, paramLabel = "TEXT", description = "part of the name or an alias") String name;
    @Option(names = "--kind", paramLabel = "KIND", description = "country, organization, group, person or location") String kind;
    @Option(names = "--country", paramLabel = "ISO3", description = "the actor's country") String country;

    @Override
    public Integer call() {
      try (Store store = database.openExisting()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        store.actors(name, kind, country, output.limit, output.offset).items().forEach(actor -> rows.add(StoreRows.actor(actor)));
        output.print(rows, StoreRows.ACTOR_TABLE);
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quotes with their speakers; --actor and --country select the speaker, --text searches the words.")
  static final class Quotes implements Callable<Integer> {
    @Mixin DatabaseOption database;
    @Mixin FilterOptions filters;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      EventFilter filter = filters.toFilter(output.limit, output.offset);
      try (Store store = database.openExisting()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        store.quotes(filter).items().forEach(quote -> rows.add(StoreRows.quote(quote)));
        output.print(rows, StoreRows.QUOTE_TABLE);
      }
      return Main.EXIT_OK;
    }
  }

  @Command(name = "dyad", mixinStandardHelpOptions = true,
      description = {"A dyad's time series: events between two actors per period.",
          "Counts per QuadClass (q1 verbal cooperation … q4 material",
          "conflict), mean Goldstein score and number of sources. Both directions unless --directed."})
  static final class Dyad implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTOR_A", description = "country or actor code (RUS, RUSGOV) or a name") String first;
    @Parameters(index = "1", paramLabel = "ACTOR_B", description = "the other actor") String second;
    @Option(names = "--by", paramLabel = "day|week|month|year", description = "period (default: month)") String by = "month";
    @Option(names = "--directed", description = "only events from ACTOR_A to ACTOR_B") boolean directed;
    @Mixin DatabaseOption database;
    @Mixin FilterOptions filters;
    @Option(names = "--format", paramLabel = "table|json|csv", description = "table (default), json or csv")
    RowPrinter.Format format = RowPrinter.Format.table;

    @Override
    public Integer call() {
      Period period;
      try {
        period = Period.valueOf(by.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserException("--by takes day, week, month or year, not " + by);
      }
      EventFilter filter = filters.toFilter(EventFilter.DEFAULT_LIMIT, 0);
      try (Store store = database.openExisting()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        store.dyad(first, second, period, directed, filter).forEach(row -> rows.add(StoreRows.period(row)));
        RowPrinter.print(rows, StoreRows.DYAD_TABLE, format, new PrintWriter(System.out, false, StandardCharsets.UTF_8));
      }
      return Main.EXIT_OK;
    }
  }
}
