package org.dyad.pipeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToponymFinderTest {

  @Test
  void aNewsAgencyInParenthesesIsSeenAsOne() {
    String text = "HANOI, Vietnam (AP) — The secretary spoke.";
    int ap = text.indexOf("AP");
    assertThat(ToponymFinder.parenthesised(text, ap, ap + 2)).isTrue();
    int hanoi = text.indexOf("HANOI");
    assertThat(ToponymFinder.parenthesised(text, hanoi, hanoi + 5)).isFalse();
    String spaced = "KABUL ( Reuters ) - Talks began.";
    int reuters = spaced.indexOf("Reuters");
    assertThat(ToponymFinder.parenthesised(spaced, reuters, reuters + 7)).isTrue();
  }
}
