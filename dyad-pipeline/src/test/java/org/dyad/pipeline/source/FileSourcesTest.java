package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourcesTest {

  @TempDir Path folder;

  private final FakeFetcher fetcher = new FakeFetcher();

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private Path write(String name, String content) throws IOException {
    Path path = folder.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void readsATextFileAsOneDocumentWithTheCallersDate() throws IOException {
    Path file = write("story.txt", "Ministers met on Monday.\n");

    Items items = Items.read(file.toString(), SourceOptions.defaults().withPublished(LocalDate.of(2021, 10, 15)), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.documents()).singleElement().satisfies(document -> {
      assertThat(document.source()).isEqualTo(file.toString());
      assertThat(document.published()).isEqualTo(LocalDate.of(2021, 10, 15));
      assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo("Ministers met on Monday.\n");
    });
  }

  @Test
  void decompressesGzippedHtmlAndReadsItsMetaCharset() throws IOException {
    byte[] page = "<html><head><meta charset=\"windows-1251\"><title>T</title></head><body>x</body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = folder.resolve("page.html.gz");
    Files.write(file, gzip(page));

    Items items = Items.read(file.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).singleElement().satisfies(document -> {
      assertThat(document.content()).isEqualTo(page);
      assertThat(document.looksLikeHtml()).isTrue();
      assertThat(document.declaredCharset()).hasToString("windows-1251");
    });
  }

  @Test
  void gzipIsRecognisedByItsBytesNotItsName() throws IOException {
    Path file = folder.resolve("story.txt");
    Files.write(file, gzip("Plain words.".getBytes(StandardCharsets.UTF_8)));

    assertThat(Items.read(file.toString(), SourceOptions.defaults(), fetcher).texts()).containsExactly("Plain words.");
  }

  @Test
  void aTruncatedGzipFileYieldsADiagnosticNotAnException() throws IOException {
    byte[] whole = gzip("Some long text. ".repeat(5000).getBytes(StandardCharsets.UTF_8));
    Path file = folder.resolve("cut.txt.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    Items items = Items.read(file.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement().satisfies(diagnostic -> {
      assertThat(diagnostic.location()).isEqualTo(file.toString());
      assertThat(diagnostic.message()).contains("truncated gzip");
    });
  }

  @Test
  void aMissingFileYieldsADiagnostic() {
    Items items = Items.read(folder.resolve("absent.html").toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).isEqualTo("no such file or folder"));
  }

  @Test
  void aFileOverTheSizeCapYieldsADiagnostic() throws IOException {
    Path file = write("big.html", "<p>" + "x".repeat(5000) + "</p>");

    Items items = Items.read(file.toString(), SourceOptions.defaults().withMaxBytes(1024), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("larger than the 1 KB"));
  }

  @Test
  void aGzipBombIsCappedAfterDecompression() throws IOException {
    Path file = folder.resolve("bomb.html.gz");
    Files.write(file, gzip(new byte[4 * 1024 * 1024]));

    Items items = Items.read(file.toString(), SourceOptions.defaults().withMaxBytes(1024 * 1024), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("larger than the 1 MB"));
  }

  @Test
  void readsAFolderRecursivelyInNameOrderSkippingHiddenAndForeignFiles() throws IOException {
    write("b.txt", "B");
    write("a/z.html", "<p>AZ</p>");
    write("a/c.txt", "AC");
    write(".hidden.txt", "hidden");
    write(".git/x.txt", "hidden folder");
    write("picture.png", "not a document");
    write("c/d.txt", "CD");

    Items items = Items.read(folder.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.texts()).containsExactly("AC", "<p>AZ</p>", "B", "CD");
  }

  @Test
  void oneBadFileInAFolderDoesNotStopTheOthers() throws IOException {
    write("1.txt", "first");
    Files.write(folder.resolve("2.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    write("3.txt", "third");

    Items items = Items.read(folder.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.texts()).containsExactly("first", "third");
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.location()).endsWith("2.txt.gz"));
  }

  @Test
  void readsStandardInput() {
    Items items = Items.read("-", SourceOptions.defaults(), fetcher,
        new ByteArrayInputStream("From a pipe.".getBytes(StandardCharsets.UTF_8)));

    assertThat(items.documents()).singleElement().satisfies(document -> {
      assertThat(document.source()).isEqualTo("-");
      assertThat(new String(document.content(), StandardCharsets.UTF_8)).isEqualTo("From a pipe.");
    });
  }

  @Test
  void jsonThatIsNotAFeedYieldsADiagnostic() throws IOException {
    Path file = write("data.json", "{\"a\": 1}");

    Items items = Items.read(file.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).isEmpty();
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.message()).contains("not a JSON Feed"));
  }

  @Test
  void nothingIsReadBeforeTheStreamIsIterated() throws IOException {
    Path file = write("late.txt", "written after opening");
    Files.delete(file);
    try (DocumentStream stream = DocumentSources.open(file.toString(), SourceOptions.defaults(), fetcher,
        new ByteArrayInputStream(new byte[0]))) {
      write("late.txt", "written after opening");
      assertThat(stream.next()).isInstanceOf(SourceItem.Document.class);
      assertThat(stream.hasNext()).isFalse();
    }
  }
}
