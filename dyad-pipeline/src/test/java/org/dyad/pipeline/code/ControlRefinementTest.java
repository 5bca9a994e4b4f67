package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlRefinementTest {

  @Test
  void intentIsRefinedByWhatIsPromised() {
    assertThat(CodeRefinements.intentCode(null)).isEqualTo("030");
    assertThat(CodeRefinements.intentCode("040")).isEqualTo("036");
    assertThat(CodeRefinements.intentCode("073")).isEqualTo("0333");
    assertThat(CodeRefinements.intentCode("084")).isEqualTo("0353");
  }

  @Test
  void appealsDemandsRefusalsAndThreatsAreRefinedToo() {
    assertThat(CodeRefinements.appealCode("070")).isEqualTo("023");
    assertThat(CodeRefinements.appealCode("046")).isEqualTo("026");
    assertThat(CodeRefinements.demandCode("0872")).isEqualTo("106");
    assertThat(CodeRefinements.demandCode("084")).isEqualTo("1053");
    assertThat(CodeRefinements.refusalCode("040")).isEqualTo("125");
    assertThat(CodeRefinements.threatCode("190")).isEqualTo("138");
    assertThat(CodeRefinements.threatCode("163")).isEqualTo("1312");
  }

  @Test
  void everyRefinedCodeIsACameoCode() {
    CodeTables tables = CodeTables.standard();
    for (CameoCode code : tables.cameoCodes()) {
      String c = code.code();
      assertThat(tables.cameo(CodeRefinements.intentCode(c))).as("intent " + c).isNotNull();
      assertThat(tables.cameo(CodeRefinements.appealCode(c))).as("appeal " + c).isNotNull();
      assertThat(tables.cameo(CodeRefinements.demandCode(c))).as("demand " + c).isNotNull();
      assertThat(tables.cameo(CodeRefinements.refusalCode(c))).as("refusal " + c).isNotNull();
      assertThat(tables.cameo(CodeRefinements.threatCode(c))).as("threat " + c).isNotNull();
    }
  }
}
