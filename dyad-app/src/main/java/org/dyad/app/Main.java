package org.dyad.app;

import org.dyad.pipeline.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: news in, evidence-backed event data out. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "News in, evidence-backed event data out: actors, CAMEO/PLOVER events, quotes, amounts and dates, each linked to its sentence.",
    subcommands = {
        DemoCommand.class,
        IngestCommand.class,
        FollowCommand.class,
        WatchCommand.class,
        QueryCommand.class,
        ExportCommand.class,
        ExtractCommand.class,
        EvalCommand.class,
        ServeCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit codes: 0 done, 1 some documents failed, 2 usage error, 3 unreadable input, 4 internal error. */
  public static final int EXIT_OK = 0;
  public static final int EXIT_PARTIAL = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_UNREADABLE = 3;
  public static final int EXIT_INTERNAL = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
      if (exception instanceof UnreadableInputException) {
        commandLine.getErr().println("dyad: " + exception.getMessage());
        return EXIT_UNREADABLE;
      }
      if (exception instanceof CommandLine.ParameterException) {
        throw exception;
      }
      if (exception instanceof UserException) {
        commandLine.getErr().println("dyad: " + exception.getMessage());
        return ((UserException) exception).exitCode();
      }
      commandLine.getErr().println("dyad: internal error: " + exception
          + (System.getenv("DYAD_DEBUG") == null ? " (set DYAD_DEBUG=1 for the stack trace)" : ""));
      if (System.getenv("DYAD_DEBUG") != null) {
        exception.printStackTrace(commandLine.getErr());
      }
      return EXIT_INTERNAL;
    });
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
