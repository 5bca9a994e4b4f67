package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.source.RawDocument;
import org.dyad.store.DocumentJson;
import scala.Tuple2;

/**
 * {@code spark-submit --class org.dyad.spark.CodeCorpusJob dyad-spark.jar --input PATH --output DIR
 * [--format jsonl,parquet] [--jdbc URL]}: codes every document under PATH with the Dyad pipeline
 * and writes {@code DIR/documents} (JSON Lines, one document record a line, docs/OUTPUT.md),
 * {@code DIR/{documents,events,actors,mentions,quotes}.parquet} and {@code DIR/problems} (JSON
 * Lines: inputs that could not be read or coded, with where and why). With {@code --jdbc} the same
 * tables are appended to {@code <prefix>documents}, {@code <prefix>events}, … in that database.
 *
 * <p>Each executor JVM loads the models once (the pipeline's shared annotator) and codes its
 * partitions' files one document at a time. Exit status: 0 done, 1 some documents failed
 * (listed in problems), 2 usage error.
 */
public final class CodeCorpusJob {

  /** What a run did. */
  public record Summary(long documents, long problems) {}

  private static final String RECORD = "record";
  private static final String PROBLEM = "problem";

  private CodeCorpusJob() {}

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("CodeCorpusJob: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dyad-code-corpus").getOrCreate();
    Summary summary;
    try {
      summary = run(spark, options);
    } catch (IllegalArgumentException e) {
      System.err.println("CodeCorpusJob: " + e.getMessage());
      spark.stop();
      System.exit(2);
      return;
    }
    spark.stop();
    System.out.println("CodeCorpusJob: " + summary.documents() + " documents coded, " + summary.problems()
        + " problems (see " + options.output() + "/problems)");
    System.exit(summary.problems() == 0 ? 0 : 1);
  }

  /** Runs the job on an existing session; throws IllegalArgumentException for unusable paths. */
  public static Summary run(SparkSession spark, String... args) throws IOException {
    return run(spark, JobOptions.parse(args));
  }

  static Summary run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    context.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path output = new Path(options.output());
    FileSystem outputSystem = output.getFileSystem(context.hadoopConfiguration());
    if (outputSystem.exists(output)) {
      throw new IllegalArgumentException(options.output() + ": already exists; choose a new output folder");
    }
    JavaPairRDD<String, PortableDataStream> files = options.partitions() > 0
        ? context.binaryFiles(options.input(), options.partitions())
        : context.binaryFiles(options.input());
    double minConfidence = options.minConfidence();
    JavaRDD<Tuple2<String, String>> coded = files.mapPartitions(partition -> codePartition(partition, minConfidence))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<String> records = coded.filter(outcome -> outcome._1().equals(RECORD)).map(Tuple2::_2);
      JavaRDD<String> problems = coded.filter(outcome -> outcome._1().equals(PROBLEM)).map(Tuple2::_2);
      long documentCount = records.count();
      long problemCount = problems.count();
      if (options.formats().contains(JobOptions.Format.jsonl)) {
        spark.createDataset(records.rdd(), Encoders.STRING()).write().text(options.output() + "/documents");
      }
      spark.createDataset(problems.coalesce(1).rdd(), Encoders.STRING()).write().text(options.output() + "/problems");
      for (RecordTables table : RecordTables.values()) {
        boolean parquet = options.formats().contains(JobOptions.Format.parquet);
        if (!parquet && options.jdbcUrl() == null) {
          continue;
        }
        JavaRDD<Row> rows = records.flatMap(json -> table.rows(DocumentJson.read(json)).iterator());
        var frame = spark.createDataFrame(rows, table.schema());
        if (parquet) {
          frame.write().parquet(options.output() + "/" + table.name() + ".parquet");
        }
        if (options.jdbcUrl() != null) {
          // JDBC has no portable array type: list columns go in as JSON text.
          for (var field : table.schema().fields()) {
            if (field.dataType() instanceof ArrayType) {
              frame = frame.withColumn(field.name(), functions.to_json(functions.col(field.name())));
            }
          }
          frame.write().mode(SaveMode.Append)
              .jdbc(options.jdbcUrl(), options.jdbcTablePrefix() + table.name(), new Properties());
        }
      }
      return new Summary(documentCount, problemCount);
    } finally {
      coded.unpersist(false);
    }
  }

  /** Codes the files of one partition with this executor's pipeline, keeping the events of at least {@code minConfidence}. */
  static Iterator<Tuple2<String, String>> codePartition(Iterator<Tuple2<String, PortableDataStream>> files, double minConfidence) {
    Pipeline pipeline = ExecutorPipeline.get().withMinConfidence(minConfidence);
    List<Tuple2<String, String>> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> file = files.next();
      DocumentReader.Result read;
      try (InputStream in = file._2().open()) {
        read = DocumentReader.read(file._1(), in);
      } catch (IOException e) {
        out.add(problem(file._1(), "could not read: " + e.getMessage()));
        continue;
      }
      for (DocumentReader.Problem problem : read.problems()) {
        out.add(problem(problem.source(), problem.message()));
      }
      for (RawDocument raw : read.documents()) {
        out.add(code(pipeline, raw));
      }
    }
    return out.iterator();
  }

  /** One document's outcome: its record as a JSON line, or a problem saying why there is none. */
  static Tuple2<String, String> code(Pipeline pipeline, RawDocument raw) {
    try {
      DocumentRecord record = pipeline.process(raw);
      return new Tuple2<>(RECORD, DocumentJson.toLine(record));
    } catch (UnreadableInputException e) {
      return problem(raw.source(), e.getMessage());
    } catch (RuntimeException e) {
      // One document's internal failure must not end a corpus-wide job: record it and go on.
      return problem(raw.source(), "internal error: " + e);
    }
  }

  private static Tuple2<String, String> problem(String source, String message) {
    try {
      return new Tuple2<>(PROBLEM, DocumentJson.mapper().writeValueAsString(
          Map.of("source", String.valueOf(source), "message", String.valueOf(message))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem report could not be written as JSON", e);
    }
  }
}
