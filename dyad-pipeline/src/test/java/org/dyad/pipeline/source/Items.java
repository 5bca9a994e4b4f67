package org.dyad.pipeline.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: drain a source into lists. */
final class Items {

  final List<SourceItem> all = new ArrayList<>();

  static Items read(String location, SourceOptions options, Fetcher fetcher) {
    return read(location, options, fetcher, new ByteArrayInputStream(new byte[0]));
  }

  static Items read(String location, SourceOptions options, Fetcher fetcher, InputStream standardInput) {
    Items items = new Items();
    try (DocumentStream stream = DocumentSources.open(location, options, fetcher, standardInput)) {
      stream.forEachRemaining(items.all::add);
    }
    return items;
  }

  List<RawDocument> documents() {
    List<RawDocument> documents = new ArrayList<>();
    for (SourceItem item : all) {
      if (item instanceof SourceItem.Document) {
        documents.add(((SourceItem.Document) item).document());
      }
    }
    return documents;
  }

  List<SourceItem.Diagnostic> diagnostics() {
    List<SourceItem.Diagnostic> diagnostics = new ArrayList<>();
    for (SourceItem item : all) {
      if (item instanceof SourceItem.Diagnostic) {
        diagnostics.add((SourceItem.Diagnostic) item);
      }
    }
    return diagnostics;
  }

  List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (RawDocument document : documents()) {
      texts.add(new String(document.content(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return texts;
  }
}
