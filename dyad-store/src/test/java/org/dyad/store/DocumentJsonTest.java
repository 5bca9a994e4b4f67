package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  private static DocumentRecord withEvent() {
    return Records.document("d1", "example.org", "2017-03-01")
        .person("a1", "Jane Example", "USA", "president")
        .country("a2", "Russia", "RUS")
        .event("e1", "042", 1, 1.9, "a1", "a2", "2016-12-05", null, null, "Example visited Russia.")
        .build();
  }

  @Test
  void theActorCodesOnTheEventDateSurviveARoundTrip() {
    DocumentRecord record = withEvent();
    Event dated = record.events().get(0).withActorCodes("USAGOV", "RUS");
    DocumentRecord coded = new DocumentRecord(record.schema(), record.document(), record.actors(), java.util.List.of(dated),
        record.quotes(), record.amounts(), record.times());

    String json = DocumentJson.toLine(coded);
    DocumentRecord back = DocumentJson.read(json);

    assertThat(json).contains("\"sourceCode\":\"USAGOV\"").contains("\"targetCode\":\"RUS\"");
    assertThat(back.events().get(0).sourceCode()).isEqualTo("USAGOV");
    assertThat(back.events().get(0).targetCode()).isEqualTo("RUS");
    assertThat(back).isEqualTo(coded);
  }

  @Test
  void aRecordWrittenBeforeTheActorCodesExistedReadsWithNullCodes() {
    String json = DocumentJson.toLine(withEvent()).replace(",\"sourceCode\":null", "").replace(",\"targetCode\":null", "");
    assertThat(json).doesNotContain("sourceCode");

    Event event = DocumentJson.read(json).events().get(0);

    assertThat(event.sourceCode()).isNull();
    assertThat(event.targetCode()).isNull();
    assertThat(event.source()).isEqualTo("a1");
    assertThat(event.date()).isEqualTo("2016-12-05");
  }
}
