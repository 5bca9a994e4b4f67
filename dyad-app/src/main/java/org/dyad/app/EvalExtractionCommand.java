package org.dyad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.pipeline.eval.ExtractionEvaluation;
import org.dyad.pipeline.eval.ExtractionEvaluation.FieldReport;
import org.dyad.pipeline.eval.ExtractionEvaluation.FieldResult;
import org.dyad.pipeline.eval.ExtractionEvaluation.PageResult;
import org.dyad.pipeline.eval.ExtractionEvaluation.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad eval extraction}: article-body extraction against Zyte and NAEB gold. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = {
        "Score article-text extraction (4-token shingle F1, as the Zyte benchmark publishes it).",
        "zyte-plain: the plain-text cleaner on Zyte's boilerplate text; zyte, naeb: the HTML extractor.",
        "With --field (naeb only): accuracy of the extracted title, date or authors."})
public final class EvalExtractionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "zyte-plain|zyte|naeb", description = "gold set to score against")
  String dataset;

  @Option(names = "--field", paramLabel = "title|date|authors", description = "score a metadata field instead of the body (naeb only)")
  String field;

  @Option(names = "--raw", description = "score the unprocessed input (zyte-plain only: the baseline to beat)")
  boolean raw;

  @Option(names = "--verbose", description = "print one line per page before the summary")
  boolean verbose;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Override
  public Integer call() throws IOException {
    if (!ExtractionEvaluation.DATASETS.contains(dataset)) {
      throw new UserException("unknown dataset '" + dataset + "'; choose one of " + ExtractionEvaluation.DATASETS, Main.EXIT_USAGE);
    }
    if (field != null && (!dataset.equals("naeb") || !ExtractionEvaluation.FIELDS.contains(field))) {
      throw new UserException("--field takes one of " + ExtractionEvaluation.FIELDS + " and only with --dataset naeb", Main.EXIT_USAGE);
    }
    if (raw && !dataset.equals("zyte-plain")) {
      throw new UserException("--raw is only for --dataset zyte-plain", Main.EXIT_USAGE);
    }
    if (!Files.isDirectory(data.resolve("extraction"))) {
      throw new UserException("no gold data under " + data.toAbsolutePath().normalize() + "/extraction (use --data DIR)", Main.EXIT_UNREADABLE);
    }
    ExtractionEvaluation evaluation = new ExtractionEvaluation(data);
    var out = spec.commandLine().getOut();
    if (field != null) {
      FieldReport report = evaluation.naebField(field);
      if (verbose) {
        for (FieldResult page : report.pages()) {
          out.printf(Locale.ROOT, "%s %-5s expected=%s got=%s%n", page.id(), page.correct() ? "ok" : "WRONG", page.expected(), page.actual());
        }
      }
      out.println(report.summaryLine());
      out.flush();
      return Main.EXIT_OK;
    }
    TextReport report = raw ? evaluation.zytePlainRaw() : evaluation.text(dataset);
    if (verbose) {
      for (PageResult page : report.pages()) {
        out.printf(Locale.ROOT, "%s P %.3f R %.3f%n", page.id(),
            page.score().precision().orElse(Double.NaN), page.score().recall().orElse(Double.NaN));
      }
    }
    out.println(report.summaryLine());
    out.flush();
    return Main.EXIT_OK;
  }
}
