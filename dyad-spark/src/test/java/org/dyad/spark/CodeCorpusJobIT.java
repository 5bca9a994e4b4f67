package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.pipeline.source.Sources;
import org.dyad.store.DocumentJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job on local[2] over the test corpus and compares it with the single-machine pipeline. */
class CodeCorpusJobIT {

  private static SparkSession spark;
  private static Path corpus;
  private static Path output;
  private static CodeCorpusJob.Summary summary;

  @TempDir static Path temp;

  /** One job run over the test corpus (the pipeline is slow); the tests check its outputs. */
  @BeforeAll
  static void runJobOnLocalSpark() throws URISyntaxException, IOException {
    corpus = Path.of(CodeCorpusJobIT.class.getResource("/corpus").toURI());
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("dyad-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    output = temp.resolve("out");
    summary = CodeCorpusJob.run(spark,
        "--input", corpus.toUri().toString(), "--output", output.toString(), "--partitions", "2",
        "--jdbc", "jdbc:sqlite:" + temp.resolve("dyad.db"));
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkRecordsEqualSingleMachineRecordsByDocumentId() throws IOException, UnreadableInputException {
    Map<String, JsonNode> fromSpark = byDocumentId(readJsonLines(output.resolve("documents")));
    Map<String, JsonNode> single = singleMachineRecords();
    assertThat(single).hasSize(4);
    assertThat(fromSpark.keySet()).isEqualTo(single.keySet());
    for (String id : single.keySet()) {
      assertThat(withoutSource(fromSpark.get(id))).as("record %s", id).isEqualTo(withoutSource(single.get(id)));
    }
    assertThat(summary.documents()).isEqualTo(4);
    assertThat(summary.problems()).isEqualTo(1);
    List<JsonNode> problems = readJsonLines(output.resolve("problems"));
    assertThat(problems).singleElement()
        .satisfies(problem -> assertThat(problem.get("source").asText()).endsWith("blank.txt"))
        .satisfies(problem -> assertThat(problem.get("message").asText()).contains("no article text"));
  }

  @Test
  void parquetTablesHoldOneRowPerRecordPart() throws IOException {
    List<DocumentRecord> records = readJsonLines(output.resolve("documents")).stream()
        .map(node -> DocumentJson.read(node.toString())).toList();

    assertThat(parquetCount(output, "documents")).isEqualTo(records.size());
    assertThat(parquetCount(output, "events")).isEqualTo(records.stream().mapToLong(r -> r.events().size()).sum());
    assertThat(parquetCount(output, "actors")).isEqualTo(records.stream().mapToLong(r -> r.actors().size()).sum());
    assertThat(parquetCount(output, "quotes")).isEqualTo(records.stream().mapToLong(r -> r.quotes().size()).sum());
    assertThat(parquetCount(output, "mentions")).isEqualTo(records.stream()
        .flatMap(r -> r.actors().stream()).mapToLong(a -> a.mentions().size()).sum());
    List<Row> documents = spark.read().parquet(output.resolve("documents.parquet").toString())
        .select("document_id", "published").collectAsList();
    assertThat(documents).extracting(row -> row.getString(0))
        .containsExactlyInAnyOrderElementsOf(records.stream().map(r -> r.document().id()).toList());
    assertThat(documents).extracting(row -> row.getString(1)).contains("2024-05-02");
  }

  @Test
  void jdbcTablesHoldTheSameRowsAsParquet() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("dyad.db"))) {
      for (RecordTables table : RecordTables.values()) {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from dyad_" + table.name())) {
          rows.next();
          assertThat(rows.getLong(1)).as(table.name()).isEqualTo(parquetCount(output, table.name()));
        }
      }
    }
  }

  @Test
  void refusesAnExistingOutputFolder() throws IOException {
    Path existing = Files.createDirectories(temp.resolve("exists"));
    assertThatThrownBy(() -> CodeCorpusJob.run(spark, "--input", corpus.toString(), "--output", existing.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already exists");
  }

  /** The records the single-machine pipeline gives for the same inputs. */
  private static Map<String, JsonNode> singleMachineRecords() throws IOException, UnreadableInputException {
    Pipeline pipeline = new Pipeline();
    Map<String, JsonNode> records = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.equals("blank.txt")) {
        continue;
      }
      List<RawDocument> documents = name.endsWith(".jsonl")
          ? DocumentReader.read(file.toString(), Files.readAllBytes(file)).documents()
          : List.of(Sources.read(file.toString(), null));
      for (RawDocument raw : documents) {
        JsonNode node = DocumentJson.mapper().readTree(DocumentJson.toLine(pipeline.process(raw)));
        records.put(node.get("document").get("id").asText(), node);
      }
    }
    return records;
  }

  private static Map<String, JsonNode> byDocumentId(List<JsonNode> records) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode record : records) {
      byId.put(record.get("document").get("id").asText(), record);
    }
    return byId;
  }

  /** The record without document.source: Spark names files by URI (file:/…), the CLI by path. */
  private static JsonNode withoutSource(JsonNode record) {
    ObjectNode copy = record.deepCopy();
    ((ObjectNode) copy.get("document")).remove("source");
    return copy;
  }

  private static List<JsonNode> readJsonLines(Path folder) throws IOException {
    List<Path> parts;
    try (Stream<Path> list = Files.list(folder)) {
      parts = list.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (Path part : parts) {
      for (String line : Files.readAllLines(part)) {
        if (!line.isBlank()) {
          nodes.add(DocumentJson.mapper().readTree(line));
        }
      }
    }
    return nodes;
  }

  private static long parquetCount(Path output, String table) {
    return spark.read().parquet(output.resolve(table + ".parquet").toString()).count();
  }
}
