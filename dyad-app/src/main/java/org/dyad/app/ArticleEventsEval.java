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
      if (verbose) {
        print(result, record, text);
      }
    }
    return evaluation;
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
    }
    for (GoldEvent missed : result.missed()) {
      out.println("  missed " + missed + "  in: "
          + text.substring(missed.sentenceStart(), missed.sentenceEnd()).replaceAll("\\s+", " "));
    }
  }

  private static String actor(DocumentRecord record, String id) {
    Actor actor = record.actor(id);
    return actor == null ? "-" : actor.name() + "(" + actor.code() + ")";
  }
}
