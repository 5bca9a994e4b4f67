package org.dyad.pipeline.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A folder's documents, recursively, in name order; hidden files and folders (a leading dot) and
 * files of other types are skipped. Symbolic links to folders are not followed.
 */
final class FolderCursor implements Cursor {

  /** Extensions read inside folders (after an optional ".gz"). */
  static final Set<String> EXTENSIONS = Set.of(
      "txt", "text", "htm", "html", "xhtml", "shtml", "xml", "rss", "atom", "json", "warc");

  private final SourceReader reader;
  private final int depth;
  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private final Path root;
  private boolean started;

  FolderCursor(SourceReader reader, Path root, int depth) {
    this.reader = reader;
    this.root = root;
    this.depth = depth;
  }

  @Override
  public Step advance() {
    if (!started) {
      started = true;
      Step problem = push(root);
      if (problem != null) {
        return problem;
      }
    }
    while (!stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path path = top.next();
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        Step problem = push(path);
        if (problem != null) {
          return problem;
        }
      } else if (isDocument(path) && Files.isRegularFile(path)) {
        return Step.of(reader.openPath(path, path.toString(), depth));
      }
    }
    return null;
  }

  private Step push(Path folder) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path entry : listing) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      return Step.of(new SourceItem.Diagnostic(folder.toString(), null, "could not list folder: " + e.getMessage()));
    }
    entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
    stack.push(entries.iterator());
    return null;
  }

  static boolean isDocument(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
  }
}
