package org.dyad.pipeline.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Quote extraction on parsed text, with a stand-in NER resolver for the actors. */
class QuoteExtractorIT {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private static ResolvedArticle resolved(String text) {
    Article article = new Article("test", null, null, List.of(), null, null, "en", text, List.of());
    return NerTestResolver.resolve(Annotator.shared().annotate(article));
  }

  private static String speakerName(ResolvedArticle article, Quote quote) {
    return quote.speaker() == null ? null : article.resolution().actor(quote.speaker()).name();
  }

  @Test
  void printsReferenceArticleQuotes() throws Exception {
    Path shared = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path file = shared.resolve("examples/moscow-format.txt");
    assumeTrue(Files.isRegularFile(file), "reference article absent: " + file);
    ResolvedArticle article = resolved(Files.readString(file).strip());
    if (System.getenv("DYAD_DUMP") != null) {
      for (org.dyad.pipeline.nlp.Sentence sentence : article.annotated().sentences()) {
        StringBuilder line = new StringBuilder("S" + sentence.index() + ":");
        for (org.dyad.pipeline.nlp.Token token : sentence.tokens()) {
          line.append(' ').append(token.index()).append('/').append(token.text()).append('/').append(token.pos())
              .append('/').append(token.ner());
        }
        System.out.println(line);
        System.out.println("   " + sentence.dependencies());
      }
    }
    for (Quote quote : extractor.find(article)) {
      System.out.println(quote.id() + " " + quote.kind() + " [" + speakerName(article, quote) + "] cue=" + quote.cue()
          + " :: " + quote.text());
    }
  }
}
