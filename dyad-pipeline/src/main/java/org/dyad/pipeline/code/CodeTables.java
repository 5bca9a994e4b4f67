package org.dyad.pipeline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO 1.1b3 code list, the PLOVER 2.0 event types, modes and contexts, and the
 * CAMEO→PLOVER mapping, loaded from the tab-separated files under
 * {@code resources/org/dyad/code/}. Immutable; {@link #standard()} loads them once.
 */
public final class CodeTables {

  private static final String BASE = "/org/dyad/code/";
  private static volatile CodeTables standard;

  private final Map<String, CameoCode> cameo;
  private final Map<String, String> ploverTypes;
  private final Map<String, List<String>> ploverModes;
  private final Set<String> ploverContexts;
  private final Map<String, PloverCoding> cameoToPlover;

  private CodeTables(Map<String, CameoCode> cameo, Map<String, String> ploverTypes,
      Map<String, List<String>> ploverModes, Set<String> ploverContexts, Map<String, PloverCoding> cameoToPlover) {
    this.cameo = Collections.unmodifiableMap(cameo);
    this.ploverTypes = Collections.unmodifiableMap(ploverTypes);
    this.ploverModes = Collections.unmodifiableMap(ploverModes);
    this.ploverContexts = Collections.unmodifiableSet(ploverContexts);
    this.cameoToPlover = Collections.unmodifiableMap(cameoToPlover);
  }

  /** The tables shipped with Dyad. */
  public static CodeTables standard() {
    CodeTables local = standard;
    if (local == null) {
      synchronized (CodeTables.class) {
        local = standard;
        if (local == null) {
          local = load();
          standard = local;
        }
      }
    }
    return local;
  }

  static CodeTables load() {
    Map<String, CameoCode> cameo = new LinkedHashMap<>();
    for (String[] row : rows("cameo-codes.tsv", 3)) {
      String code = row[0];
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalStateException("cameo-codes.tsv: bad code '" + code + "'");
      }
      cameo.put(code, new CameoCode(code, row[2], CameoCode.quadClassOfRoot(code.substring(0, 2)),
          Double.parseDouble(row[1])));
    }
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, List<String>> modes = new LinkedHashMap<>();
    Set<String> contexts = new LinkedHashSet<>();
    for (String[] row : rows("plover.tsv", 2)) {
      switch (row[0]) {
        case "type" -> types.put(row[1], row.length > 3 ? row[3] : "");
        case "mode" -> {
          if (!types.containsKey(row[1])) {
            throw new IllegalStateException("plover.tsv: mode for unknown type " + row[1]);
          }
          modes.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[2]);
        }
        case "context" -> contexts.add(row[1]);
        default -> throw new IllegalStateException("plover.tsv: unknown row kind '" + row[0] + "'");
      }
    }
    Map<String, PloverCoding> mapping = new LinkedHashMap<>();
    for (String[] row : rows("cameo-plover.tsv", 4)) {
      if (!types.containsKey(row[1])) {
        throw new IllegalStateException("cameo-plover.tsv: unknown PLOVER type " + row[1]);
      }
      String mode = row[2].equals("-") ? null : row[2];
      String context = row[3].equals("-") ? null : row[3];
      if (mode != null && !modes.getOrDefault(row[1], List.of()).contains(mode)) {
        throw new IllegalStateException("cameo-plover.tsv: mode " + mode + " is not a mode of " + row[1]);
      }
      if (context != null && !contexts.contains(context)) {
        throw new IllegalStateException("cameo-plover.tsv: unknown context " + context);
      }
      mapping.put(row[0], new PloverCoding(row[1], mode, context));
    }
    return new CodeTables(cameo, types, modes, contexts, mapping);
  }

  private static List<String[]> rows(String file, int minimumColumns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CodeTables.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BASE + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length < minimumColumns) {
          throw new IllegalStateException(file + ":" + number + ": expected " + minimumColumns + " tab-separated columns");
        }
        for (int i = 0; i < row.length; i++) {
          row[i] = row[i].trim();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + BASE + file, e);
    }
    return rows;
  }

  /** The CAMEO code, or null when it is not in CAMEO 1.1b3. */
  public CameoCode cameo(String code) {
    return cameo.get(code);
  }

  public Collection<CameoCode> cameoCodes() {
    return cameo.values();
  }

  /** PLOVER event type names, in manual order. */
  public Set<String> ploverTypes() {
    return ploverTypes.keySet();
  }

  public List<String> ploverModes(String type) {
    return ploverModes.getOrDefault(type, List.of());
  }

  public Set<String> ploverContexts() {
    return ploverContexts;
  }

  /** The PLOVER reading of a CAMEO code (longest mapped prefix), or null (plain statements, 01). */
  public PloverCoding plover(String cameoCode) {
    for (int length = cameoCode.length(); length >= 2; length--) {
      PloverCoding coding = cameoToPlover.get(cameoCode.substring(0, length));
      if (coding != null) {
        return coding;
      }
    }
    return null;
  }
}
