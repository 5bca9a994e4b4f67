package org.dyad.pipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.pipeline.extract.Article;
import org.junit.jupiter.api.Test;

/** The speed options of the annotator change which sentences are parsed, never how. */
class CoreNlpAnnotatorIT {

  private static final String TEXT = String.join("\n\n",
      "Ministers meet in Lisbon over fishing quotas",
      "The foreign ministers of Portugal and Spain met in Lisbon on Tuesday to discuss fishing quotas.",
      "\"We want an agreement before the winter season,\" the Portuguese minister told reporters.",
      "Prices rose sharply in the spring.",
      "Photo: Reuters",
      "She said the talks would continue next week in Madrid.");

  private static final Article ARTICLE = new Article("test", null, null, List.of(), null, null, "en", TEXT, List.of());

  @Test
  void directParseGivesTheSameGraphsAsCoreNlpsDepparseAnnotator() {
    AnnotatedArticle direct = Annotator.shared().annotate(ARTICLE);
    AnnotatedArticle throughAnnotator = new CoreNlpAnnotator(false, true).annotate(ARTICLE);

    assertThat(direct.sentences()).isEqualTo(throughAnnotator.sentences());
    assertThat(direct.sentences()).allSatisfy(sentence -> assertThat(sentence.dependencies()).isNotEmpty());
  }

  @Test
  void prefilterKeepsTokensAndTheParsesOfTheSentencesItParses() {
    AnnotatedArticle full = Annotator.shared().annotate(ARTICLE);
    AnnotatedArticle filtered = new CoreNlpAnnotator(true, false).annotate(ARTICLE);

    assertThat(filtered.sentences()).hasSameSizeAs(full.sentences());
    int parsed = 0;
    for (int i = 0; i < full.sentences().size(); i++) {
      Sentence all = full.sentences().get(i);
      Sentence some = filtered.sentences().get(i);
      assertThat(some.tokens()).isEqualTo(all.tokens());
      assertThat(all.dependencies()).isNotEmpty();
      if (!some.dependencies().isEmpty()) {
        parsed++;
        assertThat(some.dependencies()).as("sentence %d", i).isEqualTo(all.dependencies());
      }
    }
    assertThat(parsed).as("sentences parsed with the prefilter").isEqualTo(full.sentences().size() - 2);
    assertThat(filtered.sentences().get(3).dependencies()).as("no participant").isEmpty();
    assertThat(filtered.sentences().get(4).dependencies()).as("no verb").isEmpty();
  }
}
