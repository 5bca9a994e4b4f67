package org.dyad.pipeline.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.WarcReader;

/** Opens locations and turns bytes into documents, feeds' items or WARC records. */
final class SourceReader {

  /** Feeds inside feeds (sitemap index → sitemap → page) stop at this depth. */
  static final int MAX_DEPTH = 3;

  private final SourceOptions options;
  private final Fetcher fetcher;
  private final InputStream standardInput;

  SourceReader(SourceOptions options, Fetcher fetcher, InputStream standardInput) {
    this.options = options;
    this.fetcher = fetcher;
    this.standardInput = standardInput;
  }

  SourceOptions options() {
    return options;
  }

  /** Where bytes came from, and what their carrier said about them. */
  record Origin(String source, String url, String contentType, Charset charset, LocalDate itemDate, Instant retrieved) {
    static Origin of(String source) {
      return new Origin(source, null, null, null, null, null);
    }
  }

  Cursor open(String location) {
    if (location == null || location.isBlank()) {
      return Cursor.diagnostic(String.valueOf(location), null, "no input given");
    }
    if (location.equals("-")) {
      return openStream(standardInput, Origin.of("-"), 0, false);
    }
    if (isWebAddress(location)) {
      return openUrl(location, null, 0);
    }
    Path path;
    try {
      path = Path.of(location);
    } catch (InvalidPathException e) {
      return Cursor.diagnostic(location, null, "not a valid path or URL");
    }
    return openPath(path, location, 0);
  }

  static boolean isWebAddress(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  Cursor openPath(Path path, String location, int depth) {
    if (Files.isDirectory(path)) {
      return new FolderCursor(this, path, depth);
    }
    if (!Files.exists(path)) {
      return Cursor.diagnostic(location, null, "no such file or folder");
    }
    if (!Files.isReadable(path)) {
      return Cursor.diagnostic(location, null, "not readable (permission denied)");
    }
    try {
      return openStream(Files.newInputStream(path), Origin.of(location), depth, true);
    } catch (IOException e) {
      return Cursor.diagnostic(location, null, "could not open: " + e.getMessage());
    }
  }

  Cursor openUrl(String url, LocalDate itemDate, int depth) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Cursor.diagnostic(url, null, "not a valid URL (" + e.getReason() + ")");
    }
    Fetcher.Fetched fetched;
    try {
      fetched = fetcher.fetch(uri);
    } catch (SourceException e) {
      return Cursor.diagnostic(url, null, e.getMessage());
    }
    Origin origin = new Origin(url, fetched.uri().toString(), fetched.contentType(),
        ContentSniffer.fromContentType(fetched.contentType()), itemDate, fetched.retrieved());
    return fromBytes(origin, fetched.body(), depth);
  }

  /**
   * Reads a stream (a file or standard input): gzip is undone, a WARC is read record by record,
   * anything else is read whole (up to the size cap) and classified.
   */
  Cursor openStream(InputStream raw, Origin origin, int depth, boolean closeWhenDone) {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    boolean handedOver = false;
    try {
      in.mark(64 * 1024);
      byte[] magic = in.readNBytes(2);
      in.reset();
      boolean gzip = Bytes.isGzip(magic);
      if (isWarc(in, gzip)) {
        WarcReader reader = new WarcReader(closeWhenDone ? in : nonClosing(in));
        handedOver = true;
        return new WarcCursor(origin.source(), reader, options);
      }
      InputStream data = gzip ? new GZIPInputStream(in, 64 * 1024) : in;
      byte[] bytes = Bytes.readCapped(data, options.maxBytes());
      return fromBytes(origin, bytes, depth);
    } catch (EOFException e) {
      return Cursor.diagnostic(origin.source(), null, "truncated gzip data" + Bytes.detail(e));
    } catch (ZipException e) {
      return Cursor.diagnostic(origin.source(), null, "corrupt gzip data" + Bytes.detail(e));
    } catch (IOException e) {
      return Cursor.diagnostic(origin.source(), null, "could not read: " + e.getMessage());
    } catch (SourceException e) {
      return Cursor.diagnostic(origin.source(), null, e.getMessage());
    } finally {
      if (!handedOver && closeWhenDone) {
        try {
          in.close();
        } catch (IOException e) {
          // nothing was lost: everything needed was already read
        }
      }
    }
  }

  /** Peeks (and rewinds) whether the stream, decompressed when gzip, starts with a WARC header. */
  private static boolean isWarc(BufferedInputStream in, boolean gzip) throws IOException {
    in.mark(64 * 1024);
    try {
      InputStream peek = gzip ? new GZIPInputStream(nonClosing(in), 512) : in;
      byte[] head = peek.readNBytes(5);
      return new String(head, StandardCharsets.ISO_8859_1).equals("WARC/");
    } catch (EOFException | ZipException e) {
      return false;
    } finally {
      in.reset();
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the caller closes the underlying stream
      }
    };
  }

  /** Classifies bytes already in memory: a document, a feed or sitemap to expand, or a WARC. */
  Cursor fromBytes(Origin origin, byte[] bytes, int depth) {
    byte[] data = bytes;
    if (Bytes.isGzip(data)) {
      try {
        data = Bytes.gunzip(data, options.maxBytes());
      } catch (SourceException e) {
        return Cursor.diagnostic(origin.source(), null, e.getMessage());
      }
    }
    ContentSniffer.Kind kind = ContentSniffer.kind(data);
    switch (kind) {
      case WARC:
        try {
          return new WarcCursor(origin.source(), new WarcReader(new java.io.ByteArrayInputStream(data)), options);
        } catch (IOException e) {
          return Cursor.diagnostic(origin.source(), null, "could not read WARC: " + e.getMessage());
        }
      case RSS_OR_ATOM:
      case SITEMAP:
      case JSON_FEED:
        if (depth >= MAX_DEPTH) {
          return Cursor.diagnostic(origin.source(), null, "a feed nested " + depth + " levels deep is not followed");
        }
        try {
          List<FeedEntry> entries = FeedParser.parse(kind, data, origin.url() != null ? origin.url() : origin.source());
          return entries(origin, entries, depth);
        } catch (SourceException e) {
          return Cursor.diagnostic(origin.source(), null, e.getMessage());
        }
      case JSON_OTHER:
        return Cursor.diagnostic(origin.source(), null, "JSON that is not a JSON Feed; expected a page, text or feed");
      default:
        return Cursor.of(new SourceItem.Document(document(origin, data)));
    }
  }

  RawDocument document(Origin origin, byte[] data) {
    Charset charset = origin.charset() != null ? origin.charset() : ContentSniffer.declaredInContent(data);
    LocalDate published = options.published() != null ? options.published() : origin.itemDate();
    return new RawDocument(origin.source(), origin.url(), data, ContentSniffer.mediaType(origin.contentType()), charset,
        published, origin.retrieved());
  }

  /** A feed's entries: each one's full content when it carries enough, else its page fetched. */
  private Cursor entries(Origin feed, List<FeedEntry> entries, int depth) {
    List<Supplier<Cursor>> children = new ArrayList<>();
    int count = Math.min(entries.size(), options.maxFeedItems());
    for (int i = 0; i < count; i++) {
      FeedEntry entry = entries.get(i);
      String position = "item " + (i + 1);
      children.add(() -> entry(feed, entry, position, depth));
    }
    if (entries.size() > count) {
      int skipped = entries.size() - count;
      children.add(() -> Cursor.diagnostic(feed.source(), null,
          skipped + " more items not read (at most " + options.maxFeedItems() + " per feed)"));
    }
    Iterator<Supplier<Cursor>> iterator = children.iterator();
    return Cursor.lazy(iterator);
  }

  private Cursor entry(Origin feed, FeedEntry entry, String position, int depth) {
    if (entry.fullHtml() != null && FeedParser.textLength(entry.fullHtml()) >= options.fullContentMinChars()) {
      Origin origin = new Origin(feed.source(), entry.link(), "text/html", StandardCharsets.UTF_8, entry.published(),
          feed.retrieved());
      return Cursor.of(new SourceItem.Document(document(origin, entry.pageBytes())));
    }
    if (entry.link() != null && isWebAddress(entry.link())) {
      return openUrl(entry.link(), entry.published(), depth + 1);
    }
    return Cursor.diagnostic(feed.source(), position,
        entry.link() == null ? "no link to fetch and no full content" : "link is not an http(s) URL: " + entry.link());
  }
}
