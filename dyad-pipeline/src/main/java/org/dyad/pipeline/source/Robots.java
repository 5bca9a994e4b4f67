package org.dyad.pipeline.source;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One host's robots.txt (RFC 9309) as it applies to Dyad: the rules of the group naming Dyad's
 * product token, else of the {@code *} group. The longest matching rule decides; on a tie Allow
 * wins; {@code *} matches any characters and a final {@code $} the end of the path. A Crawl-delay
 * in the chosen group is kept for the host gate.
 */
final class Robots {

  /** The product token robots.txt groups are matched against (case-insensitively). */
  static final String PRODUCT_TOKEN = "dyad";

  /** robots.txt is read up to this size (RFC 9309 asks for at least 500 KiB). */
  static final int MAX_BYTES = 512 * 1024;

  private static final Robots ALLOW_ALL = new Robots(List.of(), null);
  private static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), null);

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private Robots(List<Rule> rules, Duration crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  /** No robots.txt (4xx): everything may be fetched. */
  static Robots allowAll() {
    return ALLOW_ALL;
  }

  /** robots.txt unreachable (5xx, network error): nothing is fetched until it can be read. */
  static Robots disallowAll() {
    return DISALLOW_ALL;
  }

  Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  static Robots parse(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, MAX_BYTES), StandardCharsets.UTF_8);
    List<Rule> ours = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    Duration ourDelay = null;
    Duration anyoneDelay = null;
    boolean ourGroupSeen = false;
    boolean inOurs = false;
    boolean inAnyone = false;
    boolean lastWasAgent = false;
    for (String rawLine : text.split("\r\n|\r|\n")) {
      int hash = rawLine.indexOf('#');
      String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!lastWasAgent) {
          inOurs = false;
          inAnyone = false;
        }
        String agent = value.toLowerCase(Locale.ROOT);
        if (agent.equals(PRODUCT_TOKEN) || agent.startsWith(PRODUCT_TOKEN + "/")) {
          inOurs = true;
          ourGroupSeen = true;
        } else if (agent.equals("*")) {
          inAnyone = true;
        }
        lastWasAgent = true;
        continue;
      }
      lastWasAgent = false;
      if (field.equals("allow") || field.equals("disallow")) {
        boolean allow = field.equals("allow");
        if (value.isEmpty()) {
          continue; // "Disallow:" with no path allows everything
        }
        Rule rule = new Rule(value, allow);
        if (inOurs) {
          ours.add(rule);
        }
        if (inAnyone) {
          anyone.add(rule);
        }
      } else if (field.equals("crawl-delay")) {
        Duration delay = seconds(value);
        if (delay != null && inOurs) {
          ourDelay = delay;
        }
        if (delay != null && inAnyone) {
          anyoneDelay = delay;
        }
      }
    }
    return ourGroupSeen ? new Robots(ours, ourDelay) : new Robots(anyone, anyoneDelay);
  }

  private static Duration seconds(String value) {
    try {
      double seconds = Double.parseDouble(value);
      return seconds >= 0 && seconds < 86_400 ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** @param pathAndQuery the URL's raw path (with its query, if any), "/" when empty */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    int best = -1;
    boolean allowed = true;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path)) {
        int length = rule.pattern().length();
        if (length > best || (length == best && rule.allow())) {
          best = length;
          allowed = rule.allow();
        }
      }
    }
    return allowed;
  }

  /**
   * Prefix match with {@code *} wildcards and an optional final {@code $} anchor: the classic
   * wildcard match with one backtracking point, linear in practice and never exponential on a
   * hostile pattern.
   */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String glob = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    int p = 0;
    int s = 0;
    int star = -1;
    int resume = 0;
    while (s < path.length()) {
      if (p < glob.length() && glob.charAt(p) != '*' && glob.charAt(p) == path.charAt(s)) {
        p++;
        s++;
      } else if (p < glob.length() && glob.charAt(p) == '*') {
        star = p++;
        resume = s;
      } else if (star >= 0) {
        p = star + 1;
        s = ++resume;
      } else {
        return false;
      }
    }
    while (p < glob.length() && glob.charAt(p) == '*') {
      p++;
    }
    return p == glob.length();
  }
}
