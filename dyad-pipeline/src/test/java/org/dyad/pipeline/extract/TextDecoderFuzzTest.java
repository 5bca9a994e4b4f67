package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.dyad.pipeline.UnreadableInputException;

/** Random bytes in any declared charset: decoded text or a one-line diagnostic naming the source. */
class TextDecoderFuzzTest {

  @Property(tries = 500, shrinking = ShrinkingMode.BOUNDED)
  void randomBytesDecodeOrAreRefusedWithADiagnostic(@ForAll("bytes") byte[] bytes, @ForAll("charsets") Charset declared) {
    try {
      String text = TextDecoder.decode(bytes, declared, "fuzz.bin");
      assertThat(text).isNotNull();
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.bin").doesNotContain("\n");
    }
  }

  @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
  void textEncodedInItsDeclaredSingleByteOrUtf8CharsetDecodesBack(@ForAll("words") String text, @ForAll("unicode") Charset charset)
      throws UnreadableInputException {
    assertThat(TextDecoder.decode(text.getBytes(charset), charset, "fuzz.txt")).contains(text.strip());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4000),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "<meta charset=\"x-bogus\">".getBytes(StandardCharsets.US_ASCII),
                "<meta charset=\"utf-32\">".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3}, new byte[] {})
            .list().ofMaxSize(20).map(parts -> {
              int length = parts.stream().mapToInt(part -> part.length).sum();
              byte[] all = new byte[length];
              int at = 0;
              for (byte[] part : parts) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
              }
              return all;
            }));
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
        StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, Charset.forName("windows-1251"),
        Charset.forName("Shift_JIS")).injectNull(0.3);
  }

  @Provide
  Arbitrary<Charset> unicode() {
    return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().alpha().withChars(" .,äöüé").ofMinLength(20).ofMaxLength(400)
        .filter(text -> !text.isBlank());
  }
}
