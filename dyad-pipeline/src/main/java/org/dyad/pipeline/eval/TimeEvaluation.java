package org.dyad.pipeline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.eval.TimeMlDocument.GoldTimex;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.TimeNormalizer;

/**
 * Scores {@link TimeNormalizer} on TimeML gold (TempEval-3 platinum). Each document's text goes
 * through the real annotator, so tense comes from the same parse the pipeline uses; the anchor is
 * the document creation time.
 *
 * <p>Span: a system expression is right when it overlaps a gold TIMEX3; a gold TIMEX3 is found
 * when a system expression overlaps it. Value: the same, and the values must be equal. Every gold
 * TIMEX3 in the text counts, durations and sets too (the normaliser gives dates only), so recall
 * is against all of them.
 */
public final class TimeEvaluation {

  /** Counts for one scoring (span or value). */
  public record Score(int systemCorrect, int system, int goldFound, int gold) {
    public double precision() {
      return system == 0 ? 0 : (double) systemCorrect / system;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
      return new Score(systemCorrect + other.systemCorrect, system + other.system, goldFound + other.goldFound,
          gold + other.gold);
    }

    /** "F1 0.000 P 0.000 R 0.000 n=N", n being the number of gold expressions. */
    public String line() {
      return String.format("F1 %.3f P %.3f R %.3f n=%d", f1(), precision(), recall(), gold);
    }
  }

  /**
   * Span and value scores over all documents, and per TimeML type (DATE, TIME, DURATION, SET)
   * how many gold expressions there were and how many were found with their value.
   */
  public record Result(Score span, Score value, int documents, Map<String, int[]> recallByType) {

    /** "DATE 70/85 TIME 1/6 ...": value recall per gold type. */
    public String recallByTypeLine() {
      StringBuilder out = new StringBuilder("value recall by gold type:");
      recallByType.forEach((type, counts) -> out.append(' ').append(type).append(' ').append(counts[0]).append('/')
          .append(counts[1]));
      return out.toString();
    }
  }

  private final Annotator annotator;
  private final TimeNormalizer normalizer = new TimeNormalizer();

  public TimeEvaluation(Annotator annotator) {
    this.annotator = annotator;
  }

  /** Scores every {@code *.tml} file of {@code folder}; {@code detail} receives per-document lines. */
  public Result evaluate(Path folder, Consumer<String> detail) throws IOException {
    return evaluate(files(folder), detail);
  }

  /** The {@code *.tml} files of a folder, sorted by name. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
  }

  /** Scores the given TimeML files. */
  public Result evaluate(List<Path> files, Consumer<String> detail) throws IOException {
    Map<String, int[]> byType = new TreeMap<>();
    Score span = new Score(0, 0, 0, 0);
    Score value = new Score(0, 0, 0, 0);
    for (Path file : files) {
      TimeMlDocument document = TimeMlDocument.read(file);
      List<TimeExpression> system = find(document);
      Score documentSpan = score(document.timexes(), system, false);
      Score documentValue = score(document.timexes(), system, true);
      for (GoldTimex g : document.timexes()) {
        int[] counts = byType.computeIfAbsent(String.valueOf(g.type()), t -> new int[2]);
        counts[1]++;
        if (system.stream().anyMatch(x -> matches(g, x, true))) {
          counts[0]++;
        }
      }
      span = span.plus(documentSpan);
      value = value.plus(documentValue);
      detail.accept(String.format("%-28s gold %3d system %3d  span %s  value %s", document.name(),
          document.timexes().size(), system.size(), documentSpan.line(), documentValue.line()));
      for (String difference : differences(document.timexes(), system)) {
        detail.accept("  " + difference);
      }
    }
    return new Result(span, value, files.size(), byType);
  }

  List<TimeExpression> find(TimeMlDocument document) {
    Article article = new Article(document.name(), null, null, List.of(), document.creationTime(), null, "en",
        document.text(), List.of());
    AnnotatedArticle annotated = annotator.annotate(article);
    LocalDate anchor = Pipeline.publishedDate(document.creationTime());
    return normalizer.find(annotated, anchor);
  }

  static Score score(List<GoldTimex> gold, List<TimeExpression> system, boolean withValue) {
    int systemCorrect = 0;
    for (TimeExpression s : system) {
      if (gold.stream().anyMatch(g -> matches(g, s, withValue))) {
        systemCorrect++;
      }
    }
    int goldFound = 0;
    for (GoldTimex g : gold) {
      if (system.stream().anyMatch(s -> matches(g, s, withValue))) {
        goldFound++;
      }
    }
    return new Score(systemCorrect, system.size(), goldFound, gold.size());
  }

  private static boolean matches(GoldTimex gold, TimeExpression system, boolean withValue) {
    boolean overlap = system.start() < gold.end() && gold.start() < system.end();
    return overlap && (!withValue || gold.value() != null && gold.value().equals(system.value()));
  }

  private static List<String> differences(List<GoldTimex> gold, List<TimeExpression> system) {
    List<String> out = new ArrayList<>();
    for (GoldTimex g : gold) {
      if (system.stream().noneMatch(s -> matches(g, s, true))) {
        String got = system.stream().filter(s -> matches(g, s, false)).map(s -> "'" + s.text() + "' " + s.value())
            .findFirst().orElse("nothing");
        out.add(String.format("missed %-8s '%s' %s (system: %s)", g.type(), flat(g.text()), g.value(), got));
      }
    }
    for (TimeExpression s : system) {
      if (gold.stream().noneMatch(g -> matches(g, s, false))) {
        out.add(String.format("extra  '%s' %s", flat(s.text()), s.value()));
      }
    }
    return out;
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
