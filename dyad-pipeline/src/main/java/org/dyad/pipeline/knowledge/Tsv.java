package org.dyad.pipeline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the project's TSV data files: '#' comment lines, one header row, tab-separated cells. */
final class Tsv {

  private Tsv() {}

  /** The data rows of a classpath resource, each padded to the header's width. */
  static List<String[]> read(String resource) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("knowledge file missing from the classpath: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int width = -1;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (width < 0) {
          width = cells.length;
          continue;
        }
        if (cells.length > width) {
          throw new IllegalStateException(resource + " line " + number + ": " + cells.length
              + " cells where the header has " + width);
        }
        String[] padded = Arrays.copyOf(cells, width);
        for (int i = 0; i < width; i++) {
          padded[i] = padded[i] == null ? "" : padded[i].strip();
        }
        rows.add(padded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read knowledge file " + resource, e);
    }
    return rows;
  }

  /** The '|'-separated values of a cell, without empty ones. */
  static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String part : cell.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  static String orNull(String cell) {
    return cell == null || cell.isBlank() ? null : cell;
  }
}
