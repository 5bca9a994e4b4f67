package org.dyad.pipeline.source;

/** One document could not be read; becomes a {@link SourceItem.Diagnostic}. */
class SourceException extends Exception {

  SourceException(String message) {
    super(message);
  }

  SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
