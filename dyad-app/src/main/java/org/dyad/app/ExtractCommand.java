package org.dyad.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.DocumentSources;
import org.dyad.pipeline.source.DocumentStream;
import org.dyad.pipeline.source.SourceItem;
import org.dyad.pipeline.source.SourceOptions;
import org.dyad.store.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad extract}: documents in, document records out (one record, or JSON Lines for several). */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Read documents and print their document records, without storing them.",
        "A record holds clean text, actors, events, quotes, amounts",
        "and times (see docs/OUTPUT.md). The input is a plain-text or HTML file (gzipped too), an http(s)",
        "URL, '-' for standard input, an RSS, Atom or JSON feed or a sitemap (each item's page is read),",
        "a WARC file (its HTML responses) or a folder (read recursively).",
        "One document prints one record; several print one JSON record per line (JSON Lines).",
        "A document that cannot be read prints one line on standard error and the others go on."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every document was read",
        "1:some documents failed, others were read",
        "2:usage error",
        "3:no document could be read"})
public final class ExtractCommand implements Callable<Integer> {

  enum Format { json, text }

  @Parameters(index = "0", paramLabel = "FILE|URL|-|FEED|WARC|DIR", description = "what to read")
  String input;

  @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

  @picocli.CommandLine.Mixin ConfidenceOption confidence = new ConfidenceOption();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "publication date of every document read; relative dates (\"next week\", \"on Thursday\") resolve against it")
  LocalDate published;

  @Option(names = "--format", paramLabel = "json|text",
      description = "json: document records; text: readable summaries (default: text on a terminal, json otherwise)")
  Format format;

  @Option(names = "--pretty", description = "indent the JSON output (one document only; several stay one per line)")
  boolean pretty;

  @Option(names = "--allow-private",
      description = "fetch URLs on private, loopback and link-local addresses (refused by default)")
  boolean allowPrivate;

  @Spec CommandSpec spec;

  private Pipeline pipeline;
  private PrintWriter out;
  private PrintWriter err;
  private Format chosen;

  @Override
  public Integer call() {
    knowledge.checkReadable();
    SourceOptions options = SourceOptions.defaults().withPublished(published).withAllowPrivate(allowPrivate);
    chosen = format != null ? format : (System.console() != null ? Format.text : Format.json);
    out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    err = spec != null ? spec.commandLine().getErr() : new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int read = 0;
    int failed = 0;
    DocumentRecord held = null;
    try (DocumentStream items = DocumentSources.open(input, options)) {
      while (items.hasNext()) {
        SourceItem item = items.next();
        if (item instanceof SourceItem.Diagnostic) {
          report(((SourceItem.Diagnostic) item).line());
          failed++;
          continue;
        }
        DocumentRecord record = process((SourceItem.Document) item);
        if (record == null) {
          failed++;
          continue;
        }
        read++;
        if (read == 1) {
          held = record; // printed once we know whether more follow
          continue;
        }
        if (held != null) {
          print(held, true);
          held = null;
        }
        print(record, true);
      }
    }
    if (held != null) {
      print(held, false);
    }
    out.flush();
    if (read == 0) {
      if (failed == 0) {
        report(input + ": no documents found");
      }
      return Main.EXIT_UNREADABLE;
    }
    return failed > 0 ? Main.EXIT_PARTIAL : Main.EXIT_OK;
  }

  private DocumentRecord process(SourceItem.Document item) {
    try {
      if (pipeline == null) {
        pipeline = confidence.apply(knowledge.pipeline());
      }
      DocumentRecord record = pipeline.process(item.document());
      if (record.actors().isEmpty() && record.events().isEmpty() && !record.document().text().isBlank()
          && record.document().language() != null && !record.document().language().startsWith("en")
          && !record.document().language().equals(org.dyad.pipeline.Pipeline.SPANISH)) {
        report(withLocation(item, "text in language '" + record.document().language()
            + "': Dyad reads English and Spanish, so no actors, events or quotes were extracted"));
      }
      return record;
    } catch (UnreadableInputException e) {
      report(withLocation(item, e.getMessage()));
    } catch (RuntimeException e) {
      // One document that trips a bug must not lose the rest of a batch; the line names it.
      report(withLocation(item, "internal error: " + e));
      if (System.getenv("DYAD_DEBUG") != null) {
        e.printStackTrace(err);
      }
    }
    return null;
  }

  private static String withLocation(SourceItem.Document item, String message) {
    String url = item.document().url();
    boolean named = message.startsWith(item.location()) || (url != null && message.contains(url));
    String prefix = item.location() + (url != null && !url.equals(item.location()) ? " (" + url + ")" : "");
    return named ? message : prefix + ": " + message;
  }

  private void report(String line) {
    err.println("dyad: " + line.replaceAll("[\\r\\n]+", " "));
    err.flush();
  }

  private void print(DocumentRecord record, boolean several) {
    if (chosen == Format.json) {
      out.println(pretty && !several ? DocumentJson.toPrettyJson(record) : DocumentJson.toLine(record));
    } else {
      out.print(TextReport.render(record));
      if (several) {
        out.println();
      }
    }
    out.flush();
  }
}
