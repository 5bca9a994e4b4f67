package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/**
 * Measures the resolver on the actors of the PLOVER gold standard records (one sentence each,
 * read in place from ../shared): how many gold actor texts get an actor, and how often its
 * country agrees with the gold code's country. Locks in the reached scores. The misses (gold texts
 * without an actor, actors of another country) are listed in {@code target/actor-gold-misses.tsv}
 * for diagnosis: kind, gold text, gold code, our actor's name, country and code, the sentence.
 */
class ActorGoldIT {

  @Test
  void resolvesTheGoldActorsOfPloverRecords() throws IOException {
    String shared = System.getProperty("dyad.shared");
    assumeTrue(shared != null, "system property dyad.shared is not set");
    Path file = Path.of(shared, "data", "events", "plover-gsr", "PLOVER_GSR_CAMEO.txt");
    assumeTrue(Files.isRegularFile(file), "no PLOVER gold standard at " + file);
    JsonNode records = new ObjectMapper().readTree(file.toFile());
    ActorResolver resolver = new ActorResolver();
    KnowledgeBase knowledge = resolver.knowledge();
    int texts = 0;
    int resolved = 0;
    int countries = 0;
    int countriesAgreeing = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode record : records) {
      if (!record.has("text")) {
        continue;
      }
      String text = record.get("text").asText();
      Article article = new Article("plover-gsr", null, null, List.of(), null, null, "en", text, List.of());
      Resolution resolution = resolver.resolve(Annotator.shared().annotate(article));
      for (String side : new String[] {"source", "target"}) {
        for (JsonNode gold : record.path(side)) {
          String actorText = gold.path("actorText").asText("");
          int at = actorText.isEmpty() ? -1 : text.indexOf(actorText);
          if (at < 0) {
            continue;
          }
          texts++;
          Actor actor = null;
          for (ActorMention m : resolution.mentions()) {
            if (m.start() < at + actorText.length() && m.end() > at) {
              actor = resolution.actor(m.actorId());
              break;
            }
          }
          String code = gold.path("code").asText("");
          if (actor != null) {
            resolved++;
          } else {
            misses.add(String.join("\t", "unresolved", actorText, code, "", "", "", text));
          }
          if (code.length() >= 3 && knowledge.country(code.substring(0, 3)).isPresent()) {
            countries++;
            if (actor != null && code.substring(0, 3).equals(actor.country())) {
              countriesAgreeing++;
            } else if (actor != null) {
              misses.add(String.join("\t", "country", actorText, code, actor.name(), String.valueOf(actor.country()),
                  String.valueOf(actor.code()), text));
            }
          }
        }
      }
    }
    double resolvedShare = resolved / (double) texts;
    double countryShare = countriesAgreeing / (double) countries;
    Path report = Path.of("target", "actor-gold-misses.tsv");
    Files.write(report, misses);
    System.out.printf("actors plover-gsr resolved %.3f (%d/%d) country %.3f (%d/%d)%n",
        resolvedShare, resolved, texts, countryShare, countriesAgreeing, countries);
    assertThat(texts).isGreaterThan(500);
    assertThat(resolvedShare).isGreaterThanOrEqualTo(0.970);
    assertThat(countryShare).isGreaterThanOrEqualTo(0.940);
  }
}
