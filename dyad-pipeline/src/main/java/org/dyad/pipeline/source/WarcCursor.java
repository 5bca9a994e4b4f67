package org.dyad.pipeline.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file: response records with HTTP status 200 and an HTML content type,
 * as in Common Crawl CC-NEWS. Other records are skipped. A broken record yields a diagnostic with
 * its offset; reading stops there, and the records before it have been yielded.
 */
final class WarcCursor implements Cursor {

  private final String location;
  private final WarcReader reader;
  private final SourceOptions options;
  private boolean done;

  WarcCursor(String location, WarcReader reader, SourceOptions options) {
    this.location = location;
    this.reader = reader;
    this.options = options;
  }

  @Override
  public Step advance() {
    while (!done) {
      long before = reader.position();
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
        return stop(before, "truncated or corrupt WARC record: " + message(e));
      }
      if (next.isEmpty()) {
        done = true;
        return null;
      }
      long offset = reader.position();
      if (next.get() instanceof WarcResponse) {
        Step step = page((WarcResponse) next.get(), offset);
        if (step != null) {
          return step;
        }
      }
    }
    return null;
  }

  private Step page(WarcResponse response, long offset) {
    String position = "record at offset " + offset;
    try {
      if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return null;
      }
      MediaType type = http.contentType();
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return null;
      }
      byte[] body = Bytes.readCapped(http.bodyDecoded().stream(), options.maxBytes());
      String charset = type.parameters().get("charset");
      RawDocument document = new RawDocument(location, response.target(), body, base,
          charset == null ? ContentSniffer.declaredInContent(body) : ContentSniffer.charset(charset),
          options.published(), response.date());
      return Step.of(new SourceItem.Document(document));
    } catch (SourceException e) {
      return Step.of(new SourceItem.Diagnostic(location, position, e.getMessage()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return stop(offset, "truncated or corrupt WARC record: " + message(e));
    }
  }

  private Step stop(long offset, String message) {
    done = true;
    return Step.of(new SourceItem.Diagnostic(location, "record at offset " + offset, message));
  }

  private static String message(Throwable e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return text.replaceAll("\\s+", " ").trim();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // reading is over; a failing close loses nothing
    }
  }
}
