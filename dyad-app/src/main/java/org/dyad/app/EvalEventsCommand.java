package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.eval.EventEvaluation;
import org.dyad.pipeline.eval.EventGold;
import org.dyad.pipeline.eval.EventGoldReader;
import org.dyad.pipeline.eval.EventScore;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval events}: event coding against the PLOVER and PETRARCH-2 gold sets. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {
        "Score event coding against a gold set of coded sentences.",
        "Each gold text runs through the whole pipeline; an event is correct when",
        "its source, target and type agree with the gold (plover-gsr: PLOVER type and actor codes;",
        "petrarch2-gsr: CAMEO root and country codes). Prints a confusion table, then",
        "'events <dataset> F1 0.000 P 0.000 R 0.000 n=N'."
    })
public final class EvalEventsCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, paramLabel = "plover-gsr|petrarch2-gsr", description = "gold set to score against")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N records")
  Integer limit;

  @Option(names = "--verbose", description = "print each record's gold and coded events")
  boolean verbose;

  @Option(names = "--only", paramLabel = "TEXT", description = "score only the records whose id contains TEXT (diagnostics)")
  String only;

  @Option(names = "--parse", description = "with --verbose, also print each sentence's dependency parse (diagnostics)")
  boolean parse;

  @Override
  public Integer call() throws IOException {
    EventEvaluation.Dataset chosen;
    try {
      chosen = EventEvaluation.Dataset.of(dataset);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), Main.EXIT_USAGE);
    }
    Path file = data.resolve(chosen == EventEvaluation.Dataset.PLOVER_GSR
        ? "events/plover-gsr/PLOVER_GSR_CAMEO.txt"
        : "events/petrarch2-gsr-validation/PETR2_GSR_validation.xml");
    if (!Files.isRegularFile(file)) {
      throw new UserException("eval events: gold file not found: " + file + " (set --data to the shared data folder)",
          Main.EXIT_UNREADABLE);
    }
    List<EventGold> golds = chosen == EventEvaluation.Dataset.PLOVER_GSR
        ? EventGoldReader.readPlover(file) : EventGoldReader.readPetrarch(file);
    if (limit != null && limit < golds.size()) {
      golds = golds.subList(0, limit);
    }
    Pipeline pipeline = new Pipeline();
    EventEvaluation evaluation = new EventEvaluation(chosen);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (EventGold gold : golds) {
      if (only != null && !gold.id().contains(only)) {
        continue;
      }
      Article article = new Article(gold.id(), null, null, List.of(), isoDate(gold.date()), null, "en", gold.text(), List.of());
      DocumentRecord record;
      try {
        record = pipeline.process(article);
      } catch (UnreadableInputException e) {
        out.println("skipped " + gold.id() + ": " + e.getMessage());
        continue;
      }
      EventScore own = evaluation.add(gold, record);
      if (verbose) {
        out.println("= " + gold.id() + " tp " + own.truePositives() + " coded " + own.predicted() + " gold " + own.gold());
        out.println("# " + gold.id() + ": " + gold.text());
        if (parse) {
          printParse(out, article);
        }
        gold.events().forEach(g -> out.println("  gold  " + g.type() + " " + g.sources() + " -> " + g.targets()));
        for (Event event : record.events()) {
          out.println("  coded " + event.plover() + "/" + event.cameo() + " " + code(record, event.source()) + dated(event.sourceCode()) + " -> "
              + code(record, event.target()) + dated(event.targetCode()) + " [" + event.trigger().text() + "; " + event.modality()
              + (event.negated() ? "; negated" : "") + "] " + event.rule());
        }
      }
    }
    out.print(evaluation.confusionTable());
    out.println(evaluation.score().line());
    out.flush();
    return Main.EXIT_OK;
  }

  private static String dated(String code) {
    return code == null ? "" : "@" + code;
  }

  private static void printParse(PrintWriter out, Article article) {
    for (Sentence sentence : Annotator.shared().annotate(article).sentences()) {
      for (Dependency d : sentence.dependencies()) {
        out.println("  dep   " + d.relation() + "(" + word(sentence, d.governor()) + ", " + word(sentence, d.dependent()) + ")");
      }
    }
  }

  private static String word(Sentence sentence, int token) {
    return token < 0 || token >= sentence.size() ? "ROOT" : sentence.token(token).text() + "-" + token;
  }

  private static String code(DocumentRecord record, String id) {
    if (id == null) {
      return "-";
    }
    return record.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .map(a -> a.name() + "(" + a.country() + "/" + a.code() + ")").orElse(id);
  }

  /** ISO form of the gold's story date ("20080804" → "2008-08-04"), or null. */
  static String isoDate(String date) {
    if (date == null) {
      return null;
    }
    if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date;
    }
    if (date.matches("\\d{8}")) {
      return date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8);
    }
    return null;
  }
}
