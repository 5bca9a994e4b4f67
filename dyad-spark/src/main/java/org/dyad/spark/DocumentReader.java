package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.dyad.pipeline.source.RawDocument;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns one input file into documents, by its name: {@code .warc[.gz]} (HTML and text responses
 * with status 200), {@code .jsonl}/{@code .ndjson}/{@code .json[.gz]} (one object a line with
 * {@code text} or {@code html}, optional {@code url} and {@code published}), {@code .html}/{@code
 * .htm}, anything else as one plain-text document. Bad lines and records are reported as {@link
 * Problem}s, never thrown.
 */
final class DocumentReader {

  /** A part of an input that could not be read, with where it happened. */
  record Problem(String source, String message) {}

  /** The documents of one file and the problems met reading it. */
  record Result(List<RawDocument> documents, List<Problem> problems) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentReader() {}

  static Result read(String source, InputStream in) {
    List<RawDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String lower = source.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
        readWarc(source, in, documents, problems);
        return new Result(documents, problems);
      }
      InputStream plain = lower.endsWith(".gz") ? new GZIPInputStream(in) : in;
      String name = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
        readJsonLines(source, plain, documents, problems);
      } else {
        byte[] bytes = plain.readAllBytes();
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        documents.add(new RawDocument(source, null, bytes, html ? "text/html" : null, null, null));
      }
    } catch (IOException e) {
      problems.add(new Problem(source, "could not read: " + e.getMessage()));
    }
    return new Result(documents, problems);
  }

  private static void readWarc(String source, InputStream in, List<RawDocument> documents, List<Problem> problems)
      throws IOException {
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String where = source + " at " + response.target();
        try {
          var http = response.http();
          MediaType type = http.contentType().base();
          String subtype = type.subtype().toLowerCase(Locale.ROOT);
          if (http.status() != 200 || !(subtype.contains("html") || subtype.equals("plain"))) {
            continue;
          }
          byte[] body = Channels.newInputStream(http.bodyDecoded()).readAllBytes();
          Charset charset = charset(http.contentType().parameters().get("charset"));
          documents.add(new RawDocument(response.target(), response.target(), body,
              type.toString(), charset, null));
        } catch (IOException | IllegalArgumentException e) {
          problems.add(new Problem(where, "unreadable WARC response: " + e.getMessage()));
        }
      }
    }
  }

  private static void readJsonLines(String source, InputStream in, List<RawDocument> documents, List<Problem> problems)
      throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = source + ":" + number;
      try {
        JsonNode node = JSON.readTree(line);
        String html = text(node, "html");
        String body = html != null ? html : text(node, "text");
        if (body == null) {
          problems.add(new Problem(where, "JSON line has neither \"text\" nor \"html\""));
          continue;
        }
        String url = text(node, "url");
        documents.add(new RawDocument(url != null ? url : where, url, body.getBytes(StandardCharsets.UTF_8),
            html != null ? "text/html" : "text/plain", StandardCharsets.UTF_8, date(text(node, "published"))));
      } catch (IOException e) {
        problems.add(new Problem(where, "not JSON: " + e.getMessage()));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static LocalDate date(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Result read(String source, byte[] bytes) {
    return read(source, new ByteArrayInputStream(bytes));
  }
}
