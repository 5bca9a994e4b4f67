package org.dyad.pipeline.eval;

/**
 * Finds a piece of one text in another that may differ in whitespace (the cleaned document text
 * against the text the annotators read): both are compared with every run of whitespace as one
 * space, and a position found maps back to the original.
 */
final class TextAlignment {

  private final String original;
  private final String normalized;
  private final int[] originalAt;

  TextAlignment(String original) {
    this.original = original;
    StringBuilder out = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    boolean space = false;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space && out.length() > 0) {
          map[out.length()] = i;
          out.append(' ');
        }
        space = true;
      } else {
        map[out.length()] = i;
        out.append(c);
        space = false;
      }
    }
    map[out.length()] = original.length();
    this.normalized = out.toString();
    this.originalAt = map;
  }

  static String normalize(String text) {
    return new TextAlignment(text).normalized.strip();
  }

  /**
   * The offset in the original text where {@code piece} starts, searching from {@code from}
   * (an original offset), or -1. A piece not found whole is looked for by its first 60, then 30
   * characters (a sentence the cleaner joined or cut differently).
   */
  int find(String piece, int from) {
    String wanted = normalize(piece);
    if (wanted.isEmpty()) {
      return -1;
    }
    int start = normalizedOffset(from);
    for (int length : new int[] {wanted.length(), 60, 30}) {
      if (length > wanted.length()) {
        continue;
      }
      int at = normalized.indexOf(wanted.substring(0, length), start);
      if (at >= 0) {
        return originalAt[at];
      }
    }
    return -1;
  }

  private int normalizedOffset(int originalOffset) {
    if (originalOffset <= 0) {
      return 0;
    }
    for (int i = 0; i < normalized.length(); i++) {
      if (originalAt[i] >= originalOffset) {
        return i;
      }
    }
    return normalized.length();
  }

  String original() {
    return original;
  }
}
