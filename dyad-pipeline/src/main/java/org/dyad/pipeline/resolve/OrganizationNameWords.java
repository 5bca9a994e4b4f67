package org.dyad.pipeline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that make an unknown organisation's name a company's or a news outlet's ("Air France"
 * → BUS, "China Daily" → MED), from {@code /org/dyad/knowledge/organization-name-words.tsv}.
 */
final class OrganizationNameWords {

  static final String RESOURCE = "/org/dyad/knowledge/organization-name-words.tsv";

  private static final Map<String, String> SECTORS = load();

  private OrganizationNameWords() {}

  /** The sector the first word of {@code words} with one gives, or null. */
  static String sectorOf(List<String> words) {
    for (String word : words) {
      String plain = word.endsWith(".") ? word.substring(0, word.length() - 1) : word; // "Co.", "Inc."
      String sector = SECTORS.get(plain.toLowerCase(Locale.ROOT));
      if (sector != null) {
        return sector;
      }
    }
    return null;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = OrganizationNameWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": expected 'word<TAB>sector': " + line);
        }
        out.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
