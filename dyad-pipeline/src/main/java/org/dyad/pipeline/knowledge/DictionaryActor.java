package org.dyad.pipeline.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * An actor read from a PETRARCH-format actor dictionary: its phrases and its codes, some of them
 * dated (a person's roles over time).
 *
 * @param name the primary phrase, written as a name ("Vladimir Putin")
 * @param phrases the primary phrase and its synonyms, as names
 * @param defaultCode the code when no dated code applies, or null (PETRARCH's null code)
 * @param codes dated codes in dictionary order; the first that applies wins
 * @param source file and line the record starts at
 */
public record DictionaryActor(String name, List<String> phrases, String defaultCode, List<DatedCode> codes,
    String source) {

  public DictionaryActor {
    phrases = List.copyOf(phrases);
    codes = List.copyOf(codes);
  }

  /** The code on {@code date}: the first dated code that applies, else the default; null when none. */
  public String codeOn(LocalDate date) {
    if (date != null) {
      for (DatedCode c : codes) {
        if (!c.isUndated() && c.appliesOn(date)) {
          return c.code();
        }
      }
    }
    return defaultCode;
  }

  /** Whether some codes are dated (typical of people, whose roles change). */
  public boolean hasDatedCodes() {
    for (DatedCode c : codes) {
      if (!c.isUndated()) {
        return true;
      }
    }
    return false;
  }
}
