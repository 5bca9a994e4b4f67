package org.dyad.spark;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Options of {@link CodeCorpusJob}, validated eagerly: unknown options, missing values and
 * unknown formats are errors with a message that says which.
 *
 * @param input a Hadoop-compatible path or glob (file:, hdfs:, s3a:, gs:, …); folders are read recursively
 * @param output the output folder; it must not exist yet
 * @param formats which outputs to write
 * @param jdbcUrl a JDBC URL to append the tables to, or null
 * @param jdbcTablePrefix prefix of the JDBC table names
 * @param partitions the number of input partitions, or 0 for Spark's default
 */
record JobOptions(String input, String output, Set<Format> formats, String jdbcUrl, String jdbcTablePrefix, int partitions) {

  enum Format { jsonl, parquet }

  static final String USAGE = "usage: CodeCorpusJob --input PATH --output DIR [--format jsonl,parquet]"
      + " [--jdbc URL] [--jdbc-table-prefix PREFIX] [--partitions N]";

  JobOptions {
    formats = Set.copyOf(formats);
  }

  static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    Set<Format> formats = EnumSet.allOf(Format.class);
    String jdbc = null;
    String prefix = "dyad_";
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--format" -> formats = parseFormats(value);
        case "--jdbc" -> jdbc = value;
        case "--jdbc-table-prefix" -> prefix = value;
        case "--partitions" -> partitions = parsePartitions(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required; " + USAGE);
    }
    if (!prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("--jdbc-table-prefix " + prefix + ": letters, digits and _ only");
    }
    return new JobOptions(input, output, formats, jdbc, prefix, partitions);
  }

  private static Set<Format> parseFormats(String value) {
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String part : value.split(",")) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      try {
        formats.add(Format.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--format " + value + ": unknown format '" + name + "' (jsonl, parquet)", e);
      }
    }
    return formats;
  }

  private static int parsePartitions(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new IllegalArgumentException("--partitions " + value + ": must be at least 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions " + value + ": not a number", e);
    }
  }
}
