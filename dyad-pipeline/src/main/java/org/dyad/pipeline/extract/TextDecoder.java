package org.dyad.pipeline.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.dyad.pipeline.UnreadableInputException;

/**
 * Turns the bytes of a text document into a string: a BOM or valid UTF-8 wins, otherwise
 * windows-1252 (a superset of Latin-1 for printable text). Binary content is refused.
 */
public final class TextDecoder {

  private TextDecoder() {}

  public static String decode(byte[] bytes, Charset declared, String source) throws UnreadableInputException {
    if (bytes.length == 0) {
      throw new UnreadableInputException(source + ": empty input, nothing to read");
    }
    if (looksBinary(bytes)) {
      throw new UnreadableInputException(source + ": binary content, not text or HTML");
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return utf8;
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, declared);
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }

  static String strictUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL bytes or many control characters in the first 8 KB mean binary (PDF, image, archive). */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    if (n >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
      return true;
    }
    boolean utf16 = n >= 2 && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE));
    if (utf16) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 100 + 2;
  }
}
