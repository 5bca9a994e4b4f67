package org.dyad.pipeline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Random dictionary lines and bytes: the reader returns what it could read and one-line
 * diagnostics (at most a bounded number), never an exception other than for an unreadable file.
 */
class PetrarchDictionaryReaderFuzzTest {

  private static final List<String> PIECES = List.of(
      "FREDONIA_", "JOHN_QUINCY_", "+", "+SYNONYM_", "\t", " ", "[", "]", "{", "}", "{}", "[FRE]", "[USAGOV >20090101]",
      "[USAELI 900101-081231]", "[~GOV]", "[GOV~]", "[---]", "[]", "<", ">", "-", "<991231", ">", "999999",
      "99999999", "000000", "20241399", "!PERSON!", "!PERSON! = MAN, WOMAN", "!X! =", "=", ",", "#", ";", "<!--", "-->",
      "~", "_", "__", "PRESIDENT_OF_THE_", "{PRESIDENTS}", "\u0000", "\uFFFD", "Ü", "ش", "\r", "\n");

  private static Path write(byte[] content) throws IOException {
    Path file = Files.createTempFile("fuzz", ".actors.txt");
    Files.write(file, content);
    return file;
  }

  private static void assertRead(byte[] content) throws IOException {
    Path file = write(content);
    try {
      PetrarchDictionaryReader.Contents contents = PetrarchDictionaryReader.read(List.of(file));
      assertThat(contents.actors()).isNotNull();
      assertThat(contents.agents()).isNotNull();
      assertThat(contents.diagnostics()).hasSizeLessThanOrEqualTo(202);
      contents.diagnostics().forEach(diagnostic -> assertThat(diagnostic).doesNotContain("\n"));
    } catch (IOException e) {
      assertThat(e.getMessage()).isNotBlank();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void randomDictionaryLinesAreReadOrReportedNeverThrown(@ForAll("dictionaries") String text) throws IOException {
    assertRead(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
  void randomBytesAreReadOrReportedNeverThrown(@ForAll("bytes") byte[] content) throws IOException {
    assertRead(content);
  }

  @Provide
  Arbitrary<String> dictionaries() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces))
        .list().ofMaxSize(30).map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
  }
}
