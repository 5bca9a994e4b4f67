package org.dyad.pipeline.quote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.pipeline.eval.QuoteGold;
import org.dyad.pipeline.eval.QuoteScore;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * A development tool, not a test: scores quote attribution on a PolNeAR split with parses cached
 * on disk (CoreNLP runs once per document), and prints the misses for error analysis.
 * Arguments: SPLIT_DIR LIMIT CACHE_DIR [verbose].
 */
final class QuoteDevHarness {

  public static void main(String[] args) throws Exception {
    Path split = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    Path cache = Path.of(args[2]);
    boolean verbose = args.length > 3;
    Files.createDirectories(cache);
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<QuoteGold.Document> documents = QuoteGold.read(split);
    QuoteExtractor extractor = new QuoteExtractor();
    ActorResolver resolver = new ActorResolver();
    QuoteScore total = QuoteScore.zero();
    for (QuoteGold.Document document : documents.subList(0, Math.min(limit, documents.size()))) {
      Path cached = cache.resolve(document.name() + ".json");
      AnnotatedArticle annotated;
      if (Files.isRegularFile(cached)) {
        annotated = json.readValue(cached.toFile(), AnnotatedArticle.class);
      } else {
        Article article = new Article(document.name(), null, null, List.of(), null, null, "en", document.text(), List.of());
        annotated = Annotator.shared().annotate(article);
        json.writeValue(cached.toFile(), annotated);
      }
      Resolution resolution = resolver.resolve(annotated);
      ResolvedArticle resolved = new ResolvedArticle(annotated, resolution, List.of(), List.of(), null);
      org.dyad.pipeline.eval.QuoteEvaluationAccess access = new org.dyad.pipeline.eval.QuoteEvaluationAccess();
      List<QuoteScore.SystemQuote> system = access.dyadQuotes(resolved);
      QuoteScore score = QuoteScore.of(document.attributions(), system);
      total = total.plus(score);
      if (verbose) {
        String text = document.text();
        System.out.println("=== " + document.name() + " " + score.summary() + " sys=" + score.systemQuotes());
        List<AttributedQuote> quotes = extractor.findAttributed(resolved);
        if (System.getenv("ACTORS") != null) {
          for (Actor actor : resolution.actors()) {
            System.out.println("  ACTOR " + actor.id() + " " + actor.kind() + " " + actor.name() + " x" + actor.mentions().size());
          }
        }
        for (QuoteGold.Attribution gold : document.attributions()) {
          int[] c = gold.content().fragments().get(0);
          int[] s = gold.source().fragments().get(0);
          String mine = "-";
          boolean ok = false;
          for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i).quote();
            if (gold.content().overlaps(q.start(), q.end())) {
              Actor a = q.speaker() == null ? null : resolution.actor(q.speaker());
              mine = q.kind() + ":" + (a == null ? "null" : a.name()) + "/" + q.cue();
              QuoteScore one = QuoteScore.of(List.of(gold), List.of(system.get(i)));
              ok |= one.recalledAttributions() > 0;
            }
          }
          System.out.println((ok ? "  OK   " : "  MISS ") + "[" + text.substring(s[0], s[1]) + "] " + mine + " :: "
              + snippet(text.substring(c[0], c[1])));
        }
        for (int i = 0; i < quotes.size(); i++) {
          QuoteScore one = QuoteScore.of(document.attributions(), List.of(system.get(i)));
          if (one.correctQuotes() == 0) {
            Quote q = quotes.get(i).quote();
            Actor a = q.speaker() == null ? null : resolution.actor(q.speaker());
            System.out.println("  FP   " + q.kind() + ":" + (a == null ? "null" : a.name()) + "/" + q.cue() + " :: "
                + snippet(q.text()));
          }
        }
      }
    }
    System.out.println("TOTAL " + total.summary() + " sys=" + total.systemQuotes() + " correct=" + total.correctQuotes());
  }

  private static String snippet(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 110 ? flat.substring(0, 110) + "…" : flat;
  }
}
