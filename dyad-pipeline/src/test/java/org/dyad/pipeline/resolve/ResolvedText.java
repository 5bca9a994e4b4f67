package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;

/** A made-up text parsed by CoreNLP and resolved, with lookups of its actors by name or alias (for ITs). */
record ResolvedText(Resolution resolution) {

  static ResolvedText of(String text, String published) {
    Article article = new Article("made-up", null, null, List.of(), published, null, "en", text, List.of());
    AnnotatedArticle annotated = Annotator.shared().annotate(article);
    return new ResolvedText(new ActorResolver().resolve(annotated));
  }

  List<Actor> carrying(String name) {
    return resolution.actors().stream()
        .filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .toList();
  }

  Actor only(String name) {
    List<Actor> found = carrying(name);
    assertThat(found).as("actors carrying '%s' among %s", name, resolution.actors()).hasSize(1);
    return found.get(0);
  }
}
