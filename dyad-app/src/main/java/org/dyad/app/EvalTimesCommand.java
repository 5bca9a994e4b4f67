package org.dyad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.pipeline.eval.TimeEvaluation;
import org.dyad.pipeline.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval times}: temporal expressions against TempEval-3 platinum TimeML. */
@Command(name = "times", mixinStandardHelpOptions = true,
    description = {
        "Score time normalisation on TempEval-3 platinum (TimeML, values against the document creation time).",
        "A system expression is right when it overlaps a gold TIMEX3 and has the same value; a span-only line comes first."
    })
public final class EvalTimesCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, paramLabel = "tempeval3", description = "gold set to score against")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--verbose", description = "print one line per document and each missed or extra expression")
  boolean verbose;

  @Override
  public Integer call() {
    if (!dataset.equals("tempeval3")) {
      throw new UserException("eval times: unknown dataset '" + dataset + "' (known: tempeval3)", Main.EXIT_USAGE);
    }
    Path folder = data.resolve("dates/tempeval3/platinum");
    if (!Files.isDirectory(folder)) {
      throw new UserException("eval times: " + folder + " not found (give the gold-set folder with --data)",
          Main.EXIT_USAGE);
    }
    TimeEvaluation.Result result;
    try {
      result = new TimeEvaluation(Annotator.shared()).evaluate(folder, line -> {
        if (verbose) {
          System.out.println(line);
        }
      });
    } catch (IOException e) {
      throw new UserException("eval times: " + e.getMessage(), Main.EXIT_UNREADABLE);
    }
    if (result.documents() == 0) {
      throw new UserException("eval times: no .tml files in " + folder, Main.EXIT_USAGE);
    }
    if (verbose) {
      System.out.println(result.recallByTypeLine());
    }
    System.out.println("times-span tempeval3 " + result.span().line());
    System.out.println("times tempeval3 " + result.value().line());
    return Main.EXIT_OK;
  }
}
