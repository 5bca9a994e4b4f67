package org.dyad.pipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTest {

  private static Robots robots(String text) {
    return Robots.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theGroupNamingDyadWinsOverTheStarGroup() {
    Robots rules = robots("User-agent: *\nDisallow: /\n\nUser-agent: Dyad\nDisallow: /private/\nCrawl-delay: 5\n");
    assertThat(rules.allows("/news/1")).isTrue();
    assertThat(rules.allows("/private/x")).isFalse();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(5));
  }

  @Test
  void theStarGroupAppliesWhenNoGroupNamesDyad() {
    Robots rules = robots("# comment\nUser-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\nAllow: /search/about\n");
    assertThat(rules.allows("/news/1")).isTrue();
    assertThat(rules.allows("/search?q=x")).isFalse();
    assertThat(rules.allows("/search/about")).isTrue();
    assertThat(rules.crawlDelay()).isEmpty();
  }

  @Test
  void agentsListedTogetherShareTheirRules() {
    Robots rules = robots("User-agent: otherbot\nUser-agent: dyad\nDisallow: /a\n");
    assertThat(rules.allows("/a/b")).isFalse();
    assertThat(rules.allows("/b")).isTrue();
  }

  @Test
  void theLongestMatchDecidesAndAllowWinsATie() {
    Robots rules = robots("User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /x/*.pdf$\nAllow: /x/\n");
    assertThat(rules.allows("/page/1")).isTrue();
    assertThat(rules.allows("/x/a/b.pdf")).isFalse();
    assertThat(rules.allows("/x/a/b.pdf?download=1")).isTrue();
    assertThat(rules.allows("/x/a.html")).isTrue();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndRobotsTxtItselfIsAlwaysAllowed() {
    assertThat(robots("User-agent: *\nDisallow:\n").allows("/anything")).isTrue();
    assertThat(Robots.disallowAll().allows("/robots.txt")).isTrue();
    assertThat(Robots.disallowAll().allows("/news")).isFalse();
    assertThat(Robots.allowAll().allows("/news")).isTrue();
  }

  @Test
  void wildcardsMatchWithoutBlowingUpOnHostilePatterns() {
    assertThat(Robots.matches("/*/private", "/a/b/private/c")).isTrue();
    assertThat(Robots.matches("/a*b*c$", "/axxbyyc")).isTrue();
    assertThat(Robots.matches("/a*b*c$", "/axxbyycd")).isFalse();
    String hostile = "/" + "*a".repeat(40) + "b";
    assertThat(Robots.matches(hostile, "/" + "a".repeat(5000))).isFalse();
  }
}
