package org.dyad.pipeline.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body as a script-rendered page ships it in its page data ({@code __NEXT_DATA__} of
 * Next.js and similar JSON script blocks) when the markup holds only its first paragraphs. The
 * body is the smallest JSON subtree whose text holds most of the markup's paragraphs; its prose
 * strings (HTML strings read as paragraphs) are joined in document order.
 */
final class ScriptJsonBody {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_SCRIPT_CHARS = 5_000_000;
  private static final int MAX_NODES = 400_000;
  /** Share of the markup's word 4-grams the subtree must hold to be the same article. */
  private static final double COVER = 0.8;
  private static final Pattern CODE = Pattern.compile(
      "^\\s*(?:[{\\[<(]|function\\b|var\\b|window\\.|https?://|[.#]?[\\w-]+\\s*\\{)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’…:)]$");

  private ScriptJsonBody() {}

  /** The page-data scripts of a page (read before the body extractor prunes scripts away). */
  static List<String> scripts(Document document) {
    List<String> scripts = new ArrayList<>();
    for (Element script : document.select("script#__NEXT_DATA__, script[type=application/json]")) {
      String data = script.data();
      if (data.length() >= 2_000 && data.length() <= MAX_SCRIPT_CHARS) {
        scripts.add(data);
      }
    }
    return scripts;
  }

  /** The body text found in page-data {@code scripts} for the article whose markup text is {@code markup}, or null. */
  static String find(List<String> scripts, String markup) {
    Set<String> markupGrams = new HashSet<>(HtmlExtractor.gramList(markup));
    if (markupGrams.size() < 20) {
      return null;
    }
    String best = null;
    for (String data : scripts) {
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (JsonProcessingException e) {
        continue;
      }
      String body = find(root, markupGrams);
      if (body != null && (best == null || body.length() > best.length())) {
        best = body;
      }
    }
    return best;
  }

  /** A JSON object or array: its parent, its size if an array, and the run of leaves under it. */
  private static final class Container {
    final Container parent;
    final int arraySize;
    final int start;
    int end;

    Container(Container parent, int arraySize, int start) {
      this.parent = parent;
      this.arraySize = arraySize;
      this.start = start;
      this.end = start;
    }
  }

  /** One prose string of the JSON tree, in document order. */
  private record Leaf(String text, int hits, int grams) {}

  private static String find(JsonNode root, Set<String> markupGrams) {
    List<Leaf> leaves = new ArrayList<>();
    // each container covers a run of leaves [start, end): walk iteratively, closing containers on a marker
    List<Container> containers = new ArrayList<>();
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(root);
    Deque<Container> open = new ArrayDeque<>();
    int visited = 0;
    Object close = new Object();
    while (!stack.isEmpty() && visited++ < MAX_NODES) {
      Object item = stack.pop();
      if (item == close) {
        open.pop().end = leaves.size();
        continue;
      }
      JsonNode node = (JsonNode) item;
      if (node.isContainerNode()) {
        Container container = new Container(open.peek(), node.isArray() ? node.size() : 0, leaves.size());
        containers.add(container);
        open.push(container);
        stack.push(close);
        List<JsonNode> children = new ArrayList<>();
        node.elements().forEachRemaining(children::add);
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      } else if (node.isTextual()) {
        for (String text : prose(node.asText())) {
          int hits = 0;
          List<String> grams = HtmlExtractor.gramList(text);
          for (String gram : grams) {
            if (markupGrams.contains(gram)) {
              hits++;
            }
          }
          leaves.add(new Leaf(text, hits, grams.size()));
        }
      }
    }
    while (!open.isEmpty()) {
      open.pop().end = leaves.size();
    }
    int[] hitsBefore = new int[leaves.size() + 1];
    for (int i = 0; i < leaves.size(); i++) {
      hitsBefore[i + 1] = hitsBefore[i] + leaves.get(i).hits();
    }
    Container smallest = null;
    for (Container container : containers) {
      int hits = hitsBefore[container.end] - hitsBefore[container.start];
      if (container.end > container.start && hits >= markupGrams.size() * COVER
          && (smallest == null || container.end - container.start < smallest.end - smallest.start)) {
        smallest = container;
      }
    }
    if (smallest == null) {
      return null;
    }
    // a teaser of one paragraph is covered by that paragraph's own node: the body is the list it is in
    if (smallest.end - smallest.start == 1) {
      Container ancestor = smallest.parent;
      for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent) {
        if (ancestor.arraySize >= 2) {
          smallest = ancestor;
          break;
        }
      }
    }
    int[] best = {smallest.start, smallest.end};
    // fields before the body (headline, kicker, teaser lists) are not mostly the markup's text
    int start = best[0];
    while (start < best[1] && leaves.get(start).hits() * 2 < Math.max(1, leaves.get(start).grams())) {
      start++;
    }
    // page data often holds the body twice (plain text and HTML) and its teaser again: keep one copy
    StringBuilder body = new StringBuilder();
    Set<String> written = new HashSet<>();
    for (int i = start; i < best[1]; i++) {
      String text = leaves.get(i).text();
      List<String> grams = HtmlExtractor.gramList(text);
      long repeated = grams.stream().filter(written::contains).count();
      if (!grams.isEmpty() && repeated * 5 >= grams.size() * 4) {
        continue;
      }
      written.addAll(grams);
      if (body.length() > 0) {
        char last = body.charAt(body.length() - 1);
        body.append(SENTENCE_END.matcher(String.valueOf(last)).find() ? "\n\n" : " ");
      }
      body.append(text);
    }
    return body.toString();
  }

  /** The prose in one JSON string: an HTML fragment's paragraphs, or the string itself when it reads as text. */
  private static List<String> prose(String value) {
    String text = value.strip();
    if (text.isEmpty() || text.length() > 200_000) {
      return List.of();
    }
    if (text.contains("</p>") || text.contains("<br")) {
      Document fragment = Jsoup.parseBodyFragment(text);
      fragment.select("script, style, figure, figcaption").remove();
      List<String> paragraphs = new ArrayList<>();
      for (Element block : fragment.select("p, h2, h3, li, blockquote")) {
        String paragraph = block.text().strip();
        if (!paragraph.isEmpty() && block.select("p, li").size() <= (block.is("p, li") ? 1 : 0)) {
          paragraphs.add(paragraph);
        }
      }
      return paragraphs;
    }
    if (text.indexOf(' ') < 0 || CODE.matcher(text).find() || text.contains("</") || text.contains("/>")) {
      return List.of();
    }
    return text.toLowerCase(Locale.ROOT).equals(text) && text.length() < 40 ? List.of() : List.of(text);
  }
}
