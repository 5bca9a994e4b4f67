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
 * @param minConfidence the events kept have at least this confidence (default
 *     {@link org.dyad.model.Confidence#DEFAULT_MINIMUM}, what every Dyad surface shows; 0 keeps all)
 */
record JobOptions(String input, String output, Set<Format> formats, String jdbcUrl, String jdbcTablePrefix, int partitions,
    double minConfidence) {

  enum Format { jsonl, parquet }

  static final String USAGE = "usage: CodeCorpusJob --input PATH --output DIR [--format jsonl,parquet]"
      + " [--jdbc URL] [--jdbc-table-prefix PREFIX] [--partitions N] [--min-confidence P]";

  JobOptions {
    formats = Set.copyOf(formats);
  }

  /** Options keeping the events of at least the default confidence. */
  JobOptions(String input, String output, Set<Format> formats, String jdbcUrl, String jdbcTablePrefix, int partitions) {
    this(input, output, formats, jdbcUrl, jdbcTablePrefix, partitions, org.dyad.model.Confidence.DEFAULT_MINIMUM);
  }

  static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    Set<Format> formats = EnumSet.allOf(Format.class);
    String jdbc = null;
    String prefix = "dyad_";
    int partitions = 0;
    double minConfidence = org.dyad.model.Confidence.DEFAULT_MINIMUM;
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
        case "--min-confidence" -> minConfidence = parseConfidence(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required; " + USAGE);
    }
    if (!prefix.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("--jdbc-table-prefix " + prefix + ": letters, digits and _ only");
    }
    return new JobOptions(input, output, formats, jdbc, prefix, partitions, minConfidence);
  }

  private static double parseConfidence(String value) {
    try {
      double minimum = Double.parseDouble(value);
      if (Double.isNaN(minimum) || minimum < 0 || minimum > 1) {
        throw new IllegalArgumentException("--min-confidence " + value + ": must be 0 to 1");
      }
      return minimum;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--min-confidence " + value + ": not a number", e);
    }
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
