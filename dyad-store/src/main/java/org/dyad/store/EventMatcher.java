package org.dyad.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Location;

/**
 * Decides whether a new event report describes an event already stored (event coreference).
 *
 * <p>Candidates are found by the store: same source and target actor (either direction for the
 * symmetric CAMEO roots 03, 04, 05, 06 — meeting, consulting, cooperating), same CAMEO root and
 * the same negation. This class then requires:
 * <ul>
 *   <li>time: when both reports have a time range (the event's own date at its precision; a
 *       date-less report is placed within {@value #UNDATED_DAYS} days up to its publication
 *       day) the ranges overlap, allowing one day of slack;</li>
 *   <li>place: no two different countries; at the precision both reports have, the same place:
 *       two cities (or counties) at most {@value #SAME_CITY_KM} km apart (or the same GeoNames
 *       id), a city in the other's first-order division, the same division; reports without
 *       coordinates compare place names as before;</li>
 *   <li>evidence: the Dice similarity of the content words of the evidence sentences (the best
 *       over the stored event's reports, so reports chain) reaches a threshold, lower when the
 *       time match is tight (both ranges at most a week), the CAMEO code is the same, or both
 *       name the same place. Within one article, the same actors with the same CAMEO root at a
 *       compatible time and place are taken as one event whatever the wording (an article
 *       restates its story).</li>
 * </ul>
 */
final class EventMatcher {

  static final int UNDATED_DAYS = 3;
  static final double TIGHT_THRESHOLD = 0.20;
  static final double LOOSE_THRESHOLD = 0.40;
  static final double SAME_CODE_BONUS = 0.10;
  static final double SAME_PLACE_BONUS = 0.05;

  private static final Set<String> STOPWORDS = Set.of(
      "the", "and", "for", "that", "with", "was", "were", "are", "has", "have", "had", "his", "her", "its",
      "their", "they", "this", "these", "those", "from", "but", "not", "been", "will", "would", "said", "says",
      "say", "also", "which", "who", "whom", "what", "when", "where", "into", "than", "then", "there", "after",
      "before", "over", "about", "between", "while", "some", "more", "most", "other", "such", "only", "can",
      "could", "should", "may", "might", "our", "out", "all", "any", "one", "two", "him", "she", "you", "did");

  private EventMatcher() {}

  /** A time range of whole days, both ends inclusive. */
  record TimeRange(LocalDate start, LocalDate end) {
    long days() {
      return end.toEpochDay() - start.toEpochDay() + 1;
    }

    boolean overlaps(TimeRange other, int slackDays) {
      return !start.minusDays(slackDays).isAfter(other.end) && !other.start.minusDays(slackDays).isAfter(end);
    }

    TimeRange narrower(TimeRange other) {
      return other != null && other.days() < days() ? other : this;
    }
  }

  /** Two city-precision places this close are one place for coreference (a city and its suburbs). */
  static final double SAME_CITY_KM = 50;

  /** What is compared of one event: its code, time range, place and evidence words. */
  record Report(String cameo, TimeRange range, String country, String place, Place where, Set<String> words) {

    Report(String cameo, TimeRange range, String country, String place, Set<String> words) {
      this(cameo, range, country, place, null, words);
    }
  }

  /** A resolved place: coordinates, division ("US.TX"), GeoNames id and precision (city, adm1, country, region). */
  record Place(Double lat, Double lon, String adm1, Long geonameId, String precision) {

    boolean known() {
      return precision != null && (lat != null || adm1 != null || geonameId != null);
    }
  }

  static Report report(String cameo, TimeRange range, Location location, String evidence) {
    String country = location == null ? null : location.country();
    String place = location == null || location.name() == null ? null : ActorIdentity.normalizedName(location.name());
    Place where = location == null ? null : new Place(location.lat(), location.lon(), location.adm1(),
        location.geonameId() == null ? null : Long.valueOf(location.geonameId()), location.precision());
    return new Report(cameo, range, country, place, where, words(evidence));
  }

  /**
   * Whether two resolved places can be one event's, at the precision both have: TRUE the same
   * place, FALSE incompatible, null compatible without being the same (a city within a division, a
   * country and anything in it).
   */
  static Boolean samePlace(Place a, Place b) {
    if (a.geonameId() != null && a.geonameId().equals(b.geonameId())) {
      return Boolean.TRUE;
    }
    boolean aCity = "city".equals(a.precision());
    boolean bCity = "city".equals(b.precision());
    if (aCity && bCity) {
      if (a.lat() == null || b.lat() == null) {
        return null;
      }
      double km = distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
      return km <= SAME_CITY_KM ? Boolean.TRUE : Boolean.FALSE;
    }
    boolean aDivision = "adm1".equals(a.precision());
    boolean bDivision = "adm1".equals(b.precision());
    if ((aCity || aDivision) && (bCity || bDivision) && a.adm1() != null && b.adm1() != null) {
      if (!a.adm1().equals(b.adm1())) {
        return Boolean.FALSE;
      }
      return aDivision && bDivision ? Boolean.TRUE : null;
    }
    return null;
  }

  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The similarity of the evidence when the new report describes the stored event, else a negative number. */
  static double match(Report stored, List<Set<String>> storedEvidence, Report incoming, boolean sameDocument) {
    boolean tight = false;
    if (stored.range() != null && incoming.range() != null) {
      if (!stored.range().overlaps(incoming.range(), 1)) {
        return -1;
      }
      tight = stored.range().days() <= 7 && incoming.range().days() <= 7;
    }
    if (stored.country() != null && incoming.country() != null && !stored.country().equals(incoming.country())) {
      return -1;
    }
    boolean samePlace = false;
    if (stored.where() != null && incoming.where() != null && stored.where().known() && incoming.where().known()) {
      Boolean same = samePlace(stored.where(), incoming.where());
      if (Boolean.FALSE.equals(same)) {
        return -1;
      }
      samePlace = Boolean.TRUE.equals(same);
    } else if (stored.place() != null && incoming.place() != null) {
      samePlace = stored.place().equals(incoming.place())
          || stored.place().contains(incoming.place()) || incoming.place().contains(stored.place());
      if (!samePlace) {
        return -1;
      }
    }
    double similarity = 0;
    for (Set<String> evidence : storedEvidence) {
      similarity = Math.max(similarity, dice(evidence, incoming.words()));
    }
    double threshold = tight ? TIGHT_THRESHOLD : LOOSE_THRESHOLD;
    if (stored.cameo() != null && stored.cameo().equals(incoming.cameo())) {
      threshold -= SAME_CODE_BONUS;
    }
    if (samePlace) {
      threshold -= SAME_PLACE_BONUS;
    }
    if (sameDocument) {
      return Math.max(similarity, 0);
    }
    return similarity >= threshold ? similarity : -1;
  }

  /** CAMEO roots whose events read the same either way round ("A met B" = "B met A"). */
  static boolean symmetric(String cameoRoot) {
    return cameoRoot != null && (cameoRoot.equals("03") || cameoRoot.equals("04") || cameoRoot.equals("05") || cameoRoot.equals("06"));
  }

  /**
   * The days an event can be on: its date at its precision (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY),
   * else the {@value #UNDATED_DAYS} days up to publication, else null (no time known).
   */
  static TimeRange range(String date, LocalDate published) {
    TimeRange own = parse(date);
    if (own != null) {
      return own;
    }
    return published == null ? null : new TimeRange(published.minusDays(UNDATED_DAYS), published);
  }

  static TimeRange parse(String date) {
    if (date == null) {
      return null;
    }
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(date);
        return new TimeRange(day, day);
      }
      if (date.matches("\\d{4}-W\\d{2}")) {
        LocalDate monday = LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeRange(monday, monday.plusDays(6));
      }
      if (date.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(date);
        return new TimeRange(month.atDay(1), month.atEndOfMonth());
      }
      if (date.matches("\\d{4}")) {
        int year = Integer.parseInt(date);
        return new TimeRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
    return null;
  }

  /** Content words of a text: lower case, no stop words, crude plural/tense endings removed. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 3 || STOPWORDS.contains(word)) {
        continue;
      }
      words.add(stem(word));
    }
    return words;
  }

  private static String stem(String word) {
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ed")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 4 && word.endsWith("es")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  static double dice(Set<String> first, Set<String> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : first) {
      if (second.contains(word)) {
        shared++;
      }
    }
    return 2.0 * shared / (first.size() + second.size());
  }
}
