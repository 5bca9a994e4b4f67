package org.dyad.pipeline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(span -> span.text(text)).toList();
  }

  @Test
  void findsCurlyAndStraightQuotes() {
    assertThat(quoted("She said: \u201cWe hope so.\u201d He said \"no way\" twice."))
        .containsExactly("We hope so.", "no way");
  }

  @Test
  void splitsAQuoteInterruptedByItsAttribution() {
    assertThat(quoted("\u201cFirst part,\u201d she said, \u201csecond part.\u201d"))
        .containsExactly("First part,", "second part.");
  }

  @Test
  void continuesAQuoteIntoTheNextParagraphThatReopensIt() {
    String text = "\u201cOne paragraph.\n\n\u201cAnother one,\u201d he said.\n\nAfter.";
    List<QuotedSpan> spans = QuoteMarks.find(text);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).pieces()).hasSize(2);
    assertThat(spans.get(0).text(text)).isEqualTo("One paragraph. Another one,");
    assertThat(spans.get(0).closed()).isTrue();
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).startsWith("One").endsWith("one,");
  }

  @Test
  void continuesAQuoteReopenedAfterAFinishedSentenceWhenParagraphBreaksWereLost() {
    String text = "He added: \"We went far. \"You could see it. \"It is over.\" Then he left.";
    List<QuotedSpan> spans = QuoteMarks.find(text);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).text(text)).isEqualTo("We went far. You could see it. It is over.");
    assertThat(spans.get(0).closed()).isTrue();
  }

  @Test
  void aClosingMarkBeforeTheNextQuoteStillCloses() {
    assertThat(quoted("\"I am sorry.\" \"It was wrong,\" he said."))
        .containsExactly("I am sorry.", "It was wrong,");
  }

  @Test
  void endsAnUnclosedQuoteAtTheParagraphEnd() {
    String text = "He said \"this never closes.\n\nNext paragraph \"quoted\" here.";
    List<QuotedSpan> spans = QuoteMarks.find(text);
    assertThat(spans).extracting(span -> span.text(text)).containsExactly("this never closes.", "quoted");
    assertThat(spans.get(0).closed()).isFalse();
  }

  @Test
  void ignoresApostrophesAndEmptyQuotes() {
    assertThat(quoted("The Taliban's visit \"\" isn't quoted.")).isEmpty();
  }

  @Test
  void offsetsExcludeTheMarks() {
    String text = "banned as a \u201cterrorist\u201d group";
    QuotedSpan span = QuoteMarks.find(text).get(0);
    assertThat(text.substring(span.start(), span.end())).isEqualTo("terrorist");
    assertThat(text.charAt(span.openMark())).isEqualTo('\u201c');
  }

  @Test
  void readsDoubledSingleMarksAsOneQuotationMark() {
    String text = "''You'd think so,'' Mr. King said. The students' books.";
    assertThat(quoted(text)).containsExactly("You'd think so,");
  }
}
