package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlRefinementTest {

  @Test
  void intentIsRefinedByWhatIsPromised() {
    assertThat(EventCoder.intentCode(null)).isEqualTo("030");
    assertThat(EventCoder.intentCode("040")).isEqualTo("036");
    assertThat(EventCoder.intentCode("073")).isEqualTo("0333");
    assertThat(EventCoder.intentCode("084")).isEqualTo("0353");
  }

  @Test
  void appealsDemandsRefusalsAndThreatsAreRefinedToo() {
    assertThat(EventCoder.appealCode("070")).isEqualTo("023");
    assertThat(EventCoder.appealCode("046")).isEqualTo("026");
    assertThat(EventCoder.demandCode("0872")).isEqualTo("106");
    assertThat(EventCoder.demandCode("084")).isEqualTo("1053");
    assertThat(EventCoder.refusalCode("040")).isEqualTo("125");
    assertThat(EventCoder.threatCode("190")).isEqualTo("138");
    assertThat(EventCoder.threatCode("163")).isEqualTo("1312");
  }

  @Test
  void everyRefinedCodeIsACameoCode() {
    CodeTables tables = CodeTables.standard();
    for (CameoCode code : tables.cameoCodes()) {
      String c = code.code();
      assertThat(tables.cameo(EventCoder.intentCode(c))).as("intent " + c).isNotNull();
      assertThat(tables.cameo(EventCoder.appealCode(c))).as("appeal " + c).isNotNull();
      assertThat(tables.cameo(EventCoder.demandCode(c))).as("demand " + c).isNotNull();
      assertThat(tables.cameo(EventCoder.refusalCode(c))).as("refusal " + c).isNotNull();
      assertThat(tables.cameo(EventCoder.threatCode(c))).as("threat " + c).isNotNull();
    }
  }
}
