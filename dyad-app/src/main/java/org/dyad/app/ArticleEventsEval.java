package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.code.ConfidenceModel;
import org.dyad.pipeline.code.EventFeatures;
import org.dyad.pipeline.eval.AnnotatorAgreement;
import org.dyad.pipeline.eval.ArticleEventEvaluation;
import org.dyad.pipeline.eval.ArticleEventEvaluation.ArticleResult;
import org.dyad.pipeline.eval.ArticleEventEvaluation.Judged;
import org.dyad.pipeline.eval.ArticleGold;
import org.dyad.pipeline.eval.ArticleGold.GoldEvent;
import org.dyad.pipeline.eval.ArticleGoldReader;
import org.dyad.pipeline.source.RawDocument;

/**
 * {@code dyad eval events --dataset articles}: every event Dyad codes in each whole article of
 * its own article-level gold set, scored against the blind annotation; see
 * {@link ArticleEventEvaluation} for the matching rule. Each article is read as a user's plain-text
 * file with its publication date, as {@code dyad extract FILE --published DATE} reads it.
 */
final class ArticleEventsEval {

  private final Path data;
  private final double minConfidence;
  private final PrintWriter out;
  /** The record Dyad produced for each article scored, in the evaluation's order. */
  private final List<DocumentRecord> records = new java.util.ArrayList<>();

  ArticleEventsEval(Path data, double minConfidence, PrintWriter out) {
    this.data = data;
    this.minConfidence = minConfidence;
    this.out = out;
  }

  /** Runs the evaluation; returns it for the caller's tables. */
  ArticleEventEvaluation run(String only, String category, boolean verbose) throws IOException {
    ArticleGoldReader reader = readerChecked();
    List<ArticleGold> golds = reader.read(ArticleGoldReader.GOLD);
    // every event the coder finds: the evaluation scores those of at least the minimum, and
    // calibrates over all of them
    Pipeline pipeline = new Pipeline().withMinConfidence(0);
    ArticleEventEvaluation evaluation = new ArticleEventEvaluation(minConfidence);
    for (ArticleGold gold : golds) {
      if (only != null && !gold.id().contains(only) || category != null && !gold.category().equals(category)) {
        continue;
      }
      String text = reader.text(gold);
      RawDocument raw = new RawDocument(gold.id() + ".txt", null, text.getBytes(StandardCharsets.UTF_8), "text/plain",
          StandardCharsets.UTF_8, gold.published() == null ? null : LocalDate.parse(gold.published()));
      DocumentRecord record;
      try {
        record = pipeline.process(raw);
      } catch (UnreadableInputException e) {
        out.println("skipped " + gold.id() + ": " + e.getMessage());
        continue;
      }
      ArticleResult result = evaluation.add(gold, text, record);
      records.add(record);
      if (verbose) {
        print(result, record, text);
      }
    }
    return evaluation;
  }

  /**
   * Fits the confidence model on every coded event of the evaluation (features of the event, and
   * whether it matched a gold event), writes it to {@code file}, and prints how well a model fitted
   * without an article predicts that article's events (5-fold cross-validation by article): the
   * ECE and the precision and recall of the events it puts at or above the minimum confidence.
   */
  void fit(ArticleEventEvaluation evaluation, Path file) throws IOException {
    List<List<ConfidenceModel.Example>> perArticle = new java.util.ArrayList<>();
    List<List<Judged>> judgedPerArticle = new java.util.ArrayList<>();
    for (int a = 0; a < evaluation.results().size(); a++) {
      DocumentRecord record = records.get(a);
      List<ConfidenceModel.Example> examples = new java.util.ArrayList<>();
      for (Judged j : evaluation.results().get(a).judged()) {
        examples.add(new ConfidenceModel.Example(EventFeatures.of(j.event(), record::actor), j.matched() != null));
      }
      perArticle.add(examples);
      judgedPerArticle.add(evaluation.results().get(a).judged());
    }
    List<ConfidenceModel.Example> all = perArticle.stream().flatMap(List::stream).toList();
    ConfidenceModel model = ConfidenceModel.fit(all, L2, MIN_FEATURE_COUNT);
    try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(writer, "Dyad's event confidence model: logistic weights of EventFeatures, fitted by\n"
          + "'dyad eval events --dataset articles --fit-confidence FILE' on the article-level gold\n"
          + "(" + evaluation.results().size() + " articles, " + all.size() + " coded events, "
          + all.stream().filter(ConfidenceModel.Example::right).count() + " right); L2 " + L2 + ", features seen at least "
          + MIN_FEATURE_COUNT + " times.");
    }
    out.println("confidence model: " + model.weights().size() + " weights written to " + file);
    // cross-validation: each fifth of the articles predicted by a model fitted on the rest
    int folds = 5;
    double[] predicted = new double[all.size()];
    int k = 0;
    List<double[]> rows = new java.util.ArrayList<>();
    for (int a = 0; a < perArticle.size(); a++) {
      List<ConfidenceModel.Example> training = new java.util.ArrayList<>();
      for (int b = 0; b < perArticle.size(); b++) {
        if (b % folds != a % folds) {
          training.addAll(perArticle.get(b));
        }
      }
      ConfidenceModel held = ConfidenceModel.fit(training, L2, MIN_FEATURE_COUNT);
      for (ConfidenceModel.Example e : perArticle.get(a)) {
        double p = held.probability(e.features());
        predicted[k++] = p;
        rows.add(new double[] {p, e.right() ? 1 : 0});
      }
    }
    double ece = ece(rows);
    // AUC: the chance a right event gets a higher confidence than a wrong one
    double pairs = 0;
    double ordered = 0;
    for (double[] right : rows) {
      if (right[1] != 1) {
        continue;
      }
      for (double[] wrong : rows) {
        if (wrong[1] == 1) {
          continue;
        }
        pairs++;
        ordered += right[0] > wrong[0] ? 1 : right[0] == wrong[0] ? 0.5 : 0;
      }
    }
    out.printf(Locale.ROOT, "cross-validated AUC %.3f%n", pairs == 0 ? 0 : ordered / pairs);
    long kept = rows.stream().filter(r -> r[0] >= minConfidence).count();
    long keptRight = rows.stream().filter(r -> r[0] >= minConfidence && r[1] == 1).count();
    int gold = evaluation.results().stream().mapToInt(r -> r.gold().events().size()).sum();
    out.printf(Locale.ROOT, "cross-validated (%d folds by article): ECE %.3f; at confidence >= %.2f: %d events, P %.3f, R %.3f%n",
        folds, ece, minConfidence, kept, kept == 0 ? 0 : (double) keptRight / kept, gold == 0 ? 0 : (double) keptRight / gold);
  }

  /**
   * Refits only the scale of the current confidence model (Platt scaling, {@link
   * ConfidenceModel#plattFit}: two parameters, the ranking of events unchanged) on every coded
   * event of the evaluation, writes the rescaled model to {@code file}, and prints the slope and
   * offset, the ECE before and after, and the ECE a scale fitted without each fifth of the
   * articles gives that fifth (5-fold cross-validation by article).
   */
  void recalibrate(ArticleEventEvaluation evaluation, Path file) throws IOException {
    List<List<double[]>> perArticle = new java.util.ArrayList<>();
    for (ArticleResult result : evaluation.results()) {
      List<double[]> rows = new java.util.ArrayList<>();
      for (Judged j : result.judged()) {
        rows.add(new double[] {j.event().confidence(), j.matched() != null ? 1 : 0});
      }
      perArticle.add(rows);
    }
    List<double[]> all = perArticle.stream().flatMap(List::stream).toList();
    double[] ab = ConfidenceModel.plattFit(all);
    ConfidenceModel model = ConfidenceModel.standard().rescaled(ab[0], ab[1]);
    try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      model.write(writer, "Dyad's event confidence model: logistic weights of EventFeatures, fitted by\n"
          + "'dyad eval events --dataset articles --fit-confidence FILE' on the article-level gold, then\n"
          + "rescaled by 'dyad eval events --dataset articles --recalibrate FILE' (Platt scaling, slope "
          + String.format(Locale.ROOT, "%.4f", ab[0]) + ", offset " + String.format(Locale.ROOT, "%.4f", ab[1]) + ")\n"
          + "on " + evaluation.results().size() + " articles, " + all.size() + " coded events, "
          + all.stream().filter(r -> r[1] == 1).count() + " right.");
    }
    List<double[]> rescaled = all.stream().map(r -> new double[] {platt(ab, r[0]), r[1]}).toList();
    int folds = 5;
    List<double[]> held = new java.util.ArrayList<>();
    for (int a = 0; a < perArticle.size(); a++) {
      List<double[]> training = new java.util.ArrayList<>();
      for (int b = 0; b < perArticle.size(); b++) {
        if (b % folds != a % folds) {
          training.addAll(perArticle.get(b));
        }
      }
      double[] fold = ConfidenceModel.plattFit(training);
      for (double[] r : perArticle.get(a)) {
        held.add(new double[] {platt(fold, r[0]), r[1]});
      }
    }
    out.printf(Locale.ROOT, "recalibrated model written to %s: slope %.3f, offset %.3f%n", file, ab[0], ab[1]);
    out.printf(Locale.ROOT, "ECE %.3f before, %.3f after; cross-validated (%d folds by article) %.3f; n=%d%n",
        ece(all), ece(rescaled), folds, ece(held), all.size());
  }

  private static double platt(double[] ab, double p) {
    return 1 / (1 + Math.exp(-(ab[0] * ConfidenceModel.logit(p) + ab[1])));
  }

  /** Expected calibration error over ten equal-width bins of rows {@code (confidence, right)}. */
  static double ece(List<double[]> rows) {
    double[][] bins = new double[10][3];
    for (double[] r : rows) {
      int b = Math.min(9, (int) Math.floor(r[0] * 10));
      bins[b][0]++;
      bins[b][1] += r[0];
      bins[b][2] += r[1];
    }
    double ece = 0;
    for (double[] bin : bins) {
      if (bin[0] > 0) {
        ece += bin[0] / rows.size() * Math.abs(bin[1] / bin[0] - bin[2] / bin[0]);
      }
    }
    return ece;
  }

  static final double L2 = 3.0;
  static final int MIN_FEATURE_COUNT = 3;

  /**
   * Writes, one JSON line per article, its gold events and every coded event with how it fared
   * (diagnostics: {@code --dump FILE}).
   */
  void dump(ArticleEventEvaluation evaluation, Path file) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int a = 0; a < evaluation.results().size(); a++) {
        ArticleResult result = evaluation.results().get(a);
        DocumentRecord record = records.get(a);
        java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("article", result.gold().id());
        line.put("category", result.gold().category());
        line.put("gold", result.gold().events());
        java.util.List<java.util.Map<String, Object>> coded = new java.util.ArrayList<>();
        for (Judged j : result.judged()) {
          java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
          e.put("event", j.event());
          e.put("source", actor(record, j.event().source()));
          e.put("target", actor(record, j.event().target()));
          e.put("matched", j.matched());
          e.put("closest", j.closest());
          e.put("real", j.real());
          e.put("features", EventFeatures.of(j.event(), record::actor));
          coded.add(e);
        }
        line.put("coded", coded);
        line.put("actors", record.actors());
        line.put("text", record.document().text());
        line.put("missed", result.missed());
        writer.write(json.writeValueAsString(line));
        writer.write('\n');
      }
    }
  }

  /** The agreement between the gold and the second annotator's re-annotation. */
  String agreement() throws IOException {
    ArticleGoldReader reader = readerChecked();
    List<ArticleGold> first = reader.read(ArticleGoldReader.GOLD);
    List<ArticleGold> second = reader.read(ArticleGoldReader.SECOND);
    for (ArticleGold g : second) {
      reader.text(g); // the same text both annotated
    }
    return AnnotatorAgreement.of(first, second).report();
  }

  private ArticleGoldReader readerChecked() {
    if (!Files.isDirectory(data.resolve("corpus/bbc")) || !Files.isDirectory(data.resolve("extraction"))) {
      throw new UserException("eval events: the article gold's corpora are not under " + data
          + " (corpus/bbc, extraction/zyte, extraction/naeb); set --data to the shared data folder", Main.EXIT_UNREADABLE);
    }
    return new ArticleGoldReader(data);
  }

  private void print(ArticleResult result, DocumentRecord record, String text) {
    ArticleGold gold = result.gold();
    out.printf(Locale.ROOT, "= %s (%s) matched %d of %d coded, gold %d%n", gold.id(), gold.category(),
        result.matchedEvents(), result.scoredEvents(), gold.events().size());
    for (Judged j : result.judged()) {
      String mark = !j.scored() ? "  low  " : j.matched() != null ? "  ok   " : j.real() ? "  wrong" : "  false";
      out.printf(Locale.ROOT, "%s %s %s -> %s [%s; %s%s] %.2f %s%n", mark, j.event().cameo(), actor(record, j.event().source()),
          actor(record, j.event().target()), j.event().trigger().text(), j.event().modality(),
          j.event().negated() ? "; negated" : "", j.event().confidence(), j.event().rule());
      if (j.matched() == null && j.closest() != null) {
        out.println("           closest gold: " + j.closest());
      }
      if (j.matched() == null) {
        out.println("           in: " + j.event().evidence().text().replaceAll("\\s+", " "));
      }
      String place = place(j);
      if (place != null) {
        out.println("           place: " + place);
      }
    }
    for (GoldEvent missed : result.missed()) {
      out.println("  missed " + missed + "  in: "
          + text.substring(missed.sentenceStart(), missed.sentenceEnd()).replaceAll("\\s+", " "));
    }
  }

  /**
   * Where Dyad put the event and where the gold (closest event) does: "Moscow (RUS, city) | gold
   * Moscow (RUS): right"; null when neither gives a place.
   */
  static String place(Judged j) {
    org.dyad.model.Location have = j.event().location();
    ArticleGold.GoldPlace wanted = j.closest() == null ? null : j.closest().place();
    if (have == null && wanted == null) {
      return null;
    }
    String dyad = have == null ? "none"
        : have.name() + " (" + (have.country() == null ? "-" : have.country()) + ", "
            + (have.precision() == null ? "?" : have.precision()) + ")";
    if (wanted == null) {
      return dyad + " | gold none";
    }
    return dyad + " | gold " + wanted.name() + " (" + wanted.country() + "): "
        + (Boolean.TRUE.equals(j.location()) ? "right" : have == null ? "missing" : "wrong");
  }

  private static String actor(DocumentRecord record, String id) {
    Actor actor = record.actor(id);
    return actor == null ? "-" : actor.name() + "(" + actor.code() + ")";
  }
}
