package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code dyad --help} and each command's {@code --help} show. */
class HelpTextTest {

  /** Every command and subcommand, depth first. */
  private static List<CommandLine> commands(CommandLine root) {
    List<CommandLine> all = new ArrayList<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!all.contains(sub)) {
        all.add(sub);
        all.addAll(commands(sub));
      }
    }
    return all;
  }

  /** The line picocli lists a command by: the header's first line, else the description's. */
  private static String summary(CommandLine command) {
    CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
    String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
    return lines.length == 0 ? "" : lines[0];
  }

  @Test
  void everyCommandsSummaryLineIsAWholeSentence() {
    List<CommandLine> commands = commands(Main.commandLine());
    assertThat(commands).extracting(CommandLine::getCommandName).contains("ingest", "follow", "watch", "add", "export");
    for (CommandLine command : commands) {
      String summary = summary(command);
      assertThat(summary).as(command.getCommandSpec().qualifiedName()).matches("[A-Z].*[.]");
      assertThat(summary).as(command.getCommandSpec().qualifiedName()).doesNotEndWith(":").doesNotEndWith(",");
    }
  }

  @Test
  void theTopLevelHelpListsEachCommandWithItsWholeSummary() {
    String help = Main.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
    assertThat(help).contains("export Write the store's events or documents to a file, in one of four formats.");
    assertThat(help).contains("follow Follow feeds as news breaks").contains("watch Define watches");
    for (CommandLine command : Main.commandLine().getSubcommands().values()) {
      assertThat(help).as(command.getCommandName()).contains(summary(command));
    }
  }
}
