package org.dyad.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Removed;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {

  private final PlainTextCleaner cleaner = new PlainTextCleaner();

  private static final String BODY = """
      The harbour authority of Porto Vello said on Tuesday that the new pier would open in spring, two years later than planned.

      Engineers found that the old foundations could not carry the weight of modern container cranes, the authority's director told reporters.

      "We would rather open late than open twice," she said, adding that the budget had grown by a fifth since the start of the work.
      """;

  @Test
  void keepsProseAndSeparatesParagraphsByOneBlankLine() {
    Article article = cleaner.clean("Pier Opening Delayed Again\n\n\n" + BODY + "\n\n\n", "test");

    assertThat(article.text()).startsWith("Pier Opening Delayed Again\n\nThe harbour authority");
    assertThat(article.text()).doesNotContain("\n\n\n");
    assertThat(article.text().split("\n\n")).hasSize(4);
    assertThat(article.removed()).isEmpty();
  }

  @Test
  void takesAHeadlineShapedFirstLineAsTitle() {
    assertThat(cleaner.clean("Pier Opening Delayed Again\n\n" + BODY, "t").title()).isEqualTo("Pier Opening Delayed Again");
    assertThat(cleaner.clean(BODY, "t").title()).isNull();
  }

  @Test
  void readsABylineAndADateLineBetweenTitleAndBodyAndKeepsTheTitle() {
    Article article = cleaner.clean(
        "Pier Opening Delayed Again\n\nBy Jane Roe and Tomas Hill, Harbour Correspondent\n\nMarch 22, 2023 10:15 GMT\n\n" + BODY,
        "t");

    assertThat(article.title()).isEqualTo("Pier Opening Delayed Again");
    assertThat(article.authors()).containsExactly("Jane Roe", "Tomas Hill");
    assertThat(article.published()).isEqualTo("2023-03-22");
    assertThat(article.text()).startsWith("Pier Opening Delayed Again\n\nThe harbour authority");
    assertThat(article.removed()).extracting(Removed::reason).containsOnly("credit");
  }

  @Test
  void anAgencyDatelineOpeningTheBodyGivesTheDateAndLeavesTheProse() {
    Article article = cleaner.clean("Pier Opening Delayed Again\n\nPORTO VELLO, June 6, 2023 - " + BODY.strip(), "t");

    assertThat(article.published()).isEqualTo("2023-06-06");
    assertThat(article.text()).startsWith("Pier Opening Delayed Again\n\nThe harbour authority");
    assertThat(article.removed()).extracting(Removed::text).containsExactly("PORTO VELLO, June 6, 2023 -");

    Article agency = cleaner.clean("PORTO VELLO (Reuters) — " + BODY.strip(), "t");
    assertThat(agency.text()).startsWith("The harbour authority");
    assertThat(agency.published()).isNull();

    Article dated = cleaner.clean("PORTO VELLO, Aug 24, 2023 (AFP) - " + BODY.strip(), "t");
    assertThat(dated.text()).startsWith("The harbour authority");
    assertThat(dated.published()).isEqualTo("2023-08-24");
  }

  @Test
  void capitalisedProseBeforeADashIsNotADateline() {
    String text = "UN - the United Nations said on Tuesday that the new pier would open in spring, two years later than planned by the city.";
    assertThat(cleaner.clean("Pier Opening Delayed Again\n\nThe harbour authority of Porto Vello - an old port - said on Tuesday that the pier would open in spring, two years later than planned.", "t").removed()).isEmpty();
    assertThat(cleaner.clean(text, "t").text()).startsWith("UN - the United Nations");
  }

  @Test
  void aPublishedLineAboveTheTitleGivesTheDateNotTheTitle() {
    Article article = cleaner.clean("Published: 2021-08-16\n\nPier Opening Delayed Again\n\n" + BODY, "t");

    assertThat(article.title()).isEqualTo("Pier Opening Delayed Again");
    assertThat(article.published()).isEqualTo("2021-08-16");
    assertThat(article.text()).startsWith("Pier Opening Delayed Again\n\n");
  }

  @Test
  void aSentenceWithADateOrAByIsNeitherBylineNorDateLine() {
    Article article = cleaner.clean("Pier Opening Delayed Again\n\nBy the end of March 22, 2023 the pier was shut.\n\n" + BODY, "t");

    assertThat(article.authors()).isEmpty();
    assertThat(article.published()).isNull();
    assertThat(PlainTextCleaner.lineDate("The pier opened on March 22, 2023")).isNull();
    assertThat(PlainTextCleaner.lineDate("Updated: Tuesday, 22 March 2023, 09:40")).isEqualTo("2023-03-22");
    assertThat(PlainTextCleaner.lineDate("Brussels, 20 October 2022")).isEqualTo("2022-10-20");
    assertThat(PlainTextCleaner.lineDate("KYIV (Reuters) - March 3, 2022")).isEqualTo("2022-03-03");
    assertThat(PlainTextCleaner.lineDate("Talks resume, 20 October 2022")).isNull();
  }

  @Test
  void removesMenusAroundTheBodyAsNavigation() {
    String menu = "Home\nWorld\nBusiness\nSport\nWeather\nCulture\nTravel\nVideo\n\n";
    Article article = cleaner.clean(menu + BODY + "\nAbout\nJobs\nContact\nHelp\n", "t");

    assertThat(article.text()).startsWith("The harbour authority").endsWith("since the start of the work.");
    assertThat(article.removed()).extracting(Removed::reason).containsOnly("navigation");
  }

  @Test
  void removesBulletedOfferListsAsPromo() {
    String offers = "\nPrint + Digital\n  • The weekly magazine delivered to your door\n  • Unlimited access to the website\n"
        + "  • Ad free experience\n  • All newsletters and podcasts\n";
    Article article = cleaner.clean(BODY + offers, "t");

    assertThat(article.text()).doesNotContain("delivered to your door").doesNotContain("Print + Digital");
    assertThat(article.removed()).anySatisfy(removed -> {
      assertThat(removed.reason()).isEqualTo("promo");
      assertThat(removed.text()).contains("Unlimited access");
    });
  }

  @Test
  void removesFurnitureHeadingsSuchAsPicksAndRelatedStories() {
    Article article = cleaner.clean(BODY + "\nEditor's Picks\n\nRecommended For You\n", "t");

    assertThat(article.text()).doesNotContain("Editor's Picks").doesNotContain("Recommended");
    assertThat(article.removed()).extracting(Removed::reason).containsOnly("navigation");
  }

  @Test
  void removesShareAndFollowLinesInsideTheBody() {
    String[] paragraphs = BODY.strip().split("\n\n");
    String text = paragraphs[0] + "\n\nShare on Facebook\nFollow us on Twitter\n\n" + paragraphs[1] + "\n\n" + paragraphs[2];
    Article article = cleaner.clean(text, "t");

    assertThat(article.text()).doesNotContain("Facebook").doesNotContain("Twitter").contains("Engineers found");
    assertThat(article.removed()).extracting(Removed::reason).containsOnly("navigation");
  }

  @Test
  void removesSubscriptionLinesAsPromo() {
    String[] paragraphs = BODY.strip().split("\n\n");
    String text = paragraphs[0] + "\n\nSubscribe to our newsletter\n\n" + paragraphs[1] + "\n\n" + paragraphs[2];
    Article article = cleaner.clean(text, "t");

    assertThat(article.text()).doesNotContain("Subscribe");
    assertThat(article.removed()).containsExactly(new Removed("Subscribe to our newsletter", "promo"));
  }

  @Test
  void removesACaptionEndingInAShortCreditTogetherWithItsAltLine() {
    String[] paragraphs = BODY.strip().split("\n\n");
    String caption = "Cranes at the old pier\nContainer cranes stand idle at the old pier in Porto Vello on March 3, 2024. Getty Images";
    String text = paragraphs[0] + "\n\n" + caption + "\n\n" + paragraphs[1] + "\n\n" + paragraphs[2];
    Article article = cleaner.clean(text, "t");

    assertThat(article.text()).doesNotContain("stand idle").doesNotContain("Cranes at the old pier");
    assertThat(article.removed()).containsExactly(new Removed(caption, "caption"));
  }

  @Test
  void removesCaptionsIntroducedByAPhotoMarkerAndStandaloneCredits() {
    String[] paragraphs = BODY.strip().split("\n\n");
    String text = paragraphs[0] + "\n\nPhoto: Workers inspect the cracked foundations of the old harbour wall\n\n"
        + "AFP/Getty Images\n\n" + paragraphs[1] + "\n\nImage credit: Jane Roe\n\n" + paragraphs[2];
    Article article = cleaner.clean(text, "t");

    assertThat(article.text()).doesNotContain("Workers inspect").doesNotContain("AFP").doesNotContain("Jane Roe");
    assertThat(article.removed()).extracting(Removed::reason).containsExactly("caption", "credit", "credit");
  }

  @Test
  void keepsProseThatMerelyMentionsAnAgency() {
    Article article = cleaner.clean(BODY + "\nThe figures were first reported by Reuters and later confirmed by the ministry in a statement.\n", "t");

    assertThat(article.text()).contains("first reported by Reuters");
  }

  @Test
  void removesCopyrightLinesAsBoilerplate() {
    Article article = cleaner.clean(BODY + "\n© 2024 Harbour Daily. All rights reserved.\n", "t");

    assertThat(article.text()).doesNotContain("rights reserved");
    assertThat(article.removed()).extracting(Removed::reason).containsExactly("boilerplate");
  }

  @Test
  void cutsACommentSectionOffTheBody() {
    String comments = "\n3 comments\n\nharbourfan says:\nMarch 5, 2024 at 8:14 am\n"
        + "This is the third delay in a row and nobody at the authority seems to care about it at all.\n"
        + "portwatcher says:\nMarch 5, 2024 at 9:02 am\n"
        + "The cranes were always going to be a problem, everyone in the town knew it years ago.\n";
    Article article = cleaner.clean(BODY + comments, "t");

    assertThat(article.text()).endsWith("since the start of the work.");
  }

  @Test
  void joinsHardWrappedLinesOfOneParagraph() {
    String wrapped = "The harbour authority of Porto Vello said on Tuesday that the new\n"
        + "pier would open in spring, two years later than planned by the city.";
    assertThat(cleaner.clean(wrapped, "t").text()).isEqualTo(
        "The harbour authority of Porto Vello said on Tuesday that the new pier would open in spring, two years later than planned by the city.");
  }

  @Test
  void guessesTheLanguageFromFunctionWords() {
    assertThat(cleaner.clean(BODY, "t").language()).isEqualTo("en");
    assertThat(cleaner.clean("Der Hafen von Porto Vello wird erst im Frühjahr eröffnet, sagte die Behörde.", "t").language())
        .isEqualTo("de");
  }

  @Test
  void emptyInputGivesEmptyText() {
    Article article = cleaner.clean("\n\n  \n", "t");
    assertThat(article.text()).isEmpty();
    assertThat(article.removed()).isEmpty();
  }

  @Test
  void largeJunkInputStaysFast() {
    String menu = String.join("\n", java.util.Collections.nCopies(200_000, "Home | News | Sport"));
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Article article = cleaner.clean(menu + "\n\n" + BODY, "t");
    assertThat(article.text()).contains("harbour authority");
    assertThat(threads.getCurrentThreadCpuTime() - start).as("CPU nanoseconds").isLessThan(10_000_000_000L);
    assertThat(List.of(article.removed().get(0).reason())).containsExactly("navigation");
  }
}
