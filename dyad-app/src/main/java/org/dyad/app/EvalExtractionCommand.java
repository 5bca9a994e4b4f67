package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval extraction}: article-body extraction against Zyte and NAEB gold. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score article-text extraction (4-token shingle F1, as the Zyte benchmark publishes it).")
public final class EvalExtractionCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, paramLabel = "zyte-plain|zyte|naeb", description = "gold set to score against")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  java.nio.file.Path data;

  @Override
  public Integer call() {
    throw new UserException("eval extraction --dataset " + dataset + ": not available yet", Main.EXIT_USAGE);
  }
}
