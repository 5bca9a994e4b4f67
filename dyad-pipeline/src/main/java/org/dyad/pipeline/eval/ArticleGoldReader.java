package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.eval.ArticleGold.GoldActor;
import org.dyad.pipeline.eval.ArticleGold.GoldEvent;
import org.dyad.pipeline.eval.ArticleGold.GoldPlace;

/**
 * Reads Dyad's article-level event gold (JSON Lines, one article a line, in the jar at
 * {@link #GOLD}; the second annotator's re-annotation at {@link #SECOND}) and rebuilds each
 * article's text from the public corpus it came from, under the shared data folder:
 * <ul>
 *   <li>{@code bbc}: the file {@code corpus/bbc/<reference>} (UTF-8, else Latin-1);
 *   <li>{@code zyte}: {@code articleBody} of {@code extraction/zyte/ground-truth.json};
 *   <li>{@code naeb}: {@code title}, a blank line, {@code articleBody} of {@code extraction/naeb/articles.json}.
 * </ul>
 * Line ends are {@code \n}. The text's SHA-256 must equal the gold's: offsets point into it.
 */
public final class ArticleGoldReader {

  /** The gold set: every event of 65 articles, annotated blind. */
  public static final String GOLD = "/org/dyad/eval/article-events.jsonl";
  /** A second annotator's blind re-annotation of some of the same articles, for agreement. */
  public static final String SECOND = "/org/dyad/eval/article-events-second.jsonl";

  private final Path data;
  private final Map<String, JsonNode> corpora = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  /** A reader that rebuilds texts from {@code data} (the shared data folder). */
  public ArticleGoldReader(Path data) {
    this.data = data;
  }

  /** The articles of a gold resource ({@link #GOLD} or {@link #SECOND}). */
  public List<ArticleGold> read(String resource) throws IOException {
    try (InputStream in = ArticleGoldReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("gold resource " + resource + " is missing from the build");
      }
      List<ArticleGold> out = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(article(json.readTree(line)));
        } catch (RuntimeException e) {
          throw new IOException(resource + " line " + number + ": " + e.getMessage(), e);
        }
      }
      return out;
    }
  }

  static ArticleGold article(JsonNode node) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) {
      JsonNode sentence = e.get("sentence");
      JsonNode trigger = e.get("trigger");
      events.add(new GoldEvent(sentence.get(0).asInt(), sentence.get(1).asInt(), trigger.get("start").asInt(),
          trigger.get("end").asInt(), trigger.get("text").asText(), actor(e.get("source")), actor(e.get("target")),
          e.get("cameo").asText(), e.path("negated").asBoolean(false), e.path("modality").asText("asserted"),
          text(e.get("date")), text(e.get("dateText")), place(e.get("place"))));
    }
    return new ArticleGold(node.get("article").asText(), node.get("dataset").asText(), node.get("ref").asText(),
        node.path("category").asText("political"), text(node.get("published")), node.get("sha256").asText(),
        text(node.get("annotator")), events);
  }

  private static GoldActor actor(JsonNode node) {
    return node == null || node.isNull() ? null : new GoldActor(node.get("text").asText(), text(node.get("code")));
  }

  private static GoldPlace place(JsonNode node) {
    return node == null || node.isNull() ? null : new GoldPlace(node.get("name").asText(), text(node.get("country")));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** The article's text as the annotators read it; an IOException when its corpus is missing or changed. */
  public String text(ArticleGold article) throws IOException {
    String text = switch (article.dataset()) {
      case "bbc" -> decode(Files.readAllBytes(data.resolve("corpus/bbc").resolve(article.reference())));
      case "zyte" -> corpus("extraction/zyte/ground-truth.json").path(article.reference()).path("articleBody").asText(null);
      case "naeb" -> {
        JsonNode page = corpus("extraction/naeb/articles.json").path(article.reference());
        yield page.isMissingNode() ? null : page.path("title").asText("").strip() + "\n\n" + page.path("articleBody").asText("");
      }
      default -> throw new IOException(article.id() + ": unknown corpus '" + article.dataset() + "'");
    };
    if (text == null) {
      throw new IOException(article.id() + ": page " + article.reference() + " is not in the " + article.dataset() + " corpus");
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!Pipeline.sha256(text).equals(article.sha256())) {
      throw new IOException(article.id() + ": the corpus text differs from the one annotated (SHA-256 mismatch)");
    }
    return text;
  }

  private JsonNode corpus(String file) throws IOException {
    JsonNode node = corpora.get(file);
    if (node == null) {
      Path path = data.resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new IOException("corpus file not found: " + path);
      }
      node = json.readTree(path.toFile());
      corpora.put(file, node);
    }
    return node;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
