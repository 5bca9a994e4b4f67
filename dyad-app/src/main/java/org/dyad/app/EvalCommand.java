package org.dyad.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad eval}: scores against the public gold sets in ../shared/data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Score Dyad against public gold sets (../shared/data, see its README).",
        "Each task ends with a line '<task> <dataset> F1 0.000 P 0.000 R 0.000 n=N' (accuracy: 'acc 0.000 n=N';",
        "geo: 'geo <dataset> acc161 0.000 country 0.000 n=N')."
    },
    subcommands = {EvalExtractionCommand.class, EvalTimesCommand.class, EvalEventsCommand.class, EvalQuotesCommand.class,
        EvalGeoCommand.class})
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
