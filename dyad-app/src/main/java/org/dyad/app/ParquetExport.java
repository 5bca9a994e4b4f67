package org.dyad.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes event rows as a Parquet file through an in-memory DuckDB (its JDBC driver bundles the
 * engine, so no Hadoop install is needed); Spark, DuckDB and pandas read the result.
 */
final class ParquetExport implements AutoCloseable {

  /** Column name to SQL type, in the order of {@link StoreRows#flatEvent}. */
  static final Map<String, String> EVENT_COLUMNS = new LinkedHashMap<>();

  static {
    String[][] columns = {
        {"id", "BIGINT"}, {"day", "DATE"}, {"date", "VARCHAR"}, {"dateText", "VARCHAR"}, {"cameo", "VARCHAR"},
        {"cameoName", "VARCHAR"}, {"plover", "VARCHAR"}, {"quadClass", "INTEGER"}, {"goldstein", "DOUBLE"},
        {"sourceName", "VARCHAR"}, {"sourceCode", "VARCHAR"}, {"sourceCountry", "VARCHAR"}, {"targetName", "VARCHAR"},
        {"targetCode", "VARCHAR"}, {"targetCountry", "VARCHAR"}, {"negated", "BOOLEAN"}, {"modality", "VARCHAR"},
        {"locationName", "VARCHAR"}, {"locationCountry", "VARCHAR"}, {"lat", "DOUBLE"}, {"lon", "DOUBLE"},
        {"evidence", "VARCHAR"}, {"confidence", "DOUBLE"}, {"rule", "VARCHAR"}, {"mentions", "INTEGER"},
        {"articles", "INTEGER"}, {"sources", "INTEGER"}, {"firstSeen", "DATE"}, {"documentId", "VARCHAR"}};
    for (String[] column : columns) {
      EVENT_COLUMNS.put(column[0], column[1]);
    }
  }

  private final Connection duck;
  private final PreparedStatement insert;
  private final Path out;
  private int pending;

  ParquetExport(Path out) throws SQLException {
    this.out = out;
    this.duck = DriverManager.getConnection("jdbc:duckdb:");
    StringJoiner definition = new StringJoiner(", ", "CREATE TABLE events (", ")");
    StringJoiner marks = new StringJoiner(", ", "INSERT INTO events VALUES (", ")");
    for (Map.Entry<String, String> column : EVENT_COLUMNS.entrySet()) {
      definition.add('"' + column.getKey() + "\" " + column.getValue());
      marks.add(column.getValue().equals("DATE") ? "CAST(? AS DATE)" : "?");
    }
    try (Statement statement = duck.createStatement()) {
      statement.execute(definition.toString());
    }
    duck.setAutoCommit(false);
    insert = duck.prepareStatement(marks.toString());
  }

  void add(Map<String, Object> row) throws SQLException {
    int i = 1;
    for (Map.Entry<String, String> column : EVENT_COLUMNS.entrySet()) {
      Object value = row.get(column.getKey());
      if (value == null) {
        insert.setNull(i, column.getValue().equals("VARCHAR") || column.getValue().equals("DATE") ? Types.VARCHAR : sqlType(column.getValue()));
      } else {
        insert.setObject(i, value);
      }
      i++;
    }
    insert.addBatch();
    if (++pending == 1000) {
      insert.executeBatch();
      pending = 0;
    }
  }

  private static int sqlType(String type) {
    switch (type) {
      case "BIGINT":
        return Types.BIGINT;
      case "INTEGER":
        return Types.INTEGER;
      case "DOUBLE":
        return Types.DOUBLE;
      case "BOOLEAN":
        return Types.BOOLEAN;
      default:
        return Types.VARCHAR;
    }
  }

  /** Writes the file (replacing it). */
  void finish() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
    duck.commit();
    try (Statement statement = duck.createStatement()) {
      String target = out.toAbsolutePath().toString().replace("'", "''");
      statement.execute("COPY events TO '" + target + "' (FORMAT PARQUET)");
    }
  }

  static List<String> columns() {
    return List.copyOf(EVENT_COLUMNS.keySet());
  }

  @Override
  public void close() throws SQLException {
    try {
      insert.close();
    } finally {
      duck.close();
    }
  }
}
