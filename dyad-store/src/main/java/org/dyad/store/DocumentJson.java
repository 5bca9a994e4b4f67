package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dyad.model.DocumentRecord;

/** Reads and writes document records as JSON, the one shape every command emits. */
public final class DocumentJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private DocumentJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON (JSON Lines). */
  public static String toLine(DocumentRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("document record could not be written as JSON", e);
    }
  }

  public static String toPrettyJson(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value could not be written as JSON", e);
    }
  }

  public static DocumentRecord read(String json) {
    try {
      return MAPPER.readValue(json, DocumentRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a dyad.document/1 record: " + e.getOriginalMessage(), e);
    }
  }
}
