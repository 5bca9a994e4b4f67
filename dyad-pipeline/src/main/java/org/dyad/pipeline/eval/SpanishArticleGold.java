package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Pipeline;

/**
 * Dyad's own Spanish article gold ({@code resources/org/dyad/eval/es/articles-es.jsonl}): 20
 * articles written for Dyad (16 on Latin American politics, protest, conflict and diplomacy, 4
 * ordinary: sport, culture, economy, weather), each annotated blind (before Dyad was run on it) with
 * the CAMEO codebook. One JSON object per line: {@code article}, {@code category}, {@code published},
 * the {@code text} itself and its {@code events}, each located by a stretch of its sentence
 * ({@code sentence}) and its trigger word ({@code trigger}) rather than by offsets; {@link #read}
 * turns them into {@link ArticleGold} records with offsets, so {@link ArticleEventEvaluation} scores
 * them as it scores the English article gold.
 */
public final class SpanishArticleGold {

  public static final String GOLD = "/org/dyad/eval/es/articles-es.jsonl";

  /** One article: its gold and its text. */
  public record Article(ArticleGold gold, String text) {}

  private SpanishArticleGold() {}

  public static List<Article> read() throws IOException {
    List<Article> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = SpanishArticleGold.class.getResourceAsStream(GOLD)) {
      if (in == null) {
        throw new IOException("gold resource " + GOLD + " is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText();
        List<ArticleGold.GoldEvent> events = new ArrayList<>();
        for (JsonNode e : node.path("events")) {
          events.add(event(text, e, GOLD + " line " + number));
        }
        String published = node.path("published").isNull() ? null : node.path("published").asText(null);
        ArticleGold gold = new ArticleGold(node.path("article").asText(), "es", node.path("article").asText(),
            node.path("category").asText(), published, Pipeline.sha256(text), "A", events);
        out.add(new Article(gold, text));
      }
    }
    return out;
  }

  private static ArticleGold.GoldEvent event(String text, JsonNode e, String where) throws IOException {
    String stretch = e.path("sentence").asText();
    int at = text.indexOf(stretch);
    if (at < 0) {
      throw new IOException(where + ": '" + stretch + "' is not in the text");
    }
    int start = at;
    while (start > 0 && text.charAt(start - 1) != '\n' && !(text.charAt(start - 1) == ' ' && start >= 2
        && text.charAt(start - 2) == '.')) {
      start--;
    }
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    String trigger = e.path("trigger").asText();
    int triggerStart = text.indexOf(trigger, at);
    if (triggerStart < 0 || triggerStart >= end) {
      throw new IOException(where + ": trigger '" + trigger + "' is not in its sentence");
    }
    JsonNode place = e.path("place");
    return new ArticleGold.GoldEvent(start, end, triggerStart, triggerStart + trigger.length(), trigger,
        actor(e.path("source")), e.path("target").isNull() ? null : actor(e.path("target")), e.path("cameo").asText(),
        e.path("negated").asBoolean(false), e.path("modality").asText("asserted"),
        e.path("date").isNull() ? null : e.path("date").asText(null), null,
        place.isMissingNode() || place.isNull() ? null
            : new ArticleGold.GoldPlace(place.path("name").asText(), place.path("country").asText(null)));
  }

  private static ArticleGold.GoldActor actor(JsonNode node) {
    return new ArticleGold.GoldActor(node.path("text").asText(), node.path("code").asText());
  }
}
