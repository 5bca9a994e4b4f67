package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.UnreadableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

  @TempDir Path folder;

  @Test
  void readsTheOutlinesOfAnOpmlExportAtAnyDepth() throws Exception {
    Path opml = Files.writeString(folder.resolve("feeds.opml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>My feeds</title></head><body>
          <outline text="World">
            <outline type="rss" text="BBC World" title="BBC News - World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
            <outline type="rss" text="Al Jazeera" xmlUrl="https://www.aljazeera.com/xml/rss/all.xml"/>
          </outline>
          <outline type="rss" text="TASS" xmlUrl="https://tass.com/rss/v2.xml" htmlUrl="https://tass.com"/>
        </body></opml>
        """);
    List<FeedList.Subscription> feeds = FeedList.read(List.of(opml.toString()));
    assertThat(feeds).extracting(FeedList.Subscription::url).containsExactly(
        "https://feeds.bbci.co.uk/news/world/rss.xml", "https://www.aljazeera.com/xml/rss/all.xml", "https://tass.com/rss/v2.xml");
    assertThat(feeds).extracting(FeedList.Subscription::title).containsExactly("BBC News - World", "Al Jazeera", "TASS");
    assertThat(feeds).extracting(FeedList.Subscription::listedIn).containsOnly(opml.toString());
  }

  @Test
  void readsAPlainListWithCommentsAndKeepsEachUrlOnce() throws Exception {
    Path list = Files.writeString(folder.resolve("feeds.txt"), "# my feeds\n\nhttps://a.example/rss  # Agency A\n"
        + "https://b.example/feed.xml#fragment\n   https://a.example/rss\n");
    List<FeedList.Subscription> feeds = FeedList.read(List.of(list.toString(), "https://c.example/atom"));
    assertThat(feeds).extracting(FeedList.Subscription::url)
        .containsExactly("https://a.example/rss", "https://b.example/feed.xml#fragment", "https://c.example/atom");
    assertThat(feeds.get(2).listedIn()).isEqualTo("https://c.example/atom");
  }

  @Test
  void namesTheLineThatIsNotAUrl() throws Exception {
    Path list = Files.writeString(folder.resolve("bad.txt"), "https://a.example/rss\nftp://b.example/feed\n");
    assertThatThrownBy(() -> FeedList.read(List.of(list.toString()))).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("bad.txt line 2").hasMessageContaining("ftp://b.example/feed");
  }

  @Test
  void refusesAMissingFileAnEmptyListAndAnOpmlWithoutFeeds() throws Exception {
    assertThatThrownBy(() -> FeedList.read(List.of(folder.resolve("absent.opml").toString())))
        .hasMessageContaining("no such file");
    Path empty = Files.writeString(folder.resolve("empty.txt"), "# nothing yet\n");
    assertThatThrownBy(() -> FeedList.read(List.of(empty.toString()))).hasMessageContaining("no feed URL");
    Path opml = Files.writeString(folder.resolve("folders.opml"), "<opml><body><outline text=\"World\"/></body></opml>");
    assertThatThrownBy(() -> FeedList.read(List.of(opml.toString()))).hasMessageContaining("xmlUrl");
  }
}
