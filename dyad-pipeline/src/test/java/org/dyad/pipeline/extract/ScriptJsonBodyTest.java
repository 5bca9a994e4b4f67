package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;

class ScriptJsonBodyTest {

  private static final String[] BODY = {
      "The harbour authority of Porto Vello said on Tuesday that the new pier would open in spring, two years later than planned, because the old foundations were weaker than surveys had shown.",
      "Engineers found that the foundations could not carry the weight of modern container cranes, the authority's director, Ana Ferro, told reporters at a briefing in the port.",
      "\"We would rather open late than open twice,\" she said, adding that the budget had grown by a fifth, to 84 million euros, since the start of the work in 2021.",
      "Fishermen who moor at the old pier will move to a temporary jetty in the north basin until the work ends, the authority said, and ferries will keep their timetable.",
      "The city council is expected to vote on the extra money next month, after a review by the regional audit office, which has questioned the cost of the cranes."};

  private static String paragraphObjects(int from, int to) {
    StringBuilder json = new StringBuilder();
    for (int i = from; i < to; i++) {
      json.append(i > from ? "," : "").append("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":")
          .append("\"").append(BODY[i].replace("\"", "\\\"")).append("\"}]}");
    }
    return json.toString();
  }

  private static String page(int shownParagraphs) {
    StringBuilder markup = new StringBuilder();
    for (int i = 0; i < shownParagraphs; i++) {
      markup.append("<p>").append(BODY[i]).append("</p>");
    }
    String data = "{\"props\":{\"pageProps\":{\"story\":{\"headline\":\"Pier opening delayed again\","
        + "\"body\":{\"content\":[" + paragraphObjects(0, BODY.length) + "]},"
        + "\"related\":[{\"title\":\"Port strike ends\",\"summary\":\"The dockers' union and the port signed a deal on "
        + "Friday that ends a strike of three weeks, with a pay rise of four percent over two years for all staff.\"}]},"
        + "\"padding\":\"" + "x".repeat(2_000) + "\"}}}";
    return "<html><head><title>Pier opening delayed again</title></head><body><main><article>"
        + "<h1>Pier opening delayed again</h1>" + markup + "<div class=\"paywall\">Subscribe to read more</div>"
        + "</article></main><script id=\"__NEXT_DATA__\" type=\"application/json\">" + data + "</script></body></html>";
  }

  private static Article extract(String html) {
    RawDocument raw = new RawDocument("t.html", null, html.getBytes(StandardCharsets.UTF_8), "text/html", null, null);
    return new HtmlExtractor().extract(raw, html);
  }

  @Test
  void aTeaserInTheMarkupIsCompletedFromThePageData() {
    String text = extract(page(1)).text();
    assertThat(text).startsWith("The harbour authority").contains("regional audit office")
        .doesNotContain("Pier opening delayed again").doesNotContain("dockers' union");
    assertThat(text.split("\n\n")).hasSize(BODY.length);
  }

  @Test
  void aFullBodyInTheMarkupIsKept() {
    String text = extract(page(BODY.length)).text();
    assertThat(text.split("\n\n")).hasSize(BODY.length);
    assertThat(text).doesNotContain("dockers' union");
  }

  @Test
  void brokenOrUnrelatedPageDataIsIgnored() {
    String broken = page(1).replace("{\"props\"", "{props");
    assertThat(extract(broken).text()).startsWith("The harbour authority").doesNotContain("regional audit office");
  }
}
