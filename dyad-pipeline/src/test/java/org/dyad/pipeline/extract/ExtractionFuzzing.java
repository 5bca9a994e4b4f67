package org.dyad.pipeline.extract;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of hostile text and markup for the extraction fuzz tests. */
final class ExtractionFuzzing {

  private ExtractionFuzzing() {}

  private static final List<String> HTML_PIECES = List.of(
      "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<div>", "</div>", "<p>", "</p>",
      "<article>", "</article>", "<span class=\"byline\">", "</span>", "<script>", "</script>", "<style>",
      "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<title>", "</title>", "<h1>", "</h1>", "<table><tr><td>",
      "</td></tr></table>", "<br>", "<br/>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "</a>",
      "<meta charset=\"utf-8\">", "<meta property=\"article:published_time\" content=\"2024-13-45T99:99\">",
      "<meta name=\"author\" content=\"\">", "<time datetime=\"\">", "</time>", "<time datetime=\"9999-99-99\">",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":",
      "{\"author\":[{\"name\":null}],\"headline\":", "[[[[", "]]]]", "\"", "'", "<", ">", "&", "&amp;", "&#0;",
      "&#x110000;", "&#99999999;", "&nbsp;", "&lt;", "\u0000", "\uFFFD", "\uD800", "\u202E", "\r\n", "\n\n", " ",
      "<figure><figcaption>", "</figcaption></figure>", "<noscript>", "</noscript>", "<iframe>", "<svg><g>",
      "<math>", "<template>", "</template>", "<textarea>", "<plaintext>", "<xmp>", "<base href=\"::\">",
      "<link rel=\"canonical\" href=\"http://[::1\">", "<p>The minister said on Monday that talks would continue.",
      "Reuters", "By ", "Photo: ", "Advertisement", "https://", "2024-03-05", "Mar 5, 2024");

  /** Random tag soup built from pieces a news page (or an attacker) would use. */
  static Arbitrary<String> tagSoup() {
    return Arbitraries.of(HTML_PIECES).list().ofMaxSize(300).map(pieces -> String.join("", pieces));
  }

  /** Any characters, including control characters, surrogates and unusual whitespace. */
  static Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(2000),
        Arbitraries.strings().withChars(" \n\r\t.,;:!?\"'«»“”()-–—*#•|>").alpha().numeric().ofMaxLength(3000),
        Arbitraries.of("Advertisement", "Read more", "Share this", "Photo: AP", "By Jane Doe", "\n\n", "\n",
                "The council voted on Tuesday.", "   ", "© 2024", "Subscribe", "—", "\u00A0", "\u2028")
            .list().ofMaxSize(200).map(pieces -> String.join(" ", pieces)));
  }

  /** Nesting of one element {@code depth} deep around some text. */
  static String nested(String tag, int depth) {
    return ("<" + tag + ">").repeat(depth) + "Some text." + ("</" + tag + ">").repeat(depth);
  }
}
