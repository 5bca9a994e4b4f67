package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.pipeline.extract.Article;
import org.dyad.pipeline.geo.GeoGazetteer;
import org.dyad.pipeline.geo.GeoPlace;
import org.dyad.pipeline.geo.ToponymFinder;
import org.dyad.pipeline.geo.ToponymMention;
import org.dyad.pipeline.geo.ToponymResolver;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Annotator;

/**
 * Scores toponym resolution on the geoparsing gold sets ({@link GeoGold}), as the README of
 * {@code ../shared/data/geo} defines it.
 *
 * <p>Given the gold spans: every gold toponym with gold coordinates counts; Acc@161km is the share
 * resolved within 161 km (haversine) of the gold point, country accuracy the share resolved to the
 * gold country (TR-News: its {@code country} element; GeoWebNews: the country of the gold GeoNames
 * id in Dyad's gazetteer, else of the gazetteer place nearest the gold point; toponyms without a
 * country, such as continents and oceans, are left out of that denominator). An unresolved
 * toponym is wrong in both.
 *
 * <p>End to end: Dyad also finds the toponyms ({@link ToponymFinder} over the annotated text). A
 * found toponym matches a gold one when their spans overlap (one to one, in text order); P and R
 * count found and gold toponyms (gold ones without coordinates included), and Acc@161km is over
 * the gold toponyms with coordinates, a gold toponym not found counting as wrong.
 */
public final class GeoEvaluation {

  static final double KM = 161;

  private final ToponymResolver resolver;
  private final GeoGazetteer gazetteer;

  public GeoEvaluation(ToponymResolver resolver) {
    this.resolver = resolver;
    this.gazetteer = resolver.gazetteer();
  }

  /** The counts of one scoring. */
  public record Result(int gold, int within, int countryGold, int countryRight, int exactGold, int exactRight,
      int found, int foundRight, int goldAll, int goldFound) {

    public double acc161() {
      return gold == 0 ? 0 : (double) within / gold;
    }

    public double countryAccuracy() {
      return countryGold == 0 ? 0 : (double) countryRight / countryGold;
    }

    public double exactMatch() {
      return exactGold == 0 ? 0 : (double) exactRight / exactGold;
    }

    public double precision() {
      return found == 0 ? 0 : (double) foundRight / found;
    }

    public double recall() {
      return goldAll == 0 ? 0 : (double) goldFound / goldAll;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Result plus(Result o) {
      return new Result(gold + o.gold, within + o.within, countryGold + o.countryGold, countryRight + o.countryRight,
          exactGold + o.exactGold, exactRight + o.exactRight, found + o.found, foundRight + o.foundRight,
          goldAll + o.goldAll, goldFound + o.goldFound);
    }

    /** "acc161 0.000 country 0.000 n=N" (gold spans). */
    public String goldSpanLine() {
      return String.format("acc161 %.3f country %.3f n=%d", acc161(), countryAccuracy(), gold);
    }

    /** "F1 0.000 P 0.000 R 0.000 acc161 0.000 n=N" (end to end). */
    public String endToEndLine() {
      return String.format("F1 %.3f P %.3f R %.3f acc161 %.3f n=%d", f1(), precision(), recall(), acc161(), gold);
    }
  }

  /** Resolves the gold spans of each article and scores the readings. */
  public Result goldSpans(List<GeoGold.Article> articles, Consumer<String> verbose) {
    Result total = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (GeoGold.Article article : articles) {
      List<ToponymMention> mentions = new ArrayList<>();
      for (GeoGold.Toponym t : article.toponyms()) {
        mentions.add(ToponymMention.of(t.start(), t.end(), t.text()));
      }
      List<ToponymResolver.Resolved> resolved = resolver.resolve(article.text(), mentions);
      for (int i = 0; i < article.toponyms().size(); i++) {
        total = total.plus(score(article, article.toponyms().get(i), resolved.get(i), verbose));
      }
    }
    return total;
  }

  /** Finds and resolves the toponyms of each article with the annotator, and scores them against the gold. */
  public Result endToEnd(List<GeoGold.Article> articles, Annotator annotator, ToponymFinder finder,
      Consumer<String> verbose) {
    Result total = new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (GeoGold.Article gold : articles) {
      Article article = new Article(gold.id(), null, null, List.of(), null, null, "en", gold.text(), List.of());
      AnnotatedArticle annotated = annotator.annotate(article);
      List<ToponymMention> mentions = finder.find(annotated);
      List<ToponymResolver.Resolved> resolved = resolver.resolve(gold.text(), mentions);
      List<ToponymResolver.Resolved> kept = new ArrayList<>();
      for (ToponymResolver.Resolved r : resolved) {
        if (r.place() != null) {
          kept.add(r);
        }
      }
      boolean[] used = new boolean[kept.size()];
      int foundRight = 0;
      for (GeoGold.Toponym t : gold.toponyms()) {
        int match = -1;
        for (int i = 0; i < kept.size(); i++) {
          ToponymMention m = kept.get(i).mention();
          if (!used[i] && m.start() < t.end() && t.start() < m.end()) {
            match = i;
            break;
          }
        }
        ToponymResolver.Resolved r = null;
        if (match >= 0) {
          used[match] = true;
          foundRight++;
          r = kept.get(match);
        }
        Result one = t.hasCoordinates() ? score(gold, t, r, verbose) : new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        total = total.plus(new Result(one.gold, one.within, one.countryGold, one.countryRight, one.exactGold,
            one.exactRight, 0, 0, 1, match >= 0 ? 1 : 0));
      }
      for (int i = 0; i < kept.size(); i++) {
        if (!used[i] && verbose != null) {
          ToponymResolver.Resolved r = kept.get(i);
          verbose.accept(String.format("  extra %s [%s] -> %s", gold.id(), r.mention().text(), describe(r.place())));
        }
      }
      total = total.plus(new Result(0, 0, 0, 0, 0, 0, kept.size(), foundRight, 0, 0));
    }
    return total;
  }

  private Result score(GeoGold.Article article, GeoGold.Toponym t, ToponymResolver.Resolved r, Consumer<String> verbose) {
    if (!t.hasCoordinates()) {
      return new Result(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    GeoPlace place = r == null ? null : r.place();
    double km = place == null ? Double.POSITIVE_INFINITY : place.distanceKm(t.lat(), t.lon());
    boolean within = km <= KM;
    String goldCountry = goldCountry(t);
    boolean countryRight = goldCountry != null && place != null && goldCountry.equals(place.country());
    boolean exact = t.geonameId() > 0 && place != null && place.geonameId() == t.geonameId();
    if (verbose != null && !within) {
      verbose.accept(String.format("  miss %s [%s] gold %.2f,%.2f %s -> %s %s", article.id(), t.text(), t.lat(), t.lon(),
          goldCountry, describe(place), place == null ? "" : String.format("(%.0f km, %s)", km, r.how())));
    }
    return new Result(1, within ? 1 : 0, goldCountry == null ? 0 : 1, countryRight ? 1 : 0, t.geonameId() > 0 ? 1 : 0,
        exact ? 1 : 0, 0, 0, 0, 0);
  }

  /** The ISO alpha-3 gold country of a toponym, or null when it has none (continents, oceans). */
  String goldCountry(GeoGold.Toponym t) {
    if (t.countryGeonameId() > 0) {
      GeoPlace country = gazetteer.byId(t.countryGeonameId());
      if (country != null) {
        return country.country();
      }
    }
    if (t.geonameId() > 0) {
      GeoPlace known = gazetteer.byId(t.geonameId());
      if (known != null) {
        return known.country();
      }
    }
    if (t.countryGeonameId() < 0) {
      return null; // TR-News gives a country element for every toponym in a country: none means none
    }
    GeoPlace nearest = gazetteer.nearest(t.lat(), t.lon());
    return nearest == null ? null : nearest.country();
  }

  private static String describe(GeoPlace p) {
    if (p == null) {
      return "unresolved";
    }
    return String.format("%s (%s %s %s %.2f,%.2f pop %d)", p.name(), p.featureCode(), p.country(), p.adm1Name() == null ? "" : p.adm1Name(),
        p.lat(), p.lon(), p.population());
  }
}
