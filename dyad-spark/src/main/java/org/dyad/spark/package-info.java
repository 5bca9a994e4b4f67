/**
 * The Spark job: reads text, HTML, WARC and JSON Lines from any Hadoop-compatible path, runs the
 * Dyad {@link org.dyad.pipeline.Pipeline} per partition (models load once per executor JVM) and
 * writes document records as JSON Lines and events, actors, mentions and quotes as Parquet or
 * through JDBC. Entry point: {@link org.dyad.spark.CodeCorpusJob}.
 */
package org.dyad.spark;
