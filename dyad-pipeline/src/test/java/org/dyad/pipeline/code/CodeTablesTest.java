package org.dyad.pipeline.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeTablesTest {

  private final CodeTables tables = CodeTables.standard();

  @Test
  void hasAllTwentyRootsWithTheirTwoThreeAndFourDigitCodes() {
    Set<String> roots = tables.cameoCodes().stream().map(CameoCode::root).collect(Collectors.toSet());
    assertThat(roots).hasSize(20).contains("01", "04", "10", "20");
    assertThat(tables.cameo("042").name()).isEqualTo("Make a visit");
    assertThat(tables.cameo("0874").name()).contains("Retreat or surrender");
    assertThat(tables.cameoCodes()).hasSizeGreaterThan(300);
  }

  @Test
  void quadClassFollowsTheRootAndGoldsteinComesFromTheTable() {
    assertThat(tables.cameo("054").quadClass()).isEqualTo(1);
    assertThat(tables.cameo("0333").quadClass()).isEqualTo(1);
    assertThat(tables.cameo("073").quadClass()).isEqualTo(2);
    assertThat(tables.cameo("112").quadClass()).isEqualTo(3);
    assertThat(tables.cameo("190").quadClass()).isEqualTo(4);
    assertThat(tables.cameo("054").goldstein()).isEqualTo(6.0);
    assertThat(tables.cameo("183").goldstein()).isEqualTo(-10.0);
  }

  @Test
  void ploverHasTheSixteenTypesOfVersionTwo() {
    assertThat(tables.ploverTypes()).containsExactly("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
        "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    assertThat(tables.ploverModes("CONSULT")).contains("visit", "phone");
    assertThat(tables.ploverContexts()).contains("humanitarian", "military");
  }

  @Test
  void mapsCameoToPloverByLongestPrefix() {
    assertThat(tables.plover("042")).isEqualTo(new PloverCoding("CONSULT", "visit", null));
    assertThat(tables.plover("0333").type()).isEqualTo("AGREE");
    assertThat(tables.plover("0333").context()).isEqualTo("humanitarian");
    assertThat(tables.plover("0841").type()).isEqualTo("RETREAT");
    assertThat(tables.plover("083").type()).isEqualTo("CONCEDE");
    assertThat(tables.plover("1122").type()).isEqualTo("ACCUSE");
    assertThat(tables.plover("193").type()).isEqualTo("ASSAULT");
    assertThat(tables.plover("010")).isNull();
  }

  @Test
  void everyCodeOutsidePlainStatementsHasAPloverType() {
    for (CameoCode code : tables.cameoCodes()) {
      if (!code.root().equals("01")) {
        assertThat(tables.plover(code.code())).as(code.code()).isNotNull();
      }
    }
  }
}
