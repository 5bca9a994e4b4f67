package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.code.EventCoder;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dated roles of a user dictionary apply by each event's date, through the whole pipeline. */
class DatedRolesIT {

  @TempDir
  Path folder;

  @Test
  void aLeaderUntilADateIsCodedAsGovernmentBeforeItAndAsAnEliteAfter() throws Exception {
    Path dictionary = folder.resolve("made-up.actors.txt");
    Files.write(dictionary, List.of(
        "JANE_QUORRA_EXAMPLE_",
        "+QUORRA_EXAMPLE_",
        "\t[FRAGOV 100101-160120]",
        "\t[FRAELI >160121]",
        "\t[FRA]"), StandardCharsets.UTF_8);
    Pipeline pipeline = new Pipeline(Annotator.shared(), ActorResolver.withDictionaries(List.of(dictionary)),
        new EventCoder());
    String text = "Jane Quorra Example visited Germany on June 3, 2015.\n\n"
        + "Quorra Example visited Germany again on February 2, 2017.";
    DocumentRecord record = pipeline.process(
        new Article("made-up", null, null, List.of(), "2017-03-01", null, "en", text, List.of()));

    Actor jane = record.actors().stream().filter(a -> a.name().equals("Jane Quorra Example")).findFirst().orElseThrow();
    assertThat(jane.code()).as("on the publication date").isEqualTo("FRAELI");
    List<Event> visits = record.events().stream().filter(e -> jane.id().equals(e.source())).toList();
    assertThat(visits).as("events %s", record.events()).extracting(Event::date)
        .containsExactly("2015-06-03", "2017-02-02");
    assertThat(visits).extracting(Event::sourceCode).containsExactly("FRAGOV", "FRAELI");
    assertThat(visits).extracting(Event::targetCode).containsExactly("DEU", "DEU");
  }
}
