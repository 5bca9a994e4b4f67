package org.dyad.pipeline.source;

import java.io.InputStream;

/**
 * Opens any source Dyad reads: a text or HTML file (gzipped too), a folder (recursive), "-" for
 * standard input, an http(s) URL, an RSS, Atom or JSON Feed, a sitemap, or a WARC file. What a
 * file holds is told by its content, not only its name.
 *
 * <pre>{@code
 * try (DocumentStream items = DocumentSources.open("crawl.warc.gz", SourceOptions.defaults())) {
 *   while (items.hasNext()) {
 *     SourceItem item = items.next();
 *     if (item instanceof SourceItem.Document document) {
 *       process(document.document());
 *     } else {
 *       System.err.println(((SourceItem.Diagnostic) item).line());
 *     }
 *   }
 * }
 * }</pre>
 */
public final class DocumentSources {

  private DocumentSources() {}

  /** Opens a location lazily: nothing is read or fetched until the stream is iterated. */
  public static DocumentStream open(String location, SourceOptions options) {
    return open(location, options, new HttpFetcher(options), System.in);
  }

  public static DocumentStream open(String location) {
    return open(location, SourceOptions.defaults());
  }

  static DocumentStream open(String location, SourceOptions options, Fetcher fetcher, InputStream standardInput) {
    SourceReader reader = new SourceReader(options, fetcher, standardInput);
    boolean[] opened = {false};
    Cursor root = () -> {
      if (opened[0]) {
        return null;
      }
      opened[0] = true;
      return Cursor.Step.of(reader.open(location));
    };
    return new DocumentStream(location, root);
  }
}
