package org.dyad.pipeline.quote;

import java.util.List;

/**
 * Words between quotation marks. A quote that runs over several paragraphs (each continued
 * paragraph reopens with a quotation mark) has one piece per paragraph.
 *
 * @param pieces character ranges of the quoted words, marks excluded, in text order
 * @param openMark offset of the opening quotation mark
 * @param closed whether a closing mark ended it (false: the paragraph ended first)
 */
record QuotedSpan(List<Piece> pieces, int openMark, boolean closed) {

  /** Characters [start, end) of the article text. */
  record Piece(int start, int end) {}

  QuotedSpan {
    pieces = List.copyOf(pieces);
    if (pieces.isEmpty()) {
      throw new IllegalArgumentException("a quoted span needs at least one piece");
    }
  }

  int start() {
    return pieces.get(0).start();
  }

  int end() {
    return pieces.get(pieces.size() - 1).end();
  }

  boolean covers(int from, int to) {
    for (Piece piece : pieces) {
      if (from >= piece.start() && to <= piece.end()) {
        return true;
      }
    }
    return false;
  }

  /** The quoted words, pieces joined by one space. */
  String text(String articleText) {
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(articleText, piece.start(), piece.end());
    }
    return out.toString();
  }
}
