package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.eval.QuoteEvaluation;
import org.dyad.pipeline.eval.QuoteGold;
import org.dyad.pipeline.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval quotes}: speaker attribution on PolNeAR, optionally beside CoreNLP's quote attribution. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {
        "Score quote attribution on PolNeAR.",
        "A gold Content span is found when a Dyad quote overlaps it,",
        "and attributed when Dyad's speaker matches its Source. P = correct quotes / Dyad quotes,",
        "R = attributed gold / gold attributions with a source."
    })
public final class EvalQuotesCommand implements Callable<Integer> {

  enum Baseline { corenlp }

  @Option(names = "--dataset", required = true, paramLabel = "polnear-dev|polnear-test", description = "gold set to score against")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N documents (name order)")
  Integer limit;

  @Option(names = "--baseline", paramLabel = "corenlp",
      description = "also run CoreNLP's QuoteAnnotator with quote attribution on the same documents")
  Baseline baseline;

  @Option(names = "--quiet", description = "no per-document progress on standard error")
  boolean quiet;

  @Override
  public Integer call() {
    Path split;
    try {
      split = QuoteEvaluation.split(data, dataset);
    } catch (IllegalArgumentException e) {
      throw new UserException("eval quotes: " + e.getMessage(), Main.EXIT_USAGE);
    }
    if (!Files.isDirectory(split)) {
      throw new UserException("eval quotes: " + split + " not found (PolNeAR lives in <data>/quotes/polnear)", Main.EXIT_USAGE);
    }
    if (limit != null && limit < 1) {
      throw new UserException("eval quotes: --limit must be at least 1", Main.EXIT_USAGE);
    }
    List<QuoteGold.Document> documents;
    try {
      documents = QuoteGold.read(split);
    } catch (IllegalArgumentException e) {
      throw new UserException("eval quotes: " + e.getMessage(), Main.EXIT_UNREADABLE);
    }
    if (limit != null && documents.size() > limit) {
      documents = documents.subList(0, limit);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    QuoteEvaluation evaluation = new QuoteEvaluation(new Pipeline(), Annotator.shared());
    QuoteEvaluation.Result result = evaluation.run(documents, baseline != null,
        line -> {
          if (!quiet) {
            System.err.println(line);
          }
        });
    out.println("documents " + result.documents() + ", Dyad quotes " + result.dyad().systemQuotes()
        + " (" + result.dyad().correctQuotes() + " correctly attributed)"
        + (result.baseline() == null ? "" : ", CoreNLP quotes " + result.baseline().systemQuotes()
            + " (" + result.baseline().correctQuotes() + " correctly attributed)"));
    if (result.baseline() != null) {
      out.println("quotes " + dataset + " baseline-corenlp " + result.baseline().summary());
    }
    out.println("quotes " + dataset + " " + result.dyad().summary());
    return Main.EXIT_OK;
  }
}
