package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void writesJsonLinesAndParquetByDefault() {
    JobOptions options = JobOptions.parse("--input", "s3a://b/in", "--output", "s3a://b/out");
    assertThat(options.formats()).containsExactlyInAnyOrder(JobOptions.Format.jsonl, JobOptions.Format.parquet);
    assertThat(options.jdbcUrl()).isNull();
    assertThat(options.jdbcTablePrefix()).isEqualTo("dyad_");
  }

  @Test
  void readsFormatsJdbcAndPartitions() {
    JobOptions options = JobOptions.parse("--input", "in", "--output", "out", "--format", "jsonl",
        "--jdbc", "jdbc:postgresql://db/dyad", "--partitions", "8");
    assertThat(options.formats()).isEqualTo(Set.of(JobOptions.Format.jsonl));
    assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db/dyad");
    assertThat(options.partitions()).isEqualTo(8);
  }

  @Test
  void refusesUnknownOptionsMissingValuesAndUnknownFormats() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--colour", "red"))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output"))
        .hasMessageContaining("--output needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "out", "--format", "csv"))
        .hasMessageContaining("unknown format 'csv'");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in"))
        .hasMessageContaining("--input and --output are required");
  }
}
