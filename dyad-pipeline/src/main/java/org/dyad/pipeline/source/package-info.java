/** Where documents come from: files, URLs, stdin (and later feeds and WARC), as {@link org.dyad.pipeline.source.RawDocument}s. */
package org.dyad.pipeline.source;
