package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.extract.HtmlExtractor;
import org.dyad.pipeline.extract.PlainTextCleaner;
import org.dyad.pipeline.extract.TextDecoder;
import org.dyad.pipeline.source.RawDocument;

/**
 * Scores article extraction on the public gold sets under a data folder ({@code ../shared/data}):
 * Zyte's plain text with boilerplate (the plain-text cleaner), Zyte and NAEB HTML pages (the HTML
 * extractor, body text and NAEB's title, date and authors).
 */
public final class ExtractionEvaluation {

  /** The datasets {@code dyad eval extraction} knows. */
  public static final List<String> DATASETS = List.of("zyte-plain", "zyte", "naeb");
  /** The NAEB metadata fields scored by accuracy. */
  public static final List<String> FIELDS = List.of("title", "date", "authors");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path data;
  private final PlainTextCleaner cleaner = new PlainTextCleaner();
  private final HtmlExtractor extractor = new HtmlExtractor();

  public ExtractionEvaluation(Path data) {
    this.data = data;
  }

  /** One page's body score. */
  public record PageResult(String id, PageScore score) {}

  /** Body-text scores of one dataset. */
  public record TextReport(String dataset, List<PageResult> pages, TextScores scores) {
    public String summaryLine() {
      return String.format(Locale.ROOT, "extraction %s F1 %.3f P %.3f R %.3f n=%d",
          dataset, scores.f1(), scores.precision(), scores.recall(), scores.pages());
    }
  }

  /** One page's metadata comparison. */
  public record FieldResult(String id, String expected, String actual, boolean correct) {}

  /** Accuracy of one metadata field. */
  public record FieldReport(String dataset, List<FieldResult> pages) {
    public double accuracy() {
      return pages.isEmpty() ? 0 : (double) pages.stream().filter(FieldResult::correct).count() / pages.size();
    }

    public String summaryLine() {
      return String.format(Locale.ROOT, "extraction %s acc %.3f n=%d", dataset, accuracy(), pages.size());
    }
  }

  /** Scores the body text of {@code dataset} (one of {@link #DATASETS}). */
  public TextReport text(String dataset) throws IOException {
    return switch (dataset) {
      case "zyte-plain" -> zytePlain();
      case "zyte" -> html("zyte", zyteFolder().resolve("ground-truth.json"), zyteFolder().resolve("html"));
      case "naeb" -> html("naeb", naebFolder().resolve("articles.json"), naebFolder().resolve("html"));
      default -> throw new IllegalArgumentException("unknown dataset " + dataset + "; known: " + DATASETS);
    };
  }

  /** Scores the raw text of Zyte's boilerplate pages as they are (the baseline the cleaner must beat). */
  public TextReport zytePlainRaw() throws IOException {
    return zytePlain(text -> text, "zyte-plain-raw");
  }

  private TextReport zytePlain() throws IOException {
    return zytePlain(text -> cleaner.clean(text, "zyte").text(), "zyte-plain");
  }

  private TextReport zytePlain(Function<String, String> clean, String name) throws IOException {
    JsonNode gold = read(zyteFolder().resolve("ground-truth.json"));
    JsonNode plain = read(zyteFolder().resolve("plain-text-with-boilerplate.json"));
    List<PageResult> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String goldText = entry.getValue().path("articleBody").asText("");
      String raw = plain.path(entry.getKey()).path("articleBody").asText("");
      pages.add(new PageResult(entry.getKey(), ShingleScorer.score(goldText, clean.apply(raw))));
    }
    return new TextReport(name, pages, TextScores.of(pages.stream().map(PageResult::score).toList()));
  }

  private TextReport html(String name, Path goldFile, Path htmlFolder) throws IOException {
    JsonNode gold = read(goldFile);
    List<PageResult> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path page = htmlFolder.resolve(entry.getKey() + ".html.gz");
      if (!Files.exists(page)) {
        continue;
      }
      Article article = extract(page, entry.getValue().path("url").asText(null));
      String goldText = entry.getValue().path("articleBody").asText("");
      pages.add(new PageResult(entry.getKey(), ShingleScorer.score(goldText, article.text())));
    }
    return new TextReport(name, pages, TextScores.of(pages.stream().map(PageResult::score).toList()));
  }

  /** Scores one NAEB metadata field (one of {@link #FIELDS}). */
  public FieldReport naebField(String field) throws IOException {
    if (!FIELDS.contains(field)) {
      throw new IllegalArgumentException("unknown field " + field + "; known: " + FIELDS);
    }
    JsonNode gold = read(naebFolder().resolve("articles.json"));
    List<FieldResult> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path page = naebFolder().resolve("html").resolve(entry.getKey() + ".html.gz");
      JsonNode expected = entry.getValue();
      if (!Files.exists(page)) {
        continue;
      }
      if (field.equals("date") && goldDate(expected.path("date").asText("")) == null) {
        continue;
      }
      Article article = extract(page, expected.path("url").asText(null));
      pages.add(switch (field) {
        case "title" -> compareTitles(entry.getKey(), expected.path("title").asText(""), article.title());
        case "date" -> compareDates(entry.getKey(), expected.path("date").asText(""), article.published());
        default -> compareAuthors(entry.getKey(), expected.path("authors").asText(""), article.authors());
      });
    }
    return new FieldReport("naeb-" + field, pages);
  }

  static FieldResult compareTitles(String id, String expected, String actual) {
    String want = normalizeSpace(expected);
    String got = actual == null ? "" : normalizeSpace(actual);
    return new FieldResult(id, want, got, want.equals(got));
  }

  static FieldResult compareDates(String id, String expected, String actual) {
    LocalDate want = goldDate(expected);
    LocalDate got = actual == null ? null : goldDate(actual);
    return new FieldResult(id, expected, actual, want != null && want.equals(got));
  }

  static FieldResult compareAuthors(String id, String expected, List<String> actual) {
    Set<String> want = authorSet(List.of(expected.split(",")));
    Set<String> got = authorSet(actual);
    return new FieldResult(id, String.join(", ", want), String.join(", ", got), want.equals(got));
  }

  private static Set<String> authorSet(List<String> names) {
    Set<String> set = new LinkedHashSet<>();
    for (String name : names) {
      String normalized = normalizeSpace(name).toLowerCase(Locale.ROOT);
      if (!normalized.isEmpty()) {
        set.add(normalized);
      }
    }
    return set;
  }

  /** The calendar day at the start of an ISO date or date-time, or null. */
  static LocalDate goldDate(String text) {
    String value = text == null ? "" : text.strip();
    if (value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static String normalizeSpace(String text) {
    return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
  }

  private Article extract(Path page, String url) throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      bytes = in.readAllBytes();
    }
    RawDocument raw = new RawDocument(page.toString(), url, bytes, "text/html", null, null);
    try {
      return extractor.extract(raw, TextDecoder.decode(bytes, null, page.toString()));
    } catch (UnreadableInputException e) {
      return new Article(page.toString(), url, null, List.of(), null, null, null, "", List.of());
    }
  }

  private Path zyteFolder() {
    return data.resolve("extraction").resolve("zyte");
  }

  private Path naebFolder() {
    return data.resolve("extraction").resolve("naeb");
  }

  private static JsonNode read(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "gold file missing");
    }
    return JSON.readTree(file.toFile());
  }
}
