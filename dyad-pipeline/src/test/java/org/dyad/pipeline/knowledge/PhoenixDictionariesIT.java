package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the public Phoenix dictionaries from ../shared (read in place, never copied). */
class PhoenixDictionariesIT {

  private static KnowledgeBase knowledge;

  @BeforeAll
  static void load() throws IOException {
    String shared = System.getProperty("dyad.shared");
    assumeTrue(shared != null, "system property dyad.shared is not set");
    Path folder = Path.of(shared, "data", "events", "petrarch-dictionaries");
    assumeTrue(Files.isDirectory(folder), "no Phoenix dictionaries at " + folder);
    knowledge = KnowledgeBase.builtIn().withDictionaries(List.of(
        folder.resolve("Phoenix.Countries.actors.txt"),
        folder.resolve("Phoenix.International.actors.txt"),
        folder.resolve("Phoenix.MilNonState.actors.txt"),
        folder.resolve("Phoenix.agents.txt")));
  }

  @Test
  void readsThousandsOfActorsAndAgentsWithFewUnreadableLines() {
    assertThat(knowledge.dictionaryActors()).hasSizeGreaterThan(10_000);
    assertThat(knowledge.dictionaryRoles()).hasSizeGreaterThan(1_000);
    assertThat(knowledge.diagnostics()).hasSizeLessThan(200);
  }

  @Test
  void appliesDatedRolesByDate() {
    DictionaryActor putin = knowledge.lookup("Vladimir Putin").stream()
        .filter(t -> t.type() == Term.Type.ACTOR).findFirst().orElseThrow().actor();
    assertThat(putin.codeOn(LocalDate.of(2021, 10, 15))).isEqualTo("RUSGOV");
    assertThat(putin.codeOn(LocalDate.of(1985, 1, 1))).isNotEqualTo("RUSGOV");
  }

  @Test
  void readsThePetrarchValidationDictionaries() throws IOException {
    Path folder = Path.of(System.getProperty("dyad.shared"), "data", "events", "petrarch-unittest");
    assumeTrue(Files.isDirectory(folder), "no PETRARCH validation dictionaries at " + folder);
    KnowledgeBase validation = KnowledgeBase.builtIn().withDictionaries(List.of(
        folder.resolve("PETR.Validate.actors.txt"), folder.resolve("PETR.Validate.agents.txt")));
    assertThat(validation.diagnostics()).isEmpty();
    assertThat(validation.dictionaryActors()).hasSizeGreaterThan(100);
    assertThat(validation.dictionaryCode("Gollum", LocalDate.of(1990, 1, 1))).contains("HOB");
    assertThat(validation.dictionaryCode("Gollum", LocalDate.of(1997, 1, 1))).contains("HOBGOV");
    assertThat(validation.dictionaryCode("Gollum", LocalDate.of(2001, 1, 1))).contains("HOBREB");
    assertThat(validation.dictionaryCode("Prince of Dol Amroth", LocalDate.of(1990, 1, 1))).isEmpty();
    assertThat(validation.dictionaryCode("Prince of Dol Amroth", LocalDate.of(2000, 1, 1))).contains("DOL");
    assertThat(validation.lookup("Smeagol")).extracting(Term::type).containsExactly(Term.Type.ACTOR);
    assertThat(validation.lookup("foreign minister")).isNotEmpty();
  }
}
