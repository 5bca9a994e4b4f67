package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchDictionaryReaderTest {

  @TempDir
  Path folder;

  private Path write(String name, String... lines) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsActorsWithSynonymsAndDatedCodes() throws IOException {
    Path file = write("test.actors.txt",
        "# a made-up dictionary",
        "FREDONIA_  [FRE]",
        "+FREDONIAN_",
        "",
        "JOHN_QUINCY_EXAMPLE_  ; a comment in TABARI style",
        "+EXAMPLE_",
        "+PRESIDENT_EXAMPLE_",
        "\t[USAELI 900101-081231]",
        "\t[USAGOV >20090101]",
        "\t[USAELI]",
        "ROVING_ENVOY_ [IGOUNO <991231] [---]");
    PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(List.of(file));
    assertThat(contents.diagnostics()).isEmpty();
    assertThat(contents.actors()).hasSize(3);
    DictionaryActor fredonia = contents.actors().get(0);
    assertThat(fredonia.name()).isEqualTo("Fredonia");
    assertThat(fredonia.phrases()).containsExactly("Fredonia", "Fredonian");
    assertThat(fredonia.codeOn(LocalDate.of(2021, 1, 1))).isEqualTo("FRE");

    DictionaryActor example = contents.actors().get(1);
    assertThat(example.name()).isEqualTo("John Quincy Example");
    assertThat(example.phrases()).contains("Example", "President Example");
    assertThat(example.codeOn(LocalDate.of(2000, 6, 1))).isEqualTo("USAELI");
    assertThat(example.codeOn(LocalDate.of(2021, 10, 15))).isEqualTo("USAGOV");
    assertThat(example.codeOn(LocalDate.of(1980, 1, 1))).as("default").isEqualTo("USAELI");
    assertThat(example.codeOn(null)).isEqualTo("USAELI");
    assertThat(example.hasDatedCodes()).isTrue();

    DictionaryActor envoy = contents.actors().get(2);
    assertThat(envoy.codeOn(LocalDate.of(1995, 1, 1))).isEqualTo("IGOUNO");
    assertThat(envoy.codeOn(LocalDate.of(2005, 1, 1))).as("null code after 1999").isNull();
  }

  @Test
  void readsAgentsWithPluralsAndSubstitutionMarkers() throws IOException {
    Path file = write("test.agents.txt",
        "<!-- a made-up agents file -->",
        "!PERSON! = MAN, WOMAN",
        "HARBOUR_MASTER [~GOVHRB] # regular plural",
        "POLICE {} [~COP]",
        "CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]",
        "FERRY!PERSON! [~BUS]",
        "PEACEKEEPER [IGO~]");
    PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(List.of(file));
    assertThat(contents.diagnostics()).isEmpty();
    assertThat(contents.agents()).extracting(Role::phrase).containsExactly(
        "harbour master", "harbour masters", "police", "chief of staff", "chiefs of staff", "ferryman",
        "ferrywoman", "peacekeeper", "peacekeepers");
    assertThat(contents.agents().get(0).sector()).isEqualTo("GOV");
    assertThat(contents.agents().get(1).kind()).isEqualTo(Role.Kind.COLLECTIVE);
    assertThat(contents.agents().get(1).canonical()).isEqualTo("harbour master");
    assertThat(contents.agents().get(7).sector()).isEqualTo("IGO");
  }

  @Test
  void reportsUnreadableLinesWithFileAndLine() throws IOException {
    Path file = write("bad.actors.txt",
        "+ORPHAN_SYNONYM",
        "SOMEONE_",
        "\t[USAGOV sometime]",
        "\t[USAGOV 991340-000101]");
    PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(List.of(file));
    assertThat(contents.diagnostics()).containsExactly(
        "bad.actors.txt:1: synonym outside an actor record",
        "bad.actors.txt:3: unreadable date restriction [USAGOV sometime]",
        "bad.actors.txt:4: bad date in [USAGOV 991340-000101]");
    assertThat(contents.actors()).hasSize(1);
  }

  @Test
  void readsSixDigitYearsAroundThePivot() {
    assertThat(PetrarchDictionaryReader.date("291231")).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(PetrarchDictionaryReader.date("300101")).isEqualTo(LocalDate.of(1930, 1, 1));
    assertThat(PetrarchDictionaryReader.date("20090101")).isEqualTo(LocalDate.of(2009, 1, 1));
  }

  @Test
  void aKnowledgeBaseWithADictionaryFindsItsPhrasesAndDatesItsCodes() throws IOException {
    Path file = write("people.actors.txt",
        "JOHN_QUINCY_EXAMPLE_",
        "+EXAMPLE_",
        "\t[USAELI 900101-081231]",
        "\t[USAGOV >20090101]");
    KnowledgeBase knowledge = KnowledgeBase.builtIn().withDictionaries(List.of(file));
    assertThat(knowledge.lookup("Example")).extracting(Term::type).containsExactly(Term.Type.ACTOR);
    assertThat(knowledge.lookup("example")).as("names need their capital").isEmpty();
    assertThat(knowledge.dictionaryCode("John Quincy Example", LocalDate.of(2010, 1, 1))).contains("USAGOV");
    assertThat(knowledge.dictionaryCode("Nobody", LocalDate.of(2010, 1, 1))).isEmpty();
    assertThat(KnowledgeBase.builtIn().lookup("Example")).as("the built-in base is unchanged").isEmpty();
  }

  @Test
  void anEmptyOrBinaryFileGivesNoActorsAndNoException() throws IOException {
    Path empty = write("empty.txt");
    Path binary = folder.resolve("binary.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(binary, bytes);
    PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(List.of(empty, binary));
    assertThat(contents.diagnostics().size()).isLessThanOrEqualTo(201);
    assertThat(KnowledgeBase.builtIn().withDictionaries(List.of(empty)).dictionaryActors()).isEmpty();
  }

  @Test
  void aMissingFileIsAnIoError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> KnowledgeBase.builtIn().withDictionaries(List.of(folder.resolve("missing.txt"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing.txt");
  }
}
