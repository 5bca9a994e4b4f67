package org.dyad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.DocumentJson;

/** Prints rows (ordered maps of column to value) as an aligned table, a JSON array or CSV. */
final class RowPrinter {

  enum Format { table, json, csv }

  private static final int MAX_CELL = 70;

  private RowPrinter() {}

  static void print(List<Map<String, Object>> rows, List<String> tableColumns, Format format, PrintWriter out) {
    switch (format) {
      case json:
        try {
          out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("rows could not be written as JSON", e);
        }
        break;
      case csv:
        List<String> columns = flatColumns(rows, tableColumns);
        out.println(csvLine(new ArrayList<>(columns)));
        for (Map<String, Object> row : rows) {
          List<Object> values = new ArrayList<>();
          for (String column : columns) {
            values.add(flat(row.get(column)));
          }
          out.println(csvLine(values));
        }
        break;
      default:
        table(rows, tableColumns, out);
    }
    out.flush();
  }

  /** CSV keeps scalar columns; nested objects are written as JSON text. */
  private static List<String> flatColumns(List<Map<String, Object>> rows, List<String> tableColumns) {
    LinkedHashMap<String, Boolean> columns = new LinkedHashMap<>();
    for (String column : tableColumns) {
      columns.put(column, true);
    }
    for (Map<String, Object> row : rows) {
      for (String key : row.keySet()) {
        columns.putIfAbsent(key, true);
      }
    }
    return new ArrayList<>(columns.keySet());
  }

  private static Object flat(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    try {
      return DocumentJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** A span (as a record or as its JSON map) shows as its text in tables and CSV cells. */
  static Object spanText(Object value) {
    if (value instanceof org.dyad.model.Span span) {
      return span.text();
    }
    if (value instanceof Map<?, ?> map && map.containsKey("text") && map.containsKey("start")) {
      return map.get("text");
    }
    return value;
  }

  static String csvLine(List<?> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      Object value = values.get(i);
      String text = value == null ? "" : String.valueOf(spanText(value));
      if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
      } else {
        line.append(text);
      }
    }
    return line.toString();
  }

  private static void table(List<Map<String, Object>> rows, List<String> columns, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("(no rows)");
      return;
    }
    int[] widths = new int[columns.size()];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
    }
    for (Map<String, Object> row : rows) {
      String[] line = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        Object value = row.get(columns.get(c));
        String text = value == null ? "" : String.valueOf(spanText(value)).replaceAll("\\s+", " ");
        if (text.length() > MAX_CELL) {
          text = text.substring(0, MAX_CELL - 1) + "…";
        }
        line[c] = text;
        widths[c] = Math.max(widths[c], text.length());
      }
      cells.add(line);
    }
    StringBuilder header = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      header.append(pad(columns.get(c), widths[c], c == columns.size() - 1));
      rule.append("-".repeat(widths[c])).append(c == columns.size() - 1 ? "" : "  ");
    }
    out.println(header.toString().stripTrailing());
    out.println(rule);
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns.size(); c++) {
        text.append(pad(line[c], widths[c], c == columns.size() - 1));
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static String pad(String text, int width, boolean last) {
    return last ? text : text + " ".repeat(width - text.length() + 2);
  }
}
