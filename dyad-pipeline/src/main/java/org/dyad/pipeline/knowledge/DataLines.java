package org.dyad.pipeline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the project's own line-based data files (word classes, the predicate dictionary,
 * the Spanish lemma and relation tables): '#' starts a comment, blank lines are left out, each line
 * keeps its 1-based number for error messages.
 */
public final class DataLines {

  /** A line's number in its file and its content without the comment, trimmed (never empty). */
  public record Line(int number, String content) {}

  private DataLines() {}

  /** Reads every non-blank line of {@code reader} (which it does not close). */
  public static List<Line> read(Reader reader) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (!content.isEmpty()) {
        out.add(new Line(number, content));
      }
    }
    return out;
  }
}
