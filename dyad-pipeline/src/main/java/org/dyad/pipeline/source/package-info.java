/**
 * Where documents come from. {@link org.dyad.pipeline.source.DocumentSources#open} reads a file
 * (text or HTML, gzipped too), a folder (recursive), "-" (standard input), an http(s) URL, an RSS,
 * Atom or JSON Feed, a sitemap or a WARC file, and yields a lazy
 * {@link org.dyad.pipeline.source.DocumentStream} of {@link org.dyad.pipeline.source.SourceItem}s:
 * each a {@link org.dyad.pipeline.source.RawDocument} or a one-line diagnostic for a document that
 * could not be read. One bad document never stops the stream. For following feeds over time,
 * {@link org.dyad.pipeline.source.FeedList} reads feed lists (URLs, plain lists, OPML) and
 * {@link org.dyad.pipeline.source.FeedClient} fetches feeds conditionally and their pages politely
 * (one request at a time per host, robots.txt). Nothing here needs the NLP models.
 */
package org.dyad.pipeline.source;
