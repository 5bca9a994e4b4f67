package org.dyad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad demo}: the main job on a fresh clone. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run Dyad on the bundled examples/ and show what it finds.")
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--examples", paramLabel = "DIR", description = "folder of example articles (default: ${DEFAULT-VALUE})",
      defaultValue = "examples")
  Path examples;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(examples)) {
      throw new UserException(examples + ": no examples folder here; run ./dyad demo from the Dyad checkout", Main.EXIT_UNREADABLE);
    }
    Pipeline pipeline = new Pipeline();
    try (var files = Files.list(examples)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        ExampleFile example = ExampleFile.read(file);
        RawDocument raw = new RawDocument(file.toString(), null, example.body(), "text/plain", null, example.published());
        DocumentRecord record = pipeline.process(raw);
        System.out.println("=".repeat(100));
        System.out.print(TextReport.render(record));
      }
    }
    return Main.EXIT_OK;
  }

  /** An example article: an optional "Published: YYYY-MM-DD" first line, then the text. */
  record ExampleFile(LocalDate published, byte[] body) {
    static ExampleFile read(Path file) throws java.io.IOException {
      String text = Files.readString(file);
      if (text.startsWith("Published: ")) {
        int newline = text.indexOf('\n');
        LocalDate date = LocalDate.parse(text.substring("Published: ".length(), newline).strip());
        return new ExampleFile(date, text.substring(newline + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return new ExampleFile(null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
