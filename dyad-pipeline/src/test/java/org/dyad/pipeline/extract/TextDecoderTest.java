package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.UnreadableInputException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void decodesValidUtf8() throws UnreadableInputException {
    assertThat(TextDecoder.decode("Zürich – “quoted”".getBytes(StandardCharsets.UTF_8), null, "t"))
        .isEqualTo("Zürich – “quoted”");
  }

  @Test
  void fallsBackToWindows1252ForLatin1Bytes() throws UnreadableInputException {
    byte[] latin1 = "café in Bogotá".getBytes(Charset.forName("ISO-8859-1"));
    assertThat(TextDecoder.decode(latin1, null, "t")).isEqualTo("café in Bogotá");
  }

  @Test
  void stripsUtf8ByteOrderMark() throws UnreadableInputException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode(bytes, null, "t")).isEqualTo("hi");
  }

  @Test
  void refusesBinaryContentWithTheSourceInTheMessage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    assertThatThrownBy(() -> TextDecoder.decode(png, null, "photo.png"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("photo.png: binary content, not text or HTML");
  }

  @Test
  void refusesPdf() {
    assertThatThrownBy(() -> TextDecoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), null, "a.pdf"))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void refusesEmptyInput() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null, "empty.txt"))
        .hasMessage("empty.txt: empty input, nothing to read");
  }
}
