package org.dyad.pipeline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body in a parsed page by content scoring: every paragraph-like block gives
 * points (length, commas) to its parent and grandparents; class and id names that say "article"
 * or "comment" move the score up or down; links dilute it. The best container and its
 * content-bearing siblings are rendered as paragraphs, with link lists and furniture dropped.
 * All walks are iterative, so deeply nested pages cost linear time.
 */
final class DomBodyExtractor {

  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "map", "label");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu", "dialog", "figcaption",
      "form", "figure", "h1", "header");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd",
      "figure", "header", "address", "hr", "br", "center", "details", "summary", "tbody", "thead");
  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "dd");
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|combx|disqus|foot|masthead|media|meta|outbrain|promo|related|recommend|scroll|share|sharing|social"
          + "|sponsor|shopping|tags|tool|widget|sidebar|side-bar|breadcrumb|newsletter|subscribe|subscription|signup"
          + "|popup|modal|cookie|banner|advert|\\bad\\b|ads|byline|author-bio|author-info|caption|credit|nav|menu"
          + "|teaser|more-stories|trending|popular|paywall|login|print|hidden|skip|jump|rating|pagination|pager",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|main|page|post|text|blog|story|prose|rich-text|richtext",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONG_DROP = Pattern.compile(
      "(^|[\\s_-])(comments?|share|sharing|social|related|recommended|newsletter|sidebar|breadcrumbs?|advert\\w*|ads?"
          + "|promo|subscribe|cookie\\w*|popup|modal|author-bio|tags|taglist|pagination|outbrain|taboola|byline|caption"
          + "|credits?|dateline|timestamp|lightbox|author|authors|meta-author|toolbar"
          + "|enlarge|expand|overlay|visually-hidden|sr-only|screen-reader-text)($|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  /** The body paragraphs of {@code document}, in reading order; empty when nothing reads like an article. */
  List<String> paragraphs(Document document) {
    List<String> paragraphs = new ArrayList<>();
    for (Element part : bodyParts(document)) {
      render(part, paragraphs);
    }
    return paragraphs;
  }

  /** The elements that make up the article body, in document order. */
  List<Element> bodyParts(Document document) {
    Element body = document.body();
    if (body == null) {
      return List.of();
    }
    prune(body);
    Map<Element, Double> scores = score(body);
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double adjusted = entry.getValue() * (1 - linkDensity(entry.getKey()));
      entry.setValue(adjusted);
      if (adjusted > topScore) {
        topScore = adjusted;
        top = entry.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    // an article split over several sibling blocks: climb while the parent holds much more prose
    Map<Element, Integer> prose = proseChars(body);
    Element ancestor = top.parent();
    for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
      int own = prose.getOrDefault(top, 0);
      int ancestorProse = prose.getOrDefault(ancestor, 0);
      if (ancestorProse >= own * 1.3 + 200 && linkDensity(ancestor) <= 0.35
          && (repeats(ancestor, top) || ancestorProse >= own * 2.5 && linkDensity(ancestor) <= 0.15)) {
        top = ancestor;
        topScore = Math.max(topScore, scores.getOrDefault(top, 0.0));
      }
      ancestor = ancestor.parent();
    }
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      parts.add(top);
    } else {
      double threshold = Math.max(10, topScore * 0.2);
      for (Element sibling : parent.children()) {
        if (sibling == top) {
          parts.add(sibling);
          continue;
        }
        Double siblingScore = scores.get(sibling);
        if (siblingScore != null && siblingScore >= threshold) {
          parts.add(sibling);
        } else if (sibling.normalName().equals("p")) {
          String text = sibling.text();
          if (text.length() >= 80 && linkDensity(sibling) < 0.25 || text.length() > 0 && text.length() < 80
              && linkDensity(sibling) == 0 && text.matches(".*[.!?]\\s*$")) {
            parts.add(sibling);
          }
        }
      }
    }
    return parts;
  }

  /** Whether {@code ancestor} holds another block shaped like {@code block} (same tag and classes): a body split in chunks. */
  private static boolean repeats(Element ancestor, Element block) {
    if (block.classNames().isEmpty()) {
      return false;
    }
    int same = 0;
    for (Element candidate : ancestor.getElementsByTag(block.normalName())) {
      if (candidate.classNames().equals(block.classNames()) && ++same >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes page furniture: scripts and media always; navigation, asides and blocks whose class
   * or id names furniture (share, related, comments...) unless they hold most of the page's prose.
   */
  private static void prune(Element root) {
    Map<Element, Integer> prose = proseChars(root);
    int total = prose.getOrDefault(root, 0);
    List<Element> drop = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return;
        }
        String tag = element.normalName();
        if (DROP_TAGS.contains(tag)) {
          drop.add(element);
          return;
        }
        // text hidden by an inline style is often the paywalled rest of the article: keep long prose
        boolean furniture = FURNITURE_TAGS.contains(tag) || element.hasAttr("hidden")
            || element.classNames().contains("hidden") || element.classNames().contains("is-hidden")
            || element.attr("style").replace(" ", "").contains("display:none") && prose.getOrDefault(element, 0) < 500;
        String names = element.className() + " " + element.id();
        if (!furniture && !names.isBlank() && !tag.equals("body") && !tag.equals("html")
            && STRONG_DROP.matcher(names).find() && !POSITIVE_CONTAINER.matcher(names).find()) {
          furniture = true;
        }
        if (furniture && prose.getOrDefault(element, 0) * 2 < total) {
          drop.add(element);
        } else if (!furniture && headedByFurniture(element) && total - prose.getOrDefault(element, 0) >= 400) {
          drop.add(element);
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, root);
    for (Element element : drop) {
      element.remove();
    }
  }

  private static final PlainTextCleaner HEADINGS = new PlainTextCleaner();
  private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /**
   * A block whose first child is a heading naming page furniture ("Related posts", "You may also
   * like", "Comments"): a teaser list or comment thread, however article-like its items look.
   */
  static boolean headedByFurniture(Element element) {
    if (!Set.of("div", "section", "article", "aside", "ul", "ol").contains(element.normalName())) {
      return false;
    }
    Element first = element.firstElementChild();
    while (first != null && first.text().isBlank()) {
      first = first.nextElementSibling();
    }
    if (first == null || !HEADING_TAGS.contains(first.normalName())) {
      return false;
    }
    return HEADINGS.furnitureHeading(first.text());
  }

  /** Characters of paragraph text (p elements of 80+ characters) under each element, in one pass. */
  private static Map<Element, Integer> proseChars(Element root) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return;
        }
        int own = prose.getOrDefault(element, 0);
        if (element.normalName().equals("p")) {
          int length = element.text().length();
          own = length >= 80 ? length : 0;
          prose.put(element, own);
        }
        Element parent = element.parent();
        if (parent != null && own > 0) {
          prose.merge(parent, own, Integer::sum);
        }
      }
    }, root);
    return prose;
  }

  private static final Pattern POSITIVE_CONTAINER = Pattern.compile(
      "article-?body|story-?body|post-?body|entry-content|post-content|article-content|main-content|articletext",
      Pattern.CASE_INSENSITIVE);

  static Map<Element, Double> score(Element root) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> scored = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element && (SCORED_TAGS.contains(element.normalName())
            || element.normalName().equals("div") && hasOwnText(element))) {
          scored.add(element);
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, root);
    for (Element element : scored) {
      String text = ownBlockText(element);
      if (text.length() < 25) {
        continue;
      }
      double points = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100.0, 3);
      // text written straight into a div beside block children reads as paragraphs of that div
      Element ancestor = element.normalName().equals("div") && hasBlockChild(element) ? element : element.parent();
      for (int level = 0; level < 3 && ancestor != null; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, points / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    // tag and class names count in proportion to the text found: an empty "content" box is no body
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double points = entry.getValue();
      entry.setValue(points + tagScore(entry.getKey()) + classWeight(entry.getKey()) * Math.min(1, points / 15));
    }
    return scores;
  }

  private static double tagScore(Element element) {
    return switch (element.normalName()) {
      case "article" -> 10;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "dd", "dt", "li", "address", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static double classWeight(Element element) {
    double weight = 0;
    for (String name : new String[] {element.className(), element.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(name).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(name).find()) {
        weight += 25;
      }
    }
    String itemprop = element.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }

  /** A div that carries text itself: a long text node of its own, or only inline children. */
  private static boolean hasOwnText(Element element) {
    boolean blockChild = false;
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && text.text().strip().length() >= 25) {
        return true;
      }
      if (child instanceof Element inner && BLOCK_TAGS.contains(inner.normalName()) && !inner.normalName().equals("br")) {
        blockChild = true;
      }
    }
    return !blockChild && element.childNodeSize() > 0;
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (BLOCK_TAGS.contains(child.normalName()) && !child.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  /** The text of an element, without the text of nested scored blocks counted twice (own text for divs). */
  private static String ownBlockText(Element element) {
    if (element.normalName().equals("div")) {
      StringBuilder text = new StringBuilder();
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode textNode) {
          text.append(textNode.text());
        } else if (child instanceof Element inline && !BLOCK_TAGS.contains(inline.normalName())) {
          text.append(inline.text());
        }
      }
      return text.toString().strip();
    }
    return element.text();
  }

  static double linkDensity(Element element) {
    int total = element.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element link : element.select("a")) {
      links += link.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  /** Renders block structure as paragraphs; drops link-dominated and furniture blocks. */
  static void render(Element root, List<String> out) {
    StringBuilder paragraph = new StringBuilder();
    int[] linkChars = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      int insideLink = 0;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String value = text.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
          if (paragraph.length() == 0 || paragraph.charAt(paragraph.length() - 1) == ' ') {
            value = value.stripLeading();
          }
          paragraph.append(value);
          if (insideLink > 0) {
            linkChars[0] += value.length();
          }
          return;
        }
        if (node instanceof Element element) {
          if (element.normalName().equals("a")) {
            insideLink++;
          }
          if (BLOCK_TAGS.contains(element.normalName())) {
            flush(paragraph, linkChars, out);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (element.normalName().equals("a")) {
            insideLink--;
          }
          if (BLOCK_TAGS.contains(element.normalName())) {
            flush(paragraph, linkChars, out);
          }
        }
      }
    }, root);
    flush(paragraph, linkChars, out);
  }

  private static void flush(StringBuilder paragraph, int[] linkChars, List<String> out) {
    String text = paragraph.toString().strip();
    int links = linkChars[0];
    paragraph.setLength(0);
    linkChars[0] = 0;
    if (text.isEmpty()) {
      return;
    }
    double density = (double) links / text.length();
    if (density > 0.6 && text.length() < 300) {
      return;
    }
    out.add(text);
  }
}
