package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.pipeline.eval.ArticleGold.GoldActor;
import org.dyad.pipeline.eval.ArticleGold.GoldEvent;

/**
 * Agreement between two blind annotations of the same articles, by the scorer's own rule: two
 * events agree when the second's trigger lies in the first's sentence and root, source, target
 * and negation agree (actors by name or code as {@link ActorMatch}; either direction for mutual
 * acts). Reported as F1 (the first annotation as reference), and per field over the pairs of
 * events that share a trigger.
 */
public final class AnnotatorAgreement {

  private int first;
  private int second;
  private int agreed;
  private int paired;
  private int rootAgree;
  private int sourceAgree;
  private int targetAgree;
  private int stanceAgree;
  private int codeAgree;
  private int dated;
  private int dateAgree;
  private int placed;
  private int placeAgree;
  private int articles;

  /** Adds one article annotated twice. */
  public void add(ArticleGold reference, ArticleGold other) {
    articles++;
    first += reference.events().size();
    second += other.events().size();
    boolean[] used = new boolean[reference.events().size()];
    for (GoldEvent e : other.events()) {
      for (int g = 0; g < used.length; g++) {
        GoldEvent r = reference.events().get(g);
        if (!used[g] && inSentence(e, r) && agree(e, r)) {
          used[g] = true;
          agreed++;
          break;
        }
      }
    }
    boolean[] pairedUsed = new boolean[reference.events().size()];
    for (GoldEvent e : other.events()) {
      for (int g = 0; g < pairedUsed.length; g++) {
        GoldEvent r = reference.events().get(g);
        if (!pairedUsed[g] && e.triggerStart() < r.triggerEnd() && e.triggerEnd() > r.triggerStart()) {
          pairedUsed[g] = true;
          paired++;
          rootAgree += r.root().equals(e.root()) ? 1 : 0;
          codeAgree += r.cameo().equals(e.cameo()) ? 1 : 0;
          boolean swapped = r.mutual() && same(r.source(), e.target()) && same(r.target(), e.source());
          sourceAgree += same(r.source(), e.source()) || swapped ? 1 : 0;
          targetAgree += same(r.target(), e.target()) || swapped ? 1 : 0;
          stanceAgree += r.negated() == e.negated() && r.modality().equals(e.modality()) ? 1 : 0;
          if (r.date() != null || e.date() != null) {
            dated++;
            dateAgree += r.date() != null && r.date().equals(e.date()) ? 1 : 0;
          }
          if (r.place() != null || e.place() != null) {
            placed++;
            placeAgree += r.place() != null && e.place() != null
                && ActorMatch.key(r.place().name()).equals(ActorMatch.key(e.place().name())) ? 1 : 0;
          }
          break;
        }
      }
    }
  }

  private static boolean inSentence(GoldEvent e, GoldEvent r) {
    return e.triggerStart() >= r.sentenceStart() && e.triggerStart() < r.sentenceEnd();
  }

  private static boolean agree(GoldEvent e, GoldEvent r) {
    if (!e.root().equals(r.root()) || e.negated() != r.negated()) {
      return false;
    }
    return same(r.source(), e.source()) && same(r.target(), e.target())
        || r.mutual() && r.target() != null && same(r.source(), e.target()) && same(r.target(), e.source());
  }

  static boolean same(GoldActor a, GoldActor b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    String x = ActorMatch.key(a.text());
    String y = ActorMatch.key(b.text());
    if (x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x)) {
      return true;
    }
    if (a.code() == null || b.code() == null) {
      return false;
    }
    String p = a.code().toUpperCase(Locale.ROOT);
    String q = b.code().toUpperCase(Locale.ROOT);
    if (p.equals(q) || ActorMatch.sameCountryAndSector(p, q)) {
      return true;
    }
    // a country alone and its government are the same state
    return p.length() >= 3 && q.length() >= 3 && p.substring(0, 3).equals(q.substring(0, 3))
        && (p.length() == 3 || p.endsWith("GOV") && p.length() == 6) && (q.length() == 3 || q.endsWith("GOV") && q.length() == 6);
  }

  public double f1() {
    return first + second == 0 ? 1 : 2.0 * agreed / (first + second);
  }

  /** The agreement report: F1 on the scorer's rule, then per-field agreement on events sharing a trigger. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "articles annotated twice: %d; events: first %d, second %d; agreeing %d%n",
        articles, first, second, agreed));
    out.append(String.format(Locale.ROOT, "events sharing a trigger: %d (%.0f%% of the first's, %.0f%% of the second's)%n",
        paired, first == 0 ? 0 : 100.0 * paired / first, second == 0 ? 0 : 100.0 * paired / second));
    field(out, "CAMEO root", rootAgree, paired);
    field(out, "CAMEO code (all digits)", codeAgree, paired);
    field(out, "source", sourceAgree, paired);
    field(out, "target", targetAgree, paired);
    field(out, "negation and modality", stanceAgree, paired);
    field(out, "date (where either gives one)", dateAgree, dated);
    field(out, "place (where either gives one)", placeAgree, placed);
    out.append(String.format(Locale.ROOT, "agreement articles F1 %.3f n=%d%n", f1(), articles));
    return out.toString();
  }

  private static void field(StringBuilder out, String label, int n, int of) {
    out.append(String.format(Locale.ROOT, "  %-32s %s%n", label,
        of == 0 ? "-" : String.format(Locale.ROOT, "%3.0f%% (%d/%d)", 100.0 * n / of, n, of)));
  }

  /** Pairs each article of {@code second} with the same article of {@code reference} and adds them. */
  public static AnnotatorAgreement of(List<ArticleGold> reference, List<ArticleGold> second) {
    AnnotatorAgreement agreement = new AnnotatorAgreement();
    for (ArticleGold other : second) {
      for (ArticleGold r : reference) {
        if (r.id().equals(other.id())) {
          agreement.add(r, other);
        }
      }
    }
    return agreement;
  }

}
