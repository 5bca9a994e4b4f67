package org.dyad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.UnreadableInputException;
import org.dyad.pipeline.eval.EventEvaluation;
import org.dyad.pipeline.eval.EventGold;
import org.dyad.pipeline.eval.EventGoldReader;
import org.dyad.pipeline.eval.EventScore;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad eval events}: event coding against the PLOVER and PETRARCH-2 gold sets. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {
        "Score event coding against a gold set of coded sentences or whole articles.",
        "",
        "Each gold text runs through the whole pipeline; an event is correct when its source, target and "
            + "type agree with the gold (plover-gsr: PLOVER type and actor codes; petrarch2-gsr: CAMEO root "
            + "and country codes). Prints a confusion table, then 'events <dataset> F1 0.000 P 0.000 R 0.000 "
            + "n=N'.",
        "",
        "universalpetrarch-es, universalpetrarch-es-fight: UniversalPetrarch's Spanish gold (the "
            + "1,018-record validation set and the revised fight set), read as Spanish and scored as "
            + "petrarch2-gsr (CAMEO root, source and target country codes; '~CVL' names no country) on the "
            + "sentences whose gold has an event with code, source and target; n counts those sentences.",
        "",
        "articles: Dyad's own gold of 65 whole news articles (41 political or international, 24 "
            + "ordinary: sport, entertainment, business, technology), every event annotated blind by the guide "
            + "in docs/event-annotation-guide.md. Every coded event at or above --min-confidence is scored: it "
            + "matches a gold event of the same sentence with the same CAMEO root, source, target and "
            + "negation. Ends with 'events articles F1 0.000 P 0.000 R 0.000 n=ARTICLES'; --by field adds the "
            + "per-field table, --calibration the reliability table and 'calibration articles ECE 0.000 "
            + "n=EVENTS'.",
        "",
        "articles-es: Dyad's own 20 Spanish articles (16 political, 4 ordinary), written and annotated "
            + "blind for Dyad (resources/org/dyad/eval/es); scored as articles; --by field prints the "
            + "per-field table."
    })
public final class EvalEventsCommand implements Callable<Integer> {

  @Option(names = "--dataset", required = true, paramLabel = "NAME",
      description = "gold set to score against: plover-gsr, petrarch2-gsr, universalpetrarch-es, "
          + "universalpetrarch-es-fight, articles, articles-es")
  String dataset;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "folder of the public gold sets (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N records")
  Integer limit;

  @Option(names = "--verbose", description = "print each record's gold and coded events")
  boolean verbose;

  @Option(names = "--only", paramLabel = "TEXT", description = "score only the records whose id contains TEXT (diagnostics)")
  String only;

  @Option(names = "--parse", description = "with --verbose, also print each sentence's dependency parse (diagnostics)")
  boolean parse;

  @Option(names = "--by", paramLabel = "field",
      description = "articles: also print the per-field table (real, root, source, target, stance, date, location)")
  String by;

  @Option(names = "--calibration",
      description = "articles: also print the reliability table (confidence bins against measured precision) and the ECE line")
  boolean calibration;

  @Option(names = "--min-confidence", paramLabel = "P",
      description = "score the coded events with at least this confidence (default: for articles "
          + org.dyad.model.Confidence.DEFAULT_MINIMUM + ", what users see; for the sentence gold sets 0, every event found)")
  Double minConfidence;

  @Option(names = "--category", paramLabel = "political|ordinary", description = "articles: score only this category")
  String category;

  @Option(names = "--fit-confidence", paramLabel = "FILE",
      description = "articles: fit the confidence model on every coded event (all confidences) and write it to FILE; "
          + "prints its cross-validated ECE, precision and recall")
  Path fitConfidence;

  @Option(names = "--recalibrate", paramLabel = "FILE",
      description = "articles: refit only the scale of the confidence model (Platt scaling: the ranking of events "
          + "is kept) on every coded event and write the rescaled model to FILE; prints the ECE before, after and "
          + "cross-validated")
  Path recalibrate;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "articles: write each article's gold and coded events as JSON Lines (diagnostics)")
  Path dump;

  @Option(names = "--agreement",
      description = "articles: print the agreement between the gold and a second annotator's blind re-annotation, and stop")
  boolean agreement;

  @Override
  public Integer call() throws IOException {
    if (dataset.equals("articles")) {
      return articles();
    }
    if (dataset.equals("articles-es")) {
      return spanishArticles();
    }
    if (by != null || calibration || agreement || category != null || fitConfidence != null || recalibrate != null || dump != null) {
      throw new UserException("eval events: --by, --calibration, --category and --agreement go with --dataset articles",
          Main.EXIT_USAGE);
    }
    EventEvaluation.Dataset chosen;
    try {
      chosen = EventEvaluation.Dataset.of(dataset);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), Main.EXIT_USAGE);
    }
    Path file = data.resolve(switch (chosen) {
      case PLOVER_GSR -> "events/plover-gsr/PLOVER_GSR_CAMEO.txt";
      case PETRARCH2_GSR -> "events/petrarch2-gsr-validation/PETR2_GSR_validation.xml";
      case UNIVERSALPETRARCH_ES -> "events/universalpetrarch-es/spanish_validation_1018_noaccent.xml";
      case UNIVERSALPETRARCH_ES_FIGHT -> "events/universalpetrarch-es/spanish_fight_reduced_181227v2_validation.xml";
    });
    if (!Files.isRegularFile(file)) {
      throw new UserException("eval events: gold file not found: " + file + " (set --data to the shared data folder)",
          Main.EXIT_UNREADABLE);
    }
    List<EventGold> golds = switch (chosen) {
      case PLOVER_GSR -> EventGoldReader.readPlover(file);
      case PETRARCH2_GSR -> EventGoldReader.readPetrarch(file);
      case UNIVERSALPETRARCH_ES -> EventGoldReader.readUniversalPetrarch(file, false);
      case UNIVERSALPETRARCH_ES_FIGHT -> EventGoldReader.readUniversalPetrarch(file, true);
    };
    boolean spanish = chosen == EventEvaluation.Dataset.UNIVERSALPETRARCH_ES
        || chosen == EventEvaluation.Dataset.UNIVERSALPETRARCH_ES_FIGHT;
    if (limit != null && limit < golds.size()) {
      golds = golds.subList(0, limit);
    }
    Pipeline pipeline;
    try {
      pipeline = new Pipeline().withMinConfidence(minConfidence == null ? 0 : minConfidence);
    } catch (IllegalArgumentException e) {
      throw new UserException("eval events: " + e.getMessage(), Main.EXIT_USAGE);
    }
    EventEvaluation evaluation = new EventEvaluation(chosen);
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (EventGold gold : golds) {
      if (only != null && !gold.id().contains(only)) {
        continue;
      }
      Article article = new Article(gold.id(), null, null, List.of(), isoDate(gold.date()), null, spanish ? "es" : "en",
          gold.text(), List.of());
      DocumentRecord record;
      try {
        record = pipeline.process(article);
      } catch (UnreadableInputException e) {
        out.println("skipped " + gold.id() + ": " + e.getMessage());
        continue;
      }
      EventScore own = evaluation.add(gold, record);
      if (verbose) {
        out.println("= " + gold.id() + " tp " + own.truePositives() + " coded " + own.predicted() + " gold " + own.gold());
        out.println("# " + gold.id() + ": " + gold.text());
        if (parse) {
          printParse(out, article, spanish);
        }
        gold.events().forEach(g -> out.println("  gold  " + g.type() + " " + g.sources() + " -> " + g.targets()));
        gold.unscored().forEach(g -> out.println("  (gold " + g.type() + " " + g.sources() + " -> " + g.targets() + ")"));
        for (Event event : record.events()) {
          out.println("  coded " + event.plover() + "/" + event.cameo() + " " + code(record, event.source()) + dated(event.sourceCode()) + " -> "
              + code(record, event.target()) + dated(event.targetCode()) + " [" + event.trigger().text() + "; " + event.modality()
              + (event.negated() ? "; negated" : "") + "] " + event.rule());
        }
      }
    }
    out.print(evaluation.confusionTable());
    out.println(evaluation.score().line());
    out.flush();
    return Main.EXIT_OK;
  }

  private Integer articles() throws IOException {
    if (by != null && !by.equals("field")) {
      throw new UserException("eval events: --by takes 'field', not '" + by + "'", Main.EXIT_USAGE);
    }
    if (category != null && !category.equals("political") && !category.equals("ordinary")) {
      throw new UserException("eval events: --category is 'political' or 'ordinary', not '" + category + "'", Main.EXIT_USAGE);
    }
    double minimum = minConfidence == null ? org.dyad.model.Confidence.DEFAULT_MINIMUM : minConfidence;
    try {
      org.dyad.model.Confidence.checked(minimum);
    } catch (IllegalArgumentException e) {
      throw new UserException("eval events: " + e.getMessage(), Main.EXIT_USAGE);
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    ArticleEventsEval eval = new ArticleEventsEval(data, minimum, out);
    if (agreement) {
      out.print(eval.agreement());
      out.flush();
      return Main.EXIT_OK;
    }
    org.dyad.pipeline.eval.ArticleEventEvaluation evaluation = eval.run(only, category, verbose);
    if (fitConfidence != null) {
      eval.fit(evaluation, fitConfidence);
    }
    if (recalibrate != null) {
      eval.recalibrate(evaluation, recalibrate);
    }
    if (dump != null) {
      eval.dump(evaluation, dump);
    }
    if (by != null) {
      out.print(evaluation.fieldTable());
    }
    int[] ordinary = evaluation.ordinaryEvents();
    if (ordinary[1] > 0) {
      out.printf(java.util.Locale.ROOT, "ordinary articles: %d events in %d articles (%.1f per 10 articles)%n", ordinary[0],
          ordinary[1], 10.0 * ordinary[0] / ordinary[1]);
    }
    for (String c : new String[] {"political", "ordinary"}) {
      org.dyad.pipeline.eval.EventScore s = evaluation.score(c);
      if (s.records() > 0 && category == null) {
        out.println("  " + s.line());
      }
    }
    out.println(evaluation.score().line());
    if (calibration) {
      // the reliability table comes after the score so that its ECE line closes the output
      out.print(evaluation.thresholdTable());
      out.print(evaluation.calibrationTable());
      out.println(evaluation.calibrationLine());
    }
    out.flush();
    return Main.EXIT_OK;
  }

  /** {@code --dataset articles-es}: Dyad's own 20 Spanish articles, scored as the English article gold. */
  private Integer spanishArticles() throws IOException {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    Pipeline pipeline = new Pipeline().withMinConfidence(0);
    org.dyad.pipeline.eval.ArticleEventEvaluation evaluation = new org.dyad.pipeline.eval.ArticleEventEvaluation(
        minConfidence == null ? org.dyad.model.Confidence.DEFAULT_MINIMUM : minConfidence);
    for (org.dyad.pipeline.eval.SpanishArticleGold.Article article : org.dyad.pipeline.eval.SpanishArticleGold.read()) {
      org.dyad.pipeline.eval.ArticleGold gold = article.gold();
      if (only != null && !gold.id().contains(only) || category != null && !gold.category().equals(category)) {
        continue;
      }
      org.dyad.pipeline.source.RawDocument raw = new org.dyad.pipeline.source.RawDocument(gold.id() + ".txt", null,
          article.text().getBytes(StandardCharsets.UTF_8), "text/plain", StandardCharsets.UTF_8,
          gold.published() == null ? null : java.time.LocalDate.parse(gold.published()));
      DocumentRecord record;
      try {
        record = pipeline.process(raw);
      } catch (UnreadableInputException e) {
        out.println("skipped " + gold.id() + ": " + e.getMessage());
        continue;
      }
      org.dyad.pipeline.eval.ArticleEventEvaluation.ArticleResult result = evaluation.add(gold, article.text(), record);
      if (verbose) {
        out.println("= " + gold.id() + " (" + record.document().language() + ")");
        for (org.dyad.pipeline.eval.ArticleEventEvaluation.Judged j : result.judged()) {
          out.println("  " + j);
        }
        for (org.dyad.pipeline.eval.ArticleGold.GoldEvent missed : result.missed()) {
          out.println("  missed " + missed);
        }
      }
    }
    if (by != null) {
      out.print(evaluation.fieldTable());
    }
    out.println(evaluation.score().line().replace("events articles ", "events articles-es "));
    out.flush();
    return Main.EXIT_OK;
  }

  private static String dated(String code) {
    return code == null ? "" : "@" + code;
  }

  private static void printParse(PrintWriter out, Article article, boolean spanish) {
    for (Sentence sentence : (spanish ? Annotator.spanish() : Annotator.shared()).annotate(article).sentences()) {
      for (org.dyad.pipeline.nlp.Token t : sentence.tokens()) {
        out.println("  tok   " + t.index() + " " + t.text() + " " + t.pos() + " " + t.lemma() + " " + t.ner());
      }
      for (Dependency d : sentence.dependencies()) {
        out.println("  dep   " + d.relation() + "(" + word(sentence, d.governor()) + ", " + word(sentence, d.dependent()) + ")");
      }
    }
  }

  private static String word(Sentence sentence, int token) {
    return token < 0 || token >= sentence.size() ? "ROOT" : sentence.token(token).text() + "-" + token;
  }

  private static String code(DocumentRecord record, String id) {
    if (id == null) {
      return "-";
    }
    return record.actors().stream().filter(a -> a.id().equals(id)).findFirst()
        .map(a -> a.name() + "(" + a.country() + "/" + a.code() + ")").orElse(id);
  }

  /** ISO form of the gold's story date ("20080804" → "2008-08-04"), or null. */
  static String isoDate(String date) {
    if (date == null) {
      return null;
    }
    if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date;
    }
    if (date.matches("\\d{8}")) {
      return date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8);
    }
    return null;
  }
}
