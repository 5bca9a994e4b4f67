package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.store.EventFilter;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the store as GDELT TSV, JSON Lines, CSV or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Write the store's events or documents to a file, in one of four formats.",
        "  gdelt    events as the GDELT 2.0 Event table (61 tab-separated columns, no header), empty where Dyad has no value",
        "  jsonl    document records, one per line (documents with a matching event when filters are given)",
        "  csv      events, one row each, with a header",
        "  parquet  events as a Parquet file (Spark, DuckDB, pandas)"
    })
public final class ExportCommand implements Callable<Integer> {

  enum Format { gdelt, jsonl, csv, parquet }

  @Option(names = "--format", required = true, paramLabel = "gdelt|jsonl|csv|parquet", description = "what to write")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (replaced when it exists)")
  Path out;

  @Mixin DatabaseOption database;
  @Mixin FilterOptions filters;

  @Override
  public Integer call() throws Exception {
    if (Files.isDirectory(out)) {
      throw new UserException(out + ": is a folder; --out takes a file");
    }
    EventFilter filter = filters.toFilter(EventFilter.DEFAULT_LIMIT, 0);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path partial = (parent == null ? Path.of(".") : parent).resolve(out.getFileName() + ".partial");
    long written;
    try (Store store = database.openExisting()) {
      written = format == Format.parquet ? writeParquet(store, filter, partial) : writeText(store, filter, partial);
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(partial);
      throw new UserException(out + ": could not write: " + e.getCause().getMessage(), Main.EXIT_UNREADABLE);
    }
    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    System.err.println("export: " + written + (format == Format.jsonl ? " documents" : " events") + " written to " + out);
    return Main.EXIT_OK;
  }

  private long writeText(Store store, EventFilter filter, Path file) throws IOException {
    AtomicLong count = new AtomicLong();
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      switch (format) {
        case jsonl:
          store.forEachDocumentJson(filter, json -> {
            // a document record keeps only the events the minimum confidence lets through
            write(writer, filter.minConfidence() == null ? json
                : org.dyad.store.DocumentJson.toLine(org.dyad.store.DocumentJson.read(json).withMinConfidence(filter.minConfidence())));
            count.incrementAndGet();
          });
          break;
        case gdelt:
          store.forEachEvent(filter, event -> {
            write(writer, GdeltFormat.line(event));
            count.incrementAndGet();
          });
          break;
        default:
          write(writer, RowPrinter.csvLine(new ArrayList<>(ParquetExport.columns())));
          store.forEachEvent(filter, event -> {
            Map<String, Object> row = StoreRows.flatEvent(event);
            List<Object> values = new ArrayList<>();
            for (String column : ParquetExport.columns()) {
              values.add(row.get(column));
            }
            write(writer, RowPrinter.csvLine(values));
            count.incrementAndGet();
          });
      }
    }
    return count.get();
  }

  private static void write(BufferedWriter writer, String line) {
    try {
      writer.write(line);
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long writeParquet(Store store, EventFilter filter, Path file) throws SQLException {
    AtomicLong count = new AtomicLong();
    try (ParquetExport parquet = new ParquetExport(file)) {
      SQLException[] failure = new SQLException[1];
      store.forEachEvent(filter, event -> {
        if (failure[0] == null) {
          try {
            parquet.add(StoreRows.flatEvent(event));
            count.incrementAndGet();
          } catch (SQLException e) {
            failure[0] = e;
          }
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
      parquet.finish();
    }
    return count.get();
  }
}
