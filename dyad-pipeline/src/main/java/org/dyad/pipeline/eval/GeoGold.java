package org.dyad.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The public geoparsing gold sets of {@code ../shared/data/geo} (see its README): GeoWebNews
 * ({@code gwn/GWN.xml}) and TR-News ({@code tr-news/TR-News.xml}, the LGL format), read as
 * documents with their gold toponyms in text order.
 *
 * <p>The README's quirks are handled here: TR-News spans that do not cover their phrase are
 * re-anchored by finding the phrase in {@code text[start-10 : start+len(phrase)]}; GeoWebNews
 * annotations that are not toponyms (Literal_Expression, Non_Lit_Expression, Non_Toponym) and the
 * five spans with negative offsets are skipped. A toponym without gold coordinates is kept (it
 * counts for recognition) with {@code hasCoordinates() == false}.
 */
public final class GeoGold {

  /** The dataset names {@code dyad eval geo --dataset} knows, with their files under the data folder. */
  public static final List<String> DATASETS = List.of("gwn", "tr-news");

  private static final Set<String> NOT_TOPONYMS = Set.of("Literal_Expression", "Non_Lit_Expression", "Non_Toponym");

  private GeoGold() {}

  /**
   * A gold toponym.
   *
   * @param geonameId the gold GeoNames id, or 0 when none is given
   * @param countryGeonameId the GeoNames id of the gold country (TR-News), -1 when the set says it has none
   *     (continents, oceans), 0 when the set gives no country (GeoWebNews)
   */
  public record Toponym(int start, int end, String text, double lat, double lon, boolean hasCoordinates,
      int geonameId, int countryGeonameId, String type) {}

  /** One gold document: its id, text and toponyms in text order. */
  public record Article(String id, String text, List<Toponym> toponyms) {}

  /** The file of a dataset under the data folder ({@code ../shared/data}). */
  public static Path file(Path data, String dataset) {
    return switch (dataset) {
      case "gwn" -> data.resolve("geo/gwn/GWN.xml");
      case "tr-news" -> data.resolve("geo/tr-news/TR-News.xml");
      default -> throw new IllegalArgumentException("unknown geo dataset '" + dataset + "' (known: " + DATASETS + ")");
    };
  }

  /** Reads a dataset's documents in file order. */
  public static List<Article> read(Path data, String dataset) throws IOException {
    Path file = file(data, dataset);
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " not found");
    }
    Document xml = parse(file);
    return dataset.equals("gwn") ? readGwn(xml) : readLgl(xml);
  }

  /**
   * The documents of a split in file order: "all", "train" or its other name "dev" (the first 70% of
   * documents: the part to read errors on and tune with) or "test" (the last 30%, the part Mordecai
   * reports on, only to measure). The split point is round(0.7 × documents).
   */
  public static List<Article> split(List<Article> articles, String split) {
    int cut = (int) Math.round(articles.size() * 0.7);
    return switch (split) {
      case "all" -> articles;
      case "train", "dev" -> articles.subList(0, cut);
      case "test" -> articles.subList(cut, articles.size());
      default -> throw new IllegalArgumentException("unknown split '" + split + "' (known: all, train, dev, test)");
    };
  }

  private static List<Article> readLgl(Document xml) {
    List<Article> out = new ArrayList<>();
    for (Element article : children(xml.getDocumentElement(), "article")) {
      String text = childText(article, "text");
      List<Toponym> toponyms = new ArrayList<>();
      Element list = child(article, "toponyms");
      for (Element t : list == null ? List.<Element>of() : children(list, "toponym")) {
        String phrase = childText(t, "phrase");
        int start = Integer.parseInt(childText(t, "start").strip());
        int end = Integer.parseInt(childText(t, "end").strip());
        if (start < 0 || end > text.length() || !text.substring(start, Math.min(end, text.length())).equals(phrase)) {
          int from = Math.max(0, start - 10);
          int to = Math.min(text.length(), start + phrase.length());
          int at = text.substring(from, to).indexOf(phrase);
          if (at < 0) {
            continue;
          }
          start = from + at;
          end = start + phrase.length();
        }
        Element gaz = child(t, "gaztag");
        double lat = 0;
        double lon = 0;
        boolean coordinates = false;
        int id = 0;
        int country = 0;
        if (gaz != null && child(gaz, "lat") != null && child(gaz, "lon") != null) {
          lat = Double.parseDouble(childText(gaz, "lat").strip());
          lon = Double.parseDouble(childText(gaz, "lon").strip());
          coordinates = true;
          id = parseId(gaz.getAttribute("geonameid"));
          Element c = child(gaz, "country");
          country = c == null ? -1 : parseId(c.getAttribute("geonameid"));
        }
        toponyms.add(new Toponym(start, end, phrase, lat, lon, coordinates, id, country,
            gaz == null ? null : childText(gaz, "fcode")));
      }
      toponyms.sort(Comparator.comparingInt(Toponym::start));
      out.add(new Article(article.getAttribute("docid"), text, List.copyOf(toponyms)));
    }
    return out;
  }

  private static List<Article> readGwn(Document xml) {
    List<Article> out = new ArrayList<>();
    for (Element article : children(xml.getDocumentElement(), "article")) {
      String text = childText(article, "text");
      List<Toponym> toponyms = new ArrayList<>();
      Element list = child(article, "toponyms");
      for (Element t : list == null ? List.<Element>of() : children(list, "toponym")) {
        String type = childText(t, "type");
        if (type == null || NOT_TOPONYMS.contains(type.strip())) {
          continue;
        }
        int start = Integer.parseInt(childText(t, "start").strip());
        int end = Integer.parseInt(childText(t, "end").strip());
        if (start < 0 || end <= start || end > text.length()) {
          continue;
        }
        String lat = childText(t, "latitude");
        String lon = childText(t, "longitude");
        boolean coordinates = lat != null && lon != null && !lat.isBlank() && !lon.isBlank();
        toponyms.add(new Toponym(start, end, text.substring(start, end),
            coordinates ? Double.parseDouble(lat.strip()) : 0, coordinates ? Double.parseDouble(lon.strip()) : 0,
            coordinates, parseId(childText(t, "geonamesID")), 0, type.strip()));
      }
      toponyms.sort(Comparator.comparingInt(Toponym::start));
      out.add(new Article(article.getAttribute("file"), text, List.copyOf(toponyms)));
    }
    return out;
  }

  private static int parseId(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not readable XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String childText(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent();
  }
}
