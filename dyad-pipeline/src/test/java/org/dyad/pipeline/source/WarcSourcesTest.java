package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourcesTest {

  @TempDir Path folder;

  private final FakeFetcher fetcher = new FakeFetcher();

  /** One WARC response record holding an HTTP response. */
  static byte[] response(String uri, String date, int status, String contentType, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + payload.length + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.ISO_8859_1), payload);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
        + "WARC-Date: " + date + "\r\nWARC-Target-URI: " + uri + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] warcinfo() {
    byte[] block = "software: test\r\n".getBytes(StandardCharsets.ISO_8859_1);
    String header = "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
        + "WARC-Date: 2024-03-26T00:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: "
        + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  /** Records gzipped one member each, as Common Crawl writes them. */
  static byte[] gzipEach(byte[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.write(FileSourcesTest.gzip(record));
    }
    return out.toByteArray();
  }

  private byte[][] sampleRecords() {
    return new byte[][] {
        warcinfo(),
        response("https://news.example/one", "2023-12-17T12:00:00Z", 200, "text/html; charset=utf-8",
            "<html><body><p>One</p></body></html>"),
        response("https://news.example/missing", "2023-12-17T12:00:01Z", 404, "text/html", "<p>gone</p>"),
        response("https://news.example/logo.png", "2023-12-17T12:00:02Z", 200, "image/png", "PNG"),
        response("https://news.example/two", "2023-12-18T09:30:00Z", 200, "text/html",
            "<html><body><p>Two " + "words ".repeat(2000) + "</p></body></html>"),
    };
  }

  @Test
  void readsHtmlResponseRecordsWithTheirTargetUriAndDate() throws IOException {
    Path warc = folder.resolve("crawl.warc.gz");
    Files.write(warc, gzipEach(sampleRecords()));

    Items items = Items.read(warc.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.documents()).hasSize(2);
    RawDocument first = items.documents().get(0);
    assertThat(first.source()).isEqualTo(warc.toString());
    assertThat(first.url()).isEqualTo("https://news.example/one");
    assertThat(first.retrieved()).isEqualTo(Instant.parse("2023-12-17T12:00:00Z"));
    assertThat(first.published()).isNull();
    assertThat(first.contentType()).isEqualTo("text/html");
    assertThat(first.declaredCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(new String(first.content(), StandardCharsets.UTF_8)).isEqualTo("<html><body><p>One</p></body></html>");
    assertThat(items.documents().get(1).url()).isEqualTo("https://news.example/two");
  }

  @Test
  void readsAnUncompressedWarcWhateverItsName() throws IOException {
    Path warc = folder.resolve("crawl.bin");
    Files.write(warc, concat(sampleRecords()));

    assertThat(Items.read(warc.toString(), SourceOptions.defaults(), fetcher).documents())
        .extracting(RawDocument::url).containsExactly("https://news.example/one", "https://news.example/two");
  }

  @Test
  void readsAWarcFromStandardInput() throws IOException {
    Items items = Items.read("-", SourceOptions.defaults(), fetcher, new ByteArrayInputStream(gzipEach(sampleRecords())));

    assertThat(items.documents()).hasSize(2);
  }

  @Test
  void aTruncatedGzippedWarcYieldsTheRecordsBeforeTheBreakAndOneDiagnostic() throws IOException {
    byte[] whole = gzipEach(sampleRecords());
    byte[] lastMember = FileSourcesTest.gzip(sampleRecords()[4]);
    Path warc = folder.resolve("cut.warc.gz");
    Files.write(warc, Arrays.copyOf(whole, whole.length - lastMember.length / 2));

    Items items = Items.read(warc.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).extracting(RawDocument::url).containsExactly("https://news.example/one");
    assertThat(items.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.location()).isEqualTo(warc.toString());
      assertThat(diagnostic.position()).startsWith("record at offset ");
      assertThat(diagnostic.message()).contains("truncated or corrupt WARC");
    });
  }

  @Test
  void aTruncatedUncompressedWarcYieldsTheRecordsBeforeTheBreakAndOneDiagnostic() throws IOException {
    byte[] whole = concat(sampleRecords());
    Path warc = folder.resolve("cut.warc");
    Files.write(warc, Arrays.copyOf(whole, whole.length - 3000));

    Items items = Items.read(warc.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).extracting(RawDocument::url).containsExactly("https://news.example/one");
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("truncated or corrupt WARC"));
  }

  @Test
  void anOversizedRecordYieldsADiagnosticAndTheNextRecordsAreRead() throws IOException {
    Path warc = folder.resolve("big.warc.gz");
    byte[][] records = sampleRecords();
    Files.write(warc, gzipEach(records[4], records[1]));

    Items items = Items.read(warc.toString(), SourceOptions.defaults().withMaxBytes(4096), fetcher);

    assertThat(items.documents()).extracting(RawDocument::url).containsExactly("https://news.example/one");
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("larger than"));
  }
}
