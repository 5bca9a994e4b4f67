package org.dyad.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.Sources;
import org.dyad.store.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: one document in, one document record out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Read one document (plain text, HTML, or '-' for standard input) and print its document record:",
        "clean text, actors, events, quotes, amounts and times (see docs/OUTPUT.md)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:usage error", "3:unreadable or unsupported input"})
public final class ExtractCommand implements Callable<Integer> {

  enum Format { json, text }

  @Parameters(index = "0", paramLabel = "FILE|URL|-", description = "the document to read")
  String input;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "publication date; relative dates (\"next week\", \"on Thursday\") resolve against it")
  LocalDate published;

  @Option(names = "--format", paramLabel = "json|text",
      description = "json: the document record; text: a readable summary (default: text on a terminal, json otherwise)")
  Format format;

  @Option(names = "--pretty", description = "indent the JSON output")
  boolean pretty;

  @Override
  public Integer call() throws Exception {
    RawDocument raw = Sources.read(input, published);
    DocumentRecord record = new Pipeline().process(raw);
    Format chosen = format != null ? format : (System.console() != null ? Format.text : Format.json);
    PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    if (chosen == Format.json) {
      out.println(pretty ? DocumentJson.toPrettyJson(record) : DocumentJson.toLine(record));
    } else {
      out.print(TextReport.render(record));
    }
    out.flush();
    return Main.EXIT_OK;
  }
}
