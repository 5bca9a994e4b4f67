package org.dyad.pipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.dyad.pipeline.UnreadableInputException;

/**
 * Reads one document from a path or standard input, all at once. For URLs, feeds, WARC files,
 * folders and per-document diagnostics use {@link DocumentSources#open}.
 */
public final class Sources {

  private Sources() {}

  public static RawDocument read(String location, LocalDate published) throws UnreadableInputException {
    if (location.equals("-")) {
      try {
        return new RawDocument("-", null, System.in.readAllBytes(), null, null, published);
      } catch (IOException e) {
        throw new UnreadableInputException("-: could not read standard input: " + e.getMessage(), e);
      }
    }
    Path path = Path.of(location);
    if (Files.isDirectory(path)) {
      throw new UnreadableInputException(location + ": is a folder; extract reads one document (use ingest for folders)");
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      if (location.endsWith(".gz")) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      return new RawDocument(location, null, bytes, null, null, published);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(location + ": no such file", e);
    } catch (IOException e) {
      throw new UnreadableInputException(location + ": could not read: " + e.getMessage(), e);
    }
  }
}
