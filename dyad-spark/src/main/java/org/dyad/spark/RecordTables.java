package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Actor;
import org.dyad.model.DocumentInfo;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * The flat tables written beside the JSON Lines: one row per document, event, actor, actor
 * mention and quote, each keyed by {@code document_id} (the record's document id). Column names
 * are the JSON field names of docs/OUTPUT.md in snake_case; nested spans are flattened
 * ({@code trigger_start}, {@code trigger_end}, {@code trigger_text}).
 */
enum RecordTables {
  documents(schema(
      field("document_id", DataTypes.StringType), field("source", DataTypes.StringType),
      field("url", DataTypes.StringType), field("title", DataTypes.StringType),
      field("published", DataTypes.StringType), field("outlet", DataTypes.StringType),
      field("language", DataTypes.StringType), field("text", DataTypes.StringType),
      field("actor_count", DataTypes.IntegerType), field("event_count", DataTypes.IntegerType),
      field("quote_count", DataTypes.IntegerType))),
  events(schema(
      field("document_id", DataTypes.StringType), field("id", DataTypes.StringType),
      field("cameo", DataTypes.StringType), field("cameo_name", DataTypes.StringType),
      field("plover", DataTypes.StringType), field("quad_class", DataTypes.IntegerType),
      field("goldstein", DataTypes.DoubleType), field("source", DataTypes.StringType),
      field("target", DataTypes.StringType), field("trigger_start", DataTypes.IntegerType),
      field("trigger_end", DataTypes.IntegerType), field("trigger_text", DataTypes.StringType),
      field("negated", DataTypes.BooleanType), field("modality", DataTypes.StringType),
      field("date", DataTypes.StringType), field("date_text", DataTypes.StringType),
      field("location_name", DataTypes.StringType), field("location_country", DataTypes.StringType),
      field("location_lat", DataTypes.DoubleType), field("location_lon", DataTypes.DoubleType),
      field("location_geoname_id", DataTypes.IntegerType), field("location_adm1", DataTypes.StringType),
      field("location_precision", DataTypes.StringType),
      field("sentence", DataTypes.IntegerType), field("evidence_start", DataTypes.IntegerType),
      field("evidence_end", DataTypes.IntegerType), field("evidence_text", DataTypes.StringType),
      field("confidence", DataTypes.DoubleType), field("rule", DataTypes.StringType))),
  actors(schema(
      field("document_id", DataTypes.StringType), field("id", DataTypes.StringType),
      field("name", DataTypes.StringType), field("aliases", DataTypes.createArrayType(DataTypes.StringType)),
      field("kind", DataTypes.StringType), field("country", DataTypes.StringType),
      field("sector", DataTypes.StringType), field("code", DataTypes.StringType),
      field("role", DataTypes.StringType), field("mention_count", DataTypes.IntegerType))),
  mentions(schema(
      field("document_id", DataTypes.StringType), field("actor_id", DataTypes.StringType),
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
      field("text", DataTypes.StringType))),
  quotes(schema(
      field("document_id", DataTypes.StringType), field("id", DataTypes.StringType),
      field("kind", DataTypes.StringType), field("text", DataTypes.StringType),
      field("speaker", DataTypes.StringType), field("cue", DataTypes.StringType),
      field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType)));

  private final StructType schema;

  RecordTables(StructType schema) {
    this.schema = schema;
  }

  StructType schema() {
    return schema;
  }

  /** This table's rows for one document record. */
  List<Row> rows(DocumentRecord record) {
    DocumentInfo info = record.document();
    String id = info.id();
    List<Row> rows = new ArrayList<>();
    switch (this) {
      case documents -> rows.add(RowFactory.create(id, info.source(), info.url(), info.title(), info.published(),
          info.outlet(), info.language(), info.text(), record.actors().size(), record.events().size(),
          record.quotes().size()));
      case events -> {
        for (Event e : record.events()) {
          Span trigger = orEmpty(e.trigger());
          Span evidence = orEmpty(e.evidence());
          Location location = e.location() == null ? new Location(null, null, null, null) : e.location();
          rows.add(RowFactory.create(id, e.id(), e.cameo(), e.cameoName(), e.plover(), e.quadClass(), e.goldstein(),
              e.source(), e.target(), trigger.start(), trigger.end(), trigger.text(), e.negated(), e.modality(),
              e.date(), e.dateText(), location.name(), location.country(), location.lat(), location.lon(),
              location.geonameId(), location.adm1(), location.precision(), e.sentence(), evidence.start(), evidence.end(), evidence.text(), e.confidence(), e.rule()));
        }
      }
      case actors -> {
        for (Actor a : record.actors()) {
          rows.add(RowFactory.create(id, a.id(), a.name(), a.aliases().toArray(new String[0]), a.kind(), a.country(),
              a.sector(), a.code(), a.role(), a.mentions().size()));
        }
      }
      case mentions -> {
        for (Actor a : record.actors()) {
          for (Span m : a.mentions()) {
            rows.add(RowFactory.create(id, a.id(), m.start(), m.end(), m.text()));
          }
        }
      }
      case quotes -> {
        for (Quote q : record.quotes()) {
          rows.add(RowFactory.create(id, q.id(), q.kind(), q.text(), q.speaker(), q.cue(), q.start(), q.end()));
        }
      }
      default -> throw new IllegalStateException("no rows for table " + this);
    }
    return rows;
  }

  private static Span orEmpty(Span span) {
    return span == null ? new Span(-1, -1, null) : span;
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
