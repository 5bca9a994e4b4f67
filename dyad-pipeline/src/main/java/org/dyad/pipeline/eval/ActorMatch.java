package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.pipeline.eval.ArticleGold.GoldActor;

/**
 * Whether a coded actor is the gold actor, by name or by code:
 * <ul>
 *   <li>by name: the gold text and the actor's name or one of its aliases are the same words, or
 *       one ends with the other as whole words ("Foreign Ministry spokeswoman Maria Zakharova" and
 *       "Maria Zakharova"; "Putin" and "Vladimir Putin"), ignoring case, dots and a leading "the";
 *   <li>by code: the gold code equals the actor's code (the code on the event's date when the
 *       event carries it), or one refines the other below the same country and sector ("YEMREB"
 *       and "YEMREBHTH": the "country+sector" match), or one names a country alone and
 *       the other that country's government ("RUS" and "RUSGOV": the state acts through its
 *       government).
 * </ul>
 * Two absent actors (no target in the gold, none coded) agree.
 */
final class ActorMatch {

  private ActorMatch() {}

  static boolean matches(GoldActor gold, Actor actor, String datedCode) {
    if (gold == null || actor == null) {
      return gold == null && actor == null;
    }
    return byName(gold.text(), actor) || byCode(gold.code(), actor, datedCode);
  }

  static boolean byName(String goldText, Actor actor) {
    String wanted = key(goldText);
    if (wanted.isEmpty()) {
      return false;
    }
    List<String> names = new ArrayList<>();
    names.add(actor.name());
    names.addAll(actor.aliases());
    for (String name : names) {
      String have = key(name);
      if (have.length() < 2) {
        continue;
      }
      if (have.equals(wanted) || wanted.endsWith(" " + have) || have.endsWith(" " + wanted)) {
        return true;
      }
    }
    return false;
  }

  static boolean byCode(String goldCode, Actor actor, String datedCode) {
    if (goldCode == null || goldCode.isBlank()) {
      return false;
    }
    String gold = goldCode.toUpperCase(Locale.ROOT);
    String code = datedCode != null ? datedCode : actor.code();
    if (code != null && (code.equalsIgnoreCase(gold) || sameCountryAndSector(gold, code.toUpperCase(Locale.ROOT)))) {
      return true;
    }
    String country = actor.country();
    if (country == null || gold.length() < 3 || !gold.startsWith(country)) {
      return false;
    }
    boolean actorIsState = "country".equals(actor.kind()) || "GOV".equals(actor.sector());
    boolean goldIsState = gold.length() == 3 || gold.equals(country + "GOV");
    return actorIsState && goldIsState;
  }

  /**
   * One code refines the other below country and sector: "YEMREB" (a Yemeni rebel group) and
   * "YEMREBHTH" (the Houthis), "SAUBUS" and "SAUBUSARM". Two different refinements ("GBRPTYLAB",
   * "GBRPTYCON") or a bare country or sector ("GBR", "BUS") do not agree here.
   */
  static boolean sameCountryAndSector(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 6 && longer.startsWith(shorter);
  }

  /** Lower case, no dots or typographic quotes, single spaces, no leading "the". */
  static String key(String text) {
    String key = text.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'').replaceAll("[\"“”]", "")
        .replaceAll("\\s+", " ").strip();
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (key.endsWith("'s")) {
      key = key.substring(0, key.length() - 2);
    }
    return key;
  }
}
