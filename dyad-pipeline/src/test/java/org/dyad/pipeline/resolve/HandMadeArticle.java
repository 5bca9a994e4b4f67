package org.dyad.pipeline.resolve;

import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.nlp.Token;

/**
 * Builds annotated articles by hand, without CoreNLP. A sentence is written as space-separated
 * tokens {@code word/POS/NER} (POS defaults to NN, NER to O); tokens are joined by one space.
 */
final class HandMadeArticle {

  private final StringBuilder text = new StringBuilder();
  private final List<List<String[]>> sentences = new ArrayList<>();
  private final java.util.Set<Integer> paragraphStarts = new java.util.HashSet<>();
  private String published = "2021-10-15";

  static HandMadeArticle of(String... sentences) {
    HandMadeArticle article = new HandMadeArticle();
    for (String s : sentences) {
      article.sentence(s);
    }
    return article;
  }

  HandMadeArticle sentence(String tokens) {
    List<String[]> parsed = new ArrayList<>();
    for (String spec : tokens.trim().split(" +")) {
      String[] parts = spec.split("/", -1);
      String word = parts[0];
      String pos = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "NN";
      String ner = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : "O";
      parsed.add(new String[] {word, pos, ner});
    }
    sentences.add(parsed);
    return this;
  }

  /** The next sentence starts a new paragraph (a blank line before it). */
  HandMadeArticle paragraph() {
    paragraphStarts.add(sentences.size());
    return this;
  }

  /** The publication date (ISO), 2021-10-15 unless set; null for none. */
  HandMadeArticle publishedOn(String date) {
    this.published = date;
    return this;
  }

  AnnotatedArticle build() {
    StringBuilder body = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (List<String[]> spec : sentences) {
      if (body.length() > 0) {
        body.append(paragraphStarts.contains(out.size()) ? "\n\n" : " ");
      }
      List<Token> tokens = new ArrayList<>();
      for (String[] t : spec) {
        if (!tokens.isEmpty()) {
          body.append(' ');
        }
        int start = body.length();
        body.append(t[0]);
        tokens.add(new Token(tokens.size(), t[0], start, body.length(), t[1], t[0].toLowerCase(), t[2]));
      }
      out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of()));
    }
    text.setLength(0);
    text.append(body);
    Article article = new Article("test", null, null, List.of(), published, null, "en", body.toString(), List.of());
    return new AnnotatedArticle(article, out);
  }
}
