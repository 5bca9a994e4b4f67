package org.dyad.pipeline.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of text between double quotation marks, straight ({@code "}) or curly
 * ({@code “ ”}). A line break ends a paragraph; a quote still open at the end of a paragraph
 * continues when the next paragraph opens with a quotation mark (the newspaper convention for a
 * quote over several paragraphs), and otherwise ends there unclosed. Inside a passage opened with
 * a straight mark, curly marks are a quote within the quote. Single quotation marks are left
 * alone: they double as apostrophes; a pair of them ('' or ``) counts as one double mark. A
 * straight mark between a finished sentence and a capital ({@code everyone. "You}) reopens the
 * passage: a quote over several paragraphs whose line breaks were lost in the source.
 */
final class QuoteMarks {

  /** Quotes longer than this are taken as unbalanced marks, not quotes. */
  static final int MAX_QUOTE_CHARS = 6000;

  private QuoteMarks() {}

  static List<QuotedSpan> find(String original) {
    String text = doubledSingleMarks(original);
    List<QuotedSpan> spans = new ArrayList<>();
    List<QuotedSpan.Piece> pieces = new ArrayList<>();
    int openMark = -1;
    int pieceStart = -1;
    boolean straight = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean inside = pieceStart >= 0;
      if (c == '\n' && inside) {
        addPiece(text, pieces, pieceStart, i);
        int next = skipWhitespace(text, i);
        if (next < text.length() && isOpening(text.charAt(next), true)) {
          straight = text.charAt(next) == '"';
          pieceStart = next + 1;
          i = next + 1;
          continue;
        }
        emit(text, spans, pieces, openMark, false);
        pieces = new ArrayList<>();
        pieceStart = -1;
      } else if (!inside && isOpening(c, false)) {
        openMark = i;
        pieceStart = i + 1;
        straight = c == '"';
      } else if (inside && straight && c == '"' && reopens(text, i)) {
        // ". "Next sentence": a straight mark after a finished sentence and a space, right before a
        // capital, opens rather than closes: a quote over several paragraphs whose line breaks were
        // lost; the passage goes on
        addPiece(text, pieces, pieceStart, i);
        pieceStart = i + 1;
      } else if (inside && straight && c != '"') {
        // curly marks inside a straight-quoted passage quote something within it
        i++;
        continue;
      } else if (inside && c == '\u201c') {
        // a second opening mark before any closing one: the first quote was never closed
        addPiece(text, pieces, pieceStart, i);
        emit(text, spans, pieces, openMark, false);
        pieces = new ArrayList<>();
        openMark = i;
        pieceStart = i + 1;
      } else if (inside && (c == '\u201d' || c == '"')) {
        addPiece(text, pieces, pieceStart, i);
        emit(text, spans, pieces, openMark, true);
        pieces = new ArrayList<>();
        pieceStart = -1;
      }
      i++;
    }
    if (pieceStart >= 0) {
      addPiece(text, pieces, pieceStart, text.length());
      emit(text, spans, pieces, openMark, false);
    }
    return spans;
  }

  /**
   * The same text with each pair of single marks used as one double mark ('' or ``, as some
   * newspapers and converted sources write them) turned into {@code "} and a space, offsets kept.
   */
  private static String doubledSingleMarks(String text) {
    if (!text.contains("''") && !text.contains("``")) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      if ((chars[i] == '\'' && chars[i + 1] == '\'') || (chars[i] == '`' && chars[i + 1] == '`')) {
        chars[i] = '"';
        chars[i + 1] = ' ';
        i++;
      }
    }
    return new String(chars);
  }

  /** Whether the straight mark at {@code i} sits between a finished sentence plus a space and a capital letter. */
  private static boolean reopens(String text, int i) {
    if (i < 2 || i + 1 >= text.length() || text.charAt(i - 1) != ' ') {
      return false;
    }
    char before = text.charAt(i - 2);
    return (before == '.' || before == '?' || before == '!') && Character.isUpperCase(text.charAt(i + 1));
  }

  private static boolean isOpening(char c, boolean paragraphStart) {
    return c == '\u201c' || c == '"' || (paragraphStart && c == '\u201d');
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void addPiece(String text, List<QuotedSpan.Piece> pieces, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      pieces.add(new QuotedSpan.Piece(start, end));
    }
  }

  private static void emit(String text, List<QuotedSpan> spans, List<QuotedSpan.Piece> pieces, int openMark,
      boolean closed) {
    if (pieces.isEmpty()) {
      return;
    }
    int length = pieces.get(pieces.size() - 1).end() - pieces.get(0).start();
    if (length > MAX_QUOTE_CHARS) {
      return;
    }
    boolean hasWord = false;
    for (QuotedSpan.Piece piece : pieces) {
      for (int i = piece.start(); i < piece.end() && !hasWord; i++) {
        hasWord = Character.isLetterOrDigit(text.charAt(i));
      }
    }
    if (hasWord) {
      spans.add(new QuotedSpan(pieces, openMark, closed));
    }
  }
}
