package org.dyad.pipeline.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.pipeline.UnreadableInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feeds a user follows, from what feed readers and users already have: a feed URL, a plain
 * list (one URL a line; blank lines and {@code #} comments ignored) or an OPML file (every
 * {@code outline} with an {@code xmlUrl}, at any depth, as feed readers export them).
 */
public final class FeedList {

  /** Lists larger than this are refused: a list is typed or exported, not generated without bound. */
  static final long MAX_LIST_BYTES = 16L * 1024 * 1024;

  /**
   * One followed feed.
   *
   * @param url the feed's http(s) URL
   * @param title its title in the list, or null
   * @param listedIn the argument that named it (the URL itself, or the list's path)
   */
  public record Subscription(String url, String title, String listedIn) {}

  private FeedList() {}

  /**
   * Every feed the sources name, each URL once (the first listing wins).
   *
   * @throws UnreadableInputException when a source is neither a URL nor a readable list, or a
   *     list holds a line that is not an http(s) URL (named with its line number)
   */
  public static List<Subscription> read(List<String> sources) throws UnreadableInputException {
    Map<String, Subscription> feeds = new LinkedHashMap<>();
    for (String source : sources) {
      for (Subscription subscription : read(source)) {
        feeds.putIfAbsent(subscription.url(), subscription);
      }
    }
    return List.copyOf(feeds.values());
  }

  static List<Subscription> read(String source) throws UnreadableInputException {
    String trimmed = source.strip();
    if (SourceReader.isWebAddress(trimmed)) {
      return List.of(new Subscription(checkedUrl(trimmed, source, 0), null, source));
    }
    Path path;
    try {
      path = Path.of(trimmed);
    } catch (InvalidPathException e) {
      throw new UnreadableInputException(source + ": neither an http(s) feed URL nor a file");
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new UnreadableInputException(source + ": is a folder; give a feed URL, a list of URLs or an OPML file");
      }
      if (Files.size(path) > MAX_LIST_BYTES) {
        throw new UnreadableInputException(source + ": larger than " + Bytes.describeSize(MAX_LIST_BYTES) + "; not a feed list");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(source + ": no such file (and not an http(s) URL)", e);
    } catch (IOException e) {
      throw new UnreadableInputException(source + ": could not read: " + e.getMessage(), e);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    if (head.contains("<opml")) {
      return opml(bytes, source);
    }
    return plain(new String(bytes, StandardCharsets.UTF_8), source);
  }

  static List<Subscription> opml(byte[] bytes, String source) throws UnreadableInputException {
    Document document;
    try {
      document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
    } catch (IOException e) {
      throw new UnreadableInputException(source + ": unreadable OPML: " + e.getMessage(), e);
    }
    List<Subscription> feeds = new ArrayList<>();
    for (Element outline : document.getElementsByTag("outline")) {
      String url = outline.attr("xmlUrl").strip();
      if (url.isEmpty()) {
        url = outline.attr("xmlurl").strip();
      }
      if (url.isEmpty()) {
        continue; // a folder (category) outline
      }
      String title = outline.attr("title").isBlank() ? outline.attr("text").strip() : outline.attr("title").strip();
      feeds.add(new Subscription(checkedUrl(url, source, 0), title.isEmpty() ? null : title, source));
    }
    if (feeds.isEmpty()) {
      throw new UnreadableInputException(source + ": an OPML file without any outline that has an xmlUrl");
    }
    return feeds;
  }

  static List<Subscription> plain(String text, String source) throws UnreadableInputException {
    List<Subscription> feeds = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      // a '#' starts a comment at the line's start or after a space (a URL may hold a fragment)
      if (hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1)))) {
        line = line.substring(0, hash);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      String url = line.split("\\s+", 2)[0];
      if (!SourceReader.isWebAddress(url)) {
        throw new UnreadableInputException(source + " line " + (i + 1) + ": not an http(s) URL: "
            + (url.length() > 80 ? url.substring(0, 80) + "…" : url));
      }
      feeds.add(new Subscription(checkedUrl(url, source, i + 1), null, source));
    }
    if (feeds.isEmpty()) {
      throw new UnreadableInputException(source + ": no feed URL in it (one http(s) URL a line)");
    }
    return feeds;
  }

  private static String checkedUrl(String url, String source, int line) throws UnreadableInputException {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null || !SourceReader.isWebAddress(url)) {
        throw new URISyntaxException(url, "no host");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw new UnreadableInputException(source + (line > 0 ? " line " + line : "") + ": not a valid feed URL: " + url);
    }
  }
}
