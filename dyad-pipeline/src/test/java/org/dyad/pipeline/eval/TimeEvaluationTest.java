package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.eval.TimeMlDocument.GoldTimex;
import org.junit.jupiter.api.Test;

class TimeEvaluationTest {

  private static final String TIMEML = """
      <?xml version="1.0" ?><TimeML>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
      <TEXT>
      Deaths were <EVENT eid="e1">reported</EVENT> in <TIMEX3 tid="t3" type="DATE" value="2013-W11">the last week</TIMEX3> &amp; on <TIMEX3 tid="t4" type="DATE" value="2013-03-22">Friday</TIMEX3>, over <TIMEX3 tid="t5" type="DURATION" value="P1M">a month</TIMEX3>.
      </TEXT></TimeML>
      """;

  @Test
  void readsStrippedTextGoldSpansAndCreationTime() {
    TimeMlDocument document = TimeMlDocument.parse("doc", TIMEML);
    assertThat(document.creationTime()).isEqualTo("2013-03-22");
    assertThat(document.text()).contains("Deaths were reported in the last week & on Friday, over a month.");
    assertThat(document.timexes()).extracting(GoldTimex::text, GoldTimex::type, GoldTimex::value).containsExactly(
        tuple("the last week", "DATE", "2013-W11"), tuple("Friday", "DATE", "2013-03-22"), tuple("a month", "DURATION", "P1M"));
    for (GoldTimex g : document.timexes()) {
      assertThat(document.text().substring(g.start(), g.end())).isEqualTo(g.text());
    }
  }

  @Test
  void systemExpressionCountsWhenItOverlapsGoldWithTheSameValue() {
    TimeMlDocument document = TimeMlDocument.parse("doc", TIMEML);
    String text = document.text();
    int week = text.indexOf("last week");
    int friday = text.indexOf("Friday");
    int reported = text.indexOf("reported");
    List<TimeExpression> system = List.of(
        new TimeExpression("last week", "2013-W11", week, week + 9),
        new TimeExpression("Friday", "2013-03-15", friday, friday + 6),
        new TimeExpression("reported", "2013", reported, reported + 8));
    TimeEvaluation.Score span = TimeEvaluation.score(document.timexes(), system, false);
    TimeEvaluation.Score value = TimeEvaluation.score(document.timexes(), system, true);
    assertThat(span).isEqualTo(new TimeEvaluation.Score(2, 3, 2, 3));
    assertThat(value).isEqualTo(new TimeEvaluation.Score(1, 3, 1, 3));
    assertThat(value.line()).isEqualTo("F1 0.333 P 0.333 R 0.333 n=3");
  }
}
