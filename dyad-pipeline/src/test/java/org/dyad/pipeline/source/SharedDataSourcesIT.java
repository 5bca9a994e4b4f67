package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the feeds and the CC-NEWS-style WARC in ../shared/data (pages behind feeds come from a fake fetcher). */
class SharedDataSourcesIT {

  private static Path data;

  @TempDir Path folder;

  @BeforeAll
  static void findSharedData() {
    String shared = System.getProperty("dyad.shared");
    data = shared == null ? null : Path.of(shared, "data");
    assumeTrue(data != null && Files.isDirectory(data.resolve("feeds")) && Files.isDirectory(data.resolve("warc")),
        "../shared/data (feeds, warc) is absent: set -Ddyad.shared to the shared folder to run these tests");
  }

  private final FakeFetcher fetcher = new FakeFetcher().anyPage("<html><body><p>page</p></body></html>");

  @Test
  void everyFileInTheFeedsFolderIsRead() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(data.resolve("feeds"))) {
      files = listing.filter(path -> !path.getFileName().toString().equals("SOURCE.txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(4);
    for (Path file : files) {
      FakeFetcher pages = new FakeFetcher().anyPage("<html><body><p>page</p></body></html>");
      Items items = Items.read(file.toString(), SourceOptions.defaults(), pages);
      assertThat(items.diagnostics()).as(file.toString()).isEmpty();
      assertThat(items.documents()).as(file.toString()).isNotEmpty().hasSize(pages.requested.size());
      assertThat(pages.requested).as(file.toString()).allSatisfy(url -> assertThat(url).startsWith("http"));
    }
  }

  @Test
  void theAtomFeedYieldsItsTwoEntriesWithTheirDates() {
    Items items = Items.read(data.resolve("feeds/feed1.atom").toString(), SourceOptions.defaults(), fetcher);

    assertThat(fetcher.requested).containsExactly("http://example.org/2003/12/13/atom03", "http://example.org/1000");
    assertThat(items.documents()).extracting(RawDocument::published)
        .containsExactly(LocalDate.of(2003, 12, 13), LocalDate.of(2003, 12, 13));
  }

  @Test
  void theRssFeedYieldsItsItemWithItsPubDate() {
    Items items = Items.read(data.resolve("feeds/feed2.rss").toString(), SourceOptions.defaults(), fetcher);

    assertThat(fetcher.requested).containsExactly("http://www.example.com/blog/post/1");
    assertThat(items.documents()).extracting(RawDocument::published).containsExactly(LocalDate.of(2009, 9, 6));
  }

  @Test
  void theJsonFeedYieldsEveryItemDatedInItsOwnOffset() {
    Items items = Items.read(data.resolve("feeds/feed.json").toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).hasSize(25);
    assertThat(items.documents().get(0).url()).startsWith("https://www.npr.org/2021/10/29/1050315385/");
    assertThat(items.documents().get(0).published()).isEqualTo(LocalDate.of(2021, 10, 29));
    assertThat(items.documents()).allSatisfy(document -> assertThat(document.published()).isNotNull());
  }

  @Test
  void theSitemapYieldsEveryLocation() {
    Items items = Items.read(data.resolve("feeds/sitemap.xml").toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents()).hasSize(84);
    assertThat(fetcher.requested.get(0)).isEqualTo("https://www.sitemaps.org/");
  }

  @Test
  void theCcNewsStyleWarcYieldsSixtyPages() {
    Items items = Items.read(data.resolve("warc/naeb-sample-ccnews-style.warc.gz").toString(), SourceOptions.defaults(),
        fetcher);

    assertThat(items.diagnostics()).isEmpty();
    assertThat(items.documents()).hasSize(60).allSatisfy(document -> {
      assertThat(document.url()).startsWith("http");
      assertThat(document.retrieved()).isNotNull();
      assertThat(document.looksLikeHtml()).isTrue();
    });
    assertThat(items.documents().get(0).url())
        .isEqualTo("https://abcnews.go.com/business/wirestory/federal-agency-quashes-georgias-plan-pharmacies-sell-medical-105726154");
    assertThat(fetcher.requested).isEmpty();
  }

  @Test
  void theWarcCutInHalfYieldsItsFirstPagesAndOneDiagnostic() throws IOException {
    byte[] whole = Files.readAllBytes(data.resolve("warc/naeb-sample-ccnews-style.warc.gz"));
    Path cut = folder.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

    Items items = Items.read(cut.toString(), SourceOptions.defaults(), fetcher);

    assertThat(items.documents().size()).isBetween(10, 59);
    assertThat(items.diagnostics()).singleElement()
        .satisfies(diagnostic -> assertThat(diagnostic.position()).startsWith("record at offset"));
    assertThat(items.all.get(items.all.size() - 1)).isInstanceOf(SourceItem.Diagnostic.class);
  }
}
