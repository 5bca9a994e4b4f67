package org.dyad.pipeline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.nlp.CoreNlpQuoteBaseline;
import org.dyad.pipeline.quote.AttributedQuote;
import org.dyad.pipeline.quote.QuoteExtractor;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * Scores quote attribution on PolNeAR: Dyad's quotes (and optionally CoreNLP's) against the gold
 * attributions that name a source. The article text is used as it is (no cleaning), so that gold
 * offsets hold. A Dyad speaker matches the gold Source when the text the speaker was read from
 * or any mention of the speaker actor overlaps it; a CoreNLP speaker when its quote mention, its
 * canonical speaker mention or any occurrence of its speaker name does.
 */
public final class QuoteEvaluation {

  /** Scores of one run; {@code baseline} is null when the baseline was not run. */
  public record Result(QuoteScore dyad, QuoteScore baseline, int documents) {}

  private final Pipeline pipeline;
  private final Annotator annotator;
  private final QuoteExtractor extractor = new QuoteExtractor();

  public QuoteEvaluation(Pipeline pipeline, Annotator annotator) {
    this.pipeline = pipeline;
    this.annotator = annotator;
  }

  /** The split folder of a dataset name: polnear-dev, polnear-test or polnear-train. */
  public static Path split(Path data, String dataset) {
    String split = switch (dataset) {
      case "polnear-dev" -> "dev";
      case "polnear-test" -> "test";
      case "polnear-train" -> "train";
      default -> throw new IllegalArgumentException(
          "unknown dataset '" + dataset + "': use polnear-dev, polnear-test or polnear-train");
    };
    return data.resolve("quotes/polnear/data").resolve(split);
  }

  public Result run(List<QuoteGold.Document> documents, boolean withBaseline, Consumer<String> progress) {
    QuoteScore dyad = QuoteScore.zero();
    QuoteScore baseline = withBaseline ? QuoteScore.zero() : null;
    CoreNlpQuoteBaseline corenlp = withBaseline ? new CoreNlpQuoteBaseline() : null;
    int done = 0;
    for (QuoteGold.Document document : documents) {
      Article article = new Article(document.name(), null, null, List.of(), null, null, "en", document.text(), List.of());
      AnnotatedArticle annotated = annotator.annotate(article);
      ResolvedArticle resolved = pipeline.resolve(annotated);
      dyad = dyad.plus(QuoteScore.of(document.attributions(), dyadQuotes(resolved)));
      if (withBaseline) {
        baseline = baseline.plus(QuoteScore.of(document.attributions(), baselineQuotes(corenlp, document.text())));
      }
      done++;
      progress.accept(done + "/" + documents.size() + " " + document.name());
    }
    return new Result(dyad, baseline, done);
  }

  List<QuoteScore.SystemQuote> dyadQuotes(ResolvedArticle resolved) {
    List<QuoteScore.SystemQuote> out = new ArrayList<>();
    for (AttributedQuote attributed : extractor.findAttributed(resolved)) {
      List<int[]> speakerSpans = new ArrayList<>();
      String speaker = attributed.quote().speaker();
      if (speaker != null) {
        if (attributed.speakerEvidence() != null) {
          speakerSpans.add(new int[] {attributed.speakerEvidence().start(), attributed.speakerEvidence().end()});
        }
        Actor actor = resolved.resolution().actor(speaker);
        if (actor != null) {
          for (Span mention : actor.mentions()) {
            speakerSpans.add(new int[] {mention.start(), mention.end()});
          }
        }
      }
      out.add(new QuoteScore.SystemQuote(attributed.quote().start(), attributed.quote().end(), speakerSpans));
    }
    return out;
  }

  private static List<QuoteScore.SystemQuote> baselineQuotes(CoreNlpQuoteBaseline corenlp, String text) {
    List<QuoteScore.SystemQuote> out = new ArrayList<>();
    for (CoreNlpQuoteBaseline.BaselineQuote quote : corenlp.quotes(text)) {
      List<int[]> speakerSpans = new ArrayList<>();
      if (quote.mention() != null) {
        speakerSpans.add(quote.mention());
      }
      if (quote.canonicalMention() != null) {
        speakerSpans.add(quote.canonicalMention());
      }
      String name = quote.speaker();
      if (name != null && !name.isBlank() && !name.equalsIgnoreCase("unknown")) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          speakerSpans.add(new int[] {at, at + name.length()});
        }
      }
      out.add(new QuoteScore.SystemQuote(quote.start(), quote.end(), speakerSpans));
    }
    return out;
  }
}
