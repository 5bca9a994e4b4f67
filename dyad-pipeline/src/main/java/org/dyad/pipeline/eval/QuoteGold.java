package org.dyad.pipeline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR attribution gold (brat standoff): {@code <split>/text/NAME.txt} and
 * {@code <split>/attributions/NAME_ANNOTATOR.ann}, whose {@code E} lines link a Content span to
 * its Source (and Cue). When several annotators annotated one article, the first file in name
 * order is used. Brat offsets count code points; they are converted to Java string offsets.
 */
public final class QuoteGold {

  /** A stretch of text: fragments of [start, end) character offsets. */
  public record Stretch(List<int[]> fragments) {

    public Stretch {
      fragments = List.copyOf(fragments);
    }

    public boolean overlaps(int start, int end) {
      for (int[] fragment : fragments) {
        if (start < fragment[1] && end > fragment[0]) {
          return true;
        }
      }
      return false;
    }
  }

  /** One gold attribution: what was said, and who said it. */
  public record Attribution(Stretch content, Stretch source) {}

  /** One article with its attributions that name a source. */
  public record Document(String name, String text, List<Attribution> attributions) {

    public Document {
      attributions = List.copyOf(attributions);
    }
  }

  private QuoteGold() {}

  /** The documents of one split folder (e.g. .../polnear/data/test), in name order. */
  public static List<Document> read(Path split) {
    Path texts = split.resolve("text");
    Path annotations = split.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
      throw new IllegalArgumentException(split + ": not a PolNeAR split (needs text/ and attributions/)");
    }
    List<Path> textFiles = list(texts, ".txt");
    List<Path> annotationFiles = list(annotations, ".ann");
    List<Document> documents = new ArrayList<>();
    for (Path textFile : textFiles) {
      String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
      Path annotationFile = null;
      for (Path candidate : annotationFiles) {
        String file = candidate.getFileName().toString();
        if (file.startsWith(name + "_") && file.length() == name.length() + 1 + 4 + 4) {
          annotationFile = candidate;
          break;
        }
      }
      if (annotationFile == null) {
        continue;
      }
      String text = readString(textFile);
      documents.add(new Document(name, text, parse(text, readString(annotationFile), annotationFile)));
    }
    return documents;
  }

  static List<Attribution> parse(String text, String standoff, Path where) {
    Map<String, Stretch> spans = new HashMap<>();
    List<String[]> links = new ArrayList<>();
    for (String line : standoff.split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length >= 2 && line.startsWith("T")) {
        String[] typeAndOffsets = fields[1].split(" ", 2);
        if (typeAndOffsets.length == 2) {
          spans.put(fields[0], stretch(text, typeAndOffsets[1], where));
        }
      } else if (fields.length >= 2 && line.startsWith("E")) {
        links.add(fields[1].trim().split(" "));
      }
    }
    List<Attribution> attributions = new ArrayList<>();
    for (String[] link : links) {
      Stretch content = null;
      Stretch source = null;
      for (String role : link) {
        String[] pair = role.split(":", 2);
        if (pair.length != 2) {
          continue;
        }
        if (pair[0].startsWith("Content")) {
          content = spans.get(pair[1]);
        } else if (pair[0].startsWith("Source")) {
          source = spans.get(pair[1]);
        }
      }
      if (content != null && source != null) {
        attributions.add(new Attribution(content, source));
      }
    }
    return attributions;
  }

  private static Stretch stretch(String text, String offsets, Path where) {
    List<int[]> fragments = new ArrayList<>();
    int codePoints = text.codePointCount(0, text.length());
    for (String fragment : offsets.split(";")) {
      String[] bounds = fragment.trim().split(" ");
      try {
        int start = Integer.parseInt(bounds[0]);
        int end = Integer.parseInt(bounds[1]);
        if (start < 0 || end > codePoints || end < start) {
          throw new IllegalArgumentException(where + ": span " + fragment + " lies outside the text");
        }
        fragments.add(new int[] {text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)});
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(where + ": unreadable span '" + fragment + "'", e);
      }
    }
    return new Stretch(fragments);
  }

  private static List<Path> list(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
