package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.pipeline.source.RawDocument;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class DocumentReaderTest {

  @Test
  void readsPlainTextAsOneDocument() {
    DocumentReader.Result result = DocumentReader.read("file:/in/a.txt", "Title\n\nBody.".getBytes(StandardCharsets.UTF_8));
    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).singleElement().satisfies(raw -> {
      assertThat(raw.source()).isEqualTo("file:/in/a.txt");
      assertThat(new String(raw.content(), StandardCharsets.UTF_8)).isEqualTo("Title\n\nBody.");
      assertThat(raw.looksLikeHtml()).isFalse();
    });
  }

  @Test
  void readsEachJsonLineAndReportsBadLinesWithTheirNumber() {
    String lines = "{\"text\": \"First\", \"url\": \"https://x.example/1\", \"published\": \"2024-05-02T10:00:00Z\"}\n"
        + "\n"
        + "not json\n"
        + "{\"title\": \"no body\"}\n"
        + "{\"html\": \"<html><body><p>Second</p></body></html>\"}\n";
    DocumentReader.Result result = DocumentReader.read("s3a://bucket/feed.jsonl", lines.getBytes(StandardCharsets.UTF_8));

    assertThat(result.documents()).hasSize(2);
    RawDocument first = result.documents().get(0);
    assertThat(first.url()).isEqualTo("https://x.example/1");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(result.documents().get(1).looksLikeHtml()).isTrue();
    assertThat(result.documents().get(1).source()).isEqualTo("s3a://bucket/feed.jsonl:5");
    assertThat(result.problems()).extracting(DocumentReader.Problem::source)
        .containsExactly("s3a://bucket/feed.jsonl:3", "s3a://bucket/feed.jsonl:4");
  }

  @Test
  void readsHtmlResponsesOfAWarcFileAndSkipsOtherRecords() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(warc))) {
      writer.write(response("https://news.example.org/a", 200, "text/html; charset=utf-8",
          "<html><body><p>Story</p></body></html>"));
      writer.write(response("https://news.example.org/logo.png", 200, "image/png", "PNG"));
      writer.write(response("https://news.example.org/missing", 404, "text/html", "<html>gone</html>"));
    }
    DocumentReader.Result result = DocumentReader.read("hdfs:///crawl/x.warc", warc.toByteArray());

    assertThat(result.problems()).isEmpty();
    assertThat(result.documents()).singleElement().satisfies(raw -> {
      assertThat(raw.url()).isEqualTo("https://news.example.org/a");
      assertThat(raw.looksLikeHtml()).isTrue();
      assertThat(raw.declaredCharset()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(new String(raw.content(), StandardCharsets.UTF_8)).contains("<p>Story</p>");
    });
  }

  private static WarcResponse response(String url, int status, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body;
    return new WarcResponse.Builder(URI.create(url))
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
