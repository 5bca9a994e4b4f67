package org.dyad.pipeline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Quote;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.nlp.Annotator;
import org.dyad.pipeline.resolve.ActorResolver;
import org.dyad.pipeline.resolve.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** Quote finding on text parsed by CoreNLP, with actors from the real resolver. */
class QuoteExtractorIT {

  private final QuoteExtractor extractor = new QuoteExtractor();

  private static ResolvedArticle resolved(String text) {
    Article article = new Article("test", null, null, List.of(), null, null, "en", text, List.of());
    var annotated = Annotator.shared().annotate(article);
    return new ResolvedArticle(annotated, new ActorResolver().resolve(annotated), List.of(), List.of(), null);
  }

  private static String speakerName(ResolvedArticle article, Quote quote) {
    return quote.speaker() == null ? null : article.resolution().actor(quote.speaker()).name();
  }

  private static Optional<Quote> startingWith(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.text().startsWith(words)).findFirst();
  }

  @Test
  void attributesADirectQuoteSplitByItsAttributionToOneSpeaker() {
    ResolvedArticle article = resolved(
        "\u201cWe will not give up,\u201d Angela Merkel said on Monday, \u201cand we will keep talking.\u201d");
    List<Quote> quotes = extractor.find(article);
    Quote first = startingWith(quotes, "We will not give up").orElseThrow();
    Quote second = startingWith(quotes, "and we will keep talking").orElseThrow();
    assertThat(first.kind()).isEqualTo("direct");
    assertThat(speakerName(article, first)).contains("Merkel");
    assertThat(second.speaker()).isEqualTo(first.speaker());
    assertThat(article.text().substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void resolvesSheToTheEarlierFemaleSpeakerNotTheNearestName() {
    ResolvedArticle article = resolved(
        "Spokeswoman Maria Zakharova said the talks would start on Monday.\n\n"
            + "Russian President Vladimir Putin will attend.\n\n"
            + "\"We expect a delegation,\" she said.");
    Quote quote = startingWith(extractor.find(article), "We expect a delegation").orElseThrow();
    assertThat(speakerName(article, quote)).contains("Zakharova");
  }

  @Test
  void aParticipleAfterACommaSpeaksForTheSentenceSubject() {
    ResolvedArticle article = resolved(
        "Chinese Foreign Ministry spokesperson Wang Wenbin urged both sides to return to talks, saying that "
            + "\"dialogue is the only way out.\"");
    Quote quote = startingWith(extractor.find(article), "dialogue is the only way out").orElseThrow();
    assertThat(speakerName(article, quote)).contains("Wang Wenbin");
  }

  @Test
  void theMemberNamedBesideAGroupOrAnOfficeIsTheSpeaker() {
    ResolvedArticle article = resolved(
        "However, one of the so-called Guildford Four, Gerry Conlon, said the families were delighted with the apology.\n\n"
            + "The United Nations envoy for the Middle East, Tor Wennesland, said he was deeply concerned by the violence.");
    List<Quote> quotes = extractor.find(article);
    assertThat(speakerName(article, startingWith(quotes, "the families were delighted").orElseThrow()))
        .isEqualTo("Gerry Conlon");
    assertThat(speakerName(article, startingWith(quotes, "he was deeply concerned").orElseThrow()))
        .isEqualTo("Tor Wennesland");
  }

  @Test
  void aClosingAttributionReportsTheWholeSentenceBeforeIt() {
    ResolvedArticle article = resolved(
        "Israeli warplanes struck targets in the Gaza Strip early on Saturday, hours after militants fired rockets "
            + "toward southern Israel, the Israeli military said.");
    Quote quote = startingWith(extractor.find(article), "Israeli warplanes struck targets").orElseThrow();
    assertThat(quote.kind()).isEqualTo("indirect");
    assertThat(quote.text()).endsWith("toward southern Israel");
  }

  @Test
  void theMannerOfSomeonesSpeechIsTheReportersWords() {
    ResolvedArticle article = resolved(
        "Gerry Conlon welcomed the apology. He said Mr Blair had spoken with \"such sincerity\", adding: "
            + "\"He went beyond what we thought he would.\"");
    List<Quote> quotes = extractor.find(article);
    assertThat(speakerName(article, startingWith(quotes, "such sincerity").orElseThrow())).isEqualTo("Gerry Conlon");
    assertThat(speakerName(article, startingWith(quotes, "He went beyond").orElseThrow())).isEqualTo("Gerry Conlon");
  }

  @Test
  void leavesScareQuotesUnattributed() {
    ResolvedArticle article = resolved(
        "Although the group is banned as a \"terrorist\" organization in Russia, President Vladimir Putin "
            + "has spoken of the need to accept it.");
    List<Quote> quotes = extractor.find(article);
    assertThat(quotes).noneMatch(q -> q.text().equals("terrorist") && q.speaker() != null);
  }

  @Test
  void findsAPartialQuoteInsideReportedSpeechAndGivesItTheReporter() {
    ResolvedArticle article = resolved(
        "Samuel Ramani, an analyst, spoke to reporters in London on Friday. He said that Russia had engaged with the "
            + "group and expected that its strategy will \"synthesize diplomacy and deterrence.\"");
    Quote quote = startingWith(extractor.find(article), "synthesize diplomacy").orElseThrow();
    assertThat(quote.kind()).isEqualTo("partial");
    assertThat(speakerName(article, quote)).contains("Ramani");
  }

  @Test
  void findsIndirectSpeechAndAccordingTo() {
    ResolvedArticle article = resolved(
        "Emmanuel Macron told reporters that France would send more aid to the region.\n\n"
            + "The aid will arrive next week, according to the United Nations.");
    List<Quote> quotes = extractor.find(article);
    Quote told = startingWith(quotes, "France would send more aid").orElseThrow();
    assertThat(told.kind()).isEqualTo("indirect");
    assertThat(told.cue()).isEqualTo("told");
    assertThat(speakerName(article, told)).contains("Macron");
    Quote according = startingWith(quotes, "The aid will arrive").orElseThrow();
    assertThat(according.cue()).isEqualTo("according to");
    assertThat(according.speaker()).isNotNull();
  }

  @Test
  void continuesAQuoteOverParagraphsAndKeepsTheSpeakerForACuelessQuoteParagraph() {
    ResolvedArticle article = resolved(
        "Joe Biden spoke in Ohio on Tuesday.\n\n"
            + "\u201cWe will rebuild the middle class,\u201d Biden said.\n\n"
            + "\u201cThis is the first paragraph of a long quote.\n\n"
            + "\u201cAnd this is its second paragraph.\u201d");
    List<Quote> quotes = extractor.find(article);
    Quote long_ = startingWith(quotes, "This is the first paragraph").orElseThrow();
    assertThat(long_.text()).endsWith("And this is its second paragraph.");
    assertThat(speakerName(article, long_)).contains("Biden");
  }
}
