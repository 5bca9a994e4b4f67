package org.dyad.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventActorCodesTest {

  @TempDir
  Path folder;

  /** A made-up head of government until 2016-01-20, a former leader (elite) after it. */
  private ActorResolver resolverWithDictionary() throws IOException {
    Path file = folder.resolve("made-up.actors.txt");
    Files.write(file, List.of(
        "JANE_QUORRA_EXAMPLE_",
        "+QUORRA_EXAMPLE_",
        "\t[FRAGOV 100101-160120]",
        "\t[FRAELI >160121]",
        "\t[FRA]"), StandardCharsets.UTF_8);
    return ActorResolver.withDictionaries(List.of(file));
  }

  private static Event event(String id, String source, String target, String date) {
    Span span = new Span(0, 1, "x");
    return new Event(id, "042", "Make a visit", "CONSULT", 1, 1.9, source, target, span, false, "asserted", date, date,
        null, 0, span, 0.8, "test");
  }

  private static ResolvedArticle resolved(AnnotatedArticle annotated, Resolution resolution) {
    LocalDate published = ActorResolver.dateOf(annotated.article().published());
    return new ResolvedArticle(annotated, resolution, List.of(), List.of(), published);
  }

  private static Actor only(Resolution r, String name) {
    List<Actor> found = r.actors().stream().filter(a -> a.name().equalsIgnoreCase(name)).toList();
    assertThat(found).as("actors named %s in %s", name, r.actors()).hasSize(1);
    return found.get(0);
  }

  @Test
  void aDictionaryPersonsDatedRoleAppliesByEachEventsDate() throws IOException {
    AnnotatedArticle annotated = HandMadeArticle.of(
            "Jane/NNP/PERSON Quorra/NNP/PERSON Example/NNP/PERSON visited/VBD Germany/NNP/LOCATION ./.",
            "Quorra/NNP/PERSON Example/NNP/PERSON met/VBD Germany/NNP/LOCATION again/RB ./.")
        .publishedOn("2017-03-01").build();
    Resolution resolution = resolverWithDictionary().resolve(annotated);
    Actor jane = only(resolution, "Jane Quorra Example");
    Actor germany = only(resolution, "Germany");
    assertThat(jane.code()).as("on the publication date").isEqualTo("FRAELI");

    List<Event> coded = EventActorCodes.apply(resolved(annotated, resolution), List.of(
        event("e1", jane.id(), germany.id(), "2015-06-03"),
        event("e2", jane.id(), germany.id(), "2017-02"),
        event("e3", germany.id(), jane.id(), null)));

    assertThat(coded).extracting(Event::sourceCode).containsExactly("FRAGOV", "FRAELI", "DEU");
    assertThat(coded).extracting(Event::targetCode).containsExactly("DEU", "DEU", "FRAELI");
    assertThat(coded.get(0)).usingRecursiveComparison().ignoringFields("sourceCode", "targetCode")
        .isEqualTo(event("e1", jane.id(), germany.id(), "2015-06-03"));
  }

  @Test
  void aWellKnownPersonsOfficeAppliesByTheEventsDate() {
    AnnotatedArticle annotated = HandMadeArticle.of(
            "Barack/NNP/PERSON Obama/NNP/PERSON visited/VBD Germany/NNP/LOCATION ./.")
        .publishedOn("2018-05-01").build();
    Resolution resolution = new ActorResolver().resolve(annotated);
    Actor obama = only(resolution, "Barack Obama");
    assertThat(obama.code()).isEqualTo("USAELI");

    List<Event> coded = EventActorCodes.apply(resolved(annotated, resolution), List.of(
        event("e1", obama.id(), null, "2016-W10"),
        event("e2", obama.id(), null, "2017")));

    assertThat(coded).extracting(Event::sourceCode).containsExactly("USAGOV", "USAGOV");
    assertThat(coded).extracting(Event::targetCode).containsExactly(null, null);
  }

  @Test
  void aTitleInTheTextFixesTheCodeWhateverTheDate() {
    AnnotatedArticle annotated = HandMadeArticle.of(
            "Former/JJ US/NNP/LOCATION president/NN Barack/NNP/PERSON Obama/NNP/PERSON spoke/VBD ./.")
        .publishedOn("2018-05-01").build();
    Resolution resolution = new ActorResolver().resolve(annotated);
    Actor obama = only(resolution, "Barack Obama");

    List<Event> coded = EventActorCodes.apply(resolved(annotated, resolution),
        List.of(event("e1", obama.id(), null, "2012-01-01")));

    assertThat(coded.get(0).sourceCode()).isEqualTo(obama.code()).isEqualTo("USAELI");
  }

  @Test
  void readsTheFirstDayOfEachDatePrecision() {
    assertThat(EventActorCodes.dayOf("2021-10-20")).isEqualTo(LocalDate.of(2021, 10, 20));
    assertThat(EventActorCodes.dayOf("2021-W42")).isEqualTo(LocalDate.of(2021, 10, 18));
    assertThat(EventActorCodes.dayOf("2021-10")).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(EventActorCodes.dayOf("2021-Q3")).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(EventActorCodes.dayOf("2021")).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(EventActorCodes.dayOf("PRESENT_REF")).isNull();
    assertThat(EventActorCodes.dayOf("2021-SU")).isNull();
    assertThat(EventActorCodes.dayOf("2021-13-40")).isNull();
    assertThat(EventActorCodes.dayOf(null)).isNull();
  }
}
