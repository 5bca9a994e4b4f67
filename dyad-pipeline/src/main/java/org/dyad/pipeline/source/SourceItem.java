package org.dyad.pipeline.source;

/** One thing a source yields: a document, or a diagnostic for a document that could not be read. */
public sealed interface SourceItem permits SourceItem.Document, SourceItem.Diagnostic {

  /** The location (path, URL, "-") the item came from. */
  String location();

  /** A document that was read. */
  record Document(RawDocument document) implements SourceItem {
    @Override
    public String location() {
      return document.source();
    }
  }

  /**
   * A document that could not be read; the stream goes on after it.
   *
   * @param location the path, URL or "-"
   * @param position where inside it ("record at offset 1234", "item 3"), or null
   * @param message one line saying what went wrong
   */
  record Diagnostic(String location, String position, String message) implements SourceItem {

    /** One line: {@code location (position): message}. */
    public String line() {
      return location + (position == null ? "" : " (" + position + ")") + ": " + message;
    }
  }
}
