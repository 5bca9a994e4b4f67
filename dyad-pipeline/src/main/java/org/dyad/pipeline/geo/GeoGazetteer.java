package org.dyad.pipeline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.dyad.pipeline.knowledge.Country;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.knowledge.Place;

/**
 * Dyad's world gazetteer: GeoNames places of at least 1,000 people (and the seats of divisions),
 * first- and second-order administrative divisions and countries with their alternate names, plus continents
 * and the regions the knowledge base names, and the seats of government news names in place of a place
 * ({@code landmarks.tsv}: the White House, the Kremlin). Read once per JVM from {@code org/dyad/geo/} (built by
 * {@code scripts/geo-gazetteer}; GeoNames data, CC BY 4.0) and the knowledge base's countries
 * (names, aliases, demonyms). Immutable and thread-safe.
 *
 * <p>Compact by design (about 150,000 entries, 600,000 names): entries live in parallel primitive
 * arrays, and names in one sorted {@code long[]} that packs a 44-bit hash of the name's {@link #key}
 * with the entry it names, so no name string is kept. Two different names share a hash with a
 * probability of about one in a thousand over the whole table; a shared hash adds a candidate,
 * which the resolver then weighs like any other.
 */
public final class GeoGazetteer {

  static final String DIRECTORY = "/org/dyad/geo/";

  /** How a name names its entry. */
  public enum NameKind {
    /** an alternate name (another spelling, language or former name) */
    ALTERNATE,
    /** the entry's own name */
    PRIMARY,
    /** a demonym or adjective of a country or continent ("Russian", "European") */
    ADJECTIVE,
    /** a code or abbreviation in capitals ("DC", "BC", "NYC"): names the entry only when the text has it in capitals */
    CODE
  }

  private static final int ENTRY_BITS = 18;
  private static final int KIND_BITS = 2;
  private static final int MAX_ENTRIES = 1 << ENTRY_BITS;

  private final int size;
  private final int[] ids;
  private final String[] names;
  private final float[] lats;
  private final float[] lons;
  private final long[] populations;
  private final byte[] featureCodes;
  private final String[] codeTable;
  private final short[] countries;
  private final String[] countryTable;
  private final String[] adm1Codes;
  private final int[] adm1Entries;
  /** (hash << 20) | (kind << 18) | entry, sorted. */
  private final long[] nameIndex;
  private final Map<String, Integer> countryEntries;
  private final Map<String, Integer> adm1ByCode;
  private final Map<String, String> iso3ByIso2;
  private final Map<String, String> iso2ByIso3;
  private final Map<String, String> fipsByIso3;
  /** GeoNames ids, sorted, with the entry of each at the same position of {@link #idEntries}. */
  private final int[] sortedIds;
  private final int[] idEntries;
  private final long loadMillis;

  private GeoGazetteer(Builder b, long loadMillis) {
    this.size = b.size;
    this.ids = Arrays.copyOf(b.ids, size);
    this.names = Arrays.copyOf(b.names, size);
    this.lats = Arrays.copyOf(b.lats, size);
    this.lons = Arrays.copyOf(b.lons, size);
    this.populations = Arrays.copyOf(b.populations, size);
    this.featureCodes = Arrays.copyOf(b.featureCodes, size);
    this.codeTable = b.codeTable.toArray(String[]::new);
    this.countries = Arrays.copyOf(b.countries, size);
    this.countryTable = b.countryTable.toArray(String[]::new);
    this.adm1Codes = Arrays.copyOf(b.adm1Codes, size);
    this.adm1Entries = Arrays.copyOf(b.adm1Entries, size);
    long[] index = Arrays.copyOf(b.nameIndex, b.nameCount);
    Arrays.sort(index);
    int distinct = 0;
    for (int i = 0; i < index.length; i++) {
      if (i == 0 || index[i] != index[i - 1]) {
        index[distinct++] = index[i];
      }
    }
    this.nameIndex = Arrays.copyOf(index, distinct);
    this.countryEntries = Map.copyOf(b.countryEntries);
    this.adm1ByCode = Map.copyOf(b.adm1ByCode);
    this.iso3ByIso2 = Map.copyOf(b.iso3ByIso2);
    Map<String, String> reverse = new HashMap<>();
    b.iso3ByIso2.forEach((iso2, iso3) -> reverse.putIfAbsent(iso3, iso2));
    this.iso2ByIso3 = Map.copyOf(reverse);
    this.fipsByIso3 = Map.copyOf(b.fipsByIso3);
    int withId = 0;
    long[] pairs = new long[size];
    for (int i = 0; i < size; i++) {
      if (ids[i] > 0) {
        pairs[withId++] = ((long) ids[i] << 32) | i;
      }
    }
    pairs = Arrays.copyOf(pairs, withId);
    Arrays.sort(pairs);
    this.sortedIds = new int[withId];
    this.idEntries = new int[withId];
    for (int i = 0; i < withId; i++) {
      sortedIds[i] = (int) (pairs[i] >>> 32);
      idEntries[i] = (int) pairs[i];
    }
    this.loadMillis = loadMillis;
  }

  /** The gazetteer bundled with Dyad, loaded on first use (once per JVM). */
  public static GeoGazetteer shared() {
    return Holder.INSTANCE;
  }

  /** Whether {@link #shared()} has been loaded in this JVM (asking loads nothing). */
  public static boolean sharedLoaded() {
    return Holder.loaded;
  }

  /** Milliseconds the load took. */
  public long loadMillis() {
    return loadMillis;
  }

  /** The number of entries (places, divisions, countries, continents and regions). */
  public int size() {
    return size;
  }

  /** The number of distinct (name, entry) pairs indexed. */
  public int nameCount() {
    return nameIndex.length;
  }

  /**
   * The lookup key of a name: lower case, no accents, without periods and
   * apostrophes, hyphens and other punctuation as spaces, "St"/"Ft"/"Mt" spelled out and a leading
   * "the" dropped: "St. John's" and "Saint Johns" share a key.
   */
  public static String key(String name) {
    String s = name;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bb' || c == '\u02bc' || c == '`') {
        continue;
      }
      if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    if (out.length() > 4 && out.charAt(0) == 't' && out.charAt(1) == 'h' && out.charAt(2) == 'e' && out.charAt(3) == ' ') {
      out.delete(0, 4);
    }
    int firstSpace = out.indexOf(" ");
    if (firstSpace == 2 || firstSpace == 3) {
      String first = out.substring(0, firstSpace);
      switch (first) {
        case "st" -> out.replace(0, 2, "saint");
        case "ste" -> out.replace(0, 3, "sainte");
        case "ft" -> out.replace(0, 2, "fort");
        case "mt" -> out.replace(0, 2, "mount");
        default -> { }
      }
    }
    return out.toString();
  }

  /** A 44-bit hash of a key (FNV-1a 64, folded). */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return h & ((1L << 44) - 1);
  }

  /**
   * The entries a name may mean, each with how the name names it; empty when none. A code
   * ({@link NameKind#CODE}) names its entry only when {@code name} is written in capitals.
   */
  public List<Candidate> lookup(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String key = key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    long h = hash(key);
    long low = h << (ENTRY_BITS + KIND_BITS);
    int at = Arrays.binarySearch(nameIndex, low);
    if (at < 0) {
      at = -at - 1;
    }
    List<Candidate> out = new ArrayList<>(4);
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = at; i < nameIndex.length && (nameIndex[i] >>> (ENTRY_BITS + KIND_BITS)) == h; i++) {
      int entry = (int) (nameIndex[i] & (MAX_ENTRIES - 1));
      NameKind kind = NameKind.values()[(int) ((nameIndex[i] >>> ENTRY_BITS) & 3)];
      if (kind == NameKind.CODE && !isCode(name.strip())) {
        continue;
      }
      Integer previous = seen.get(entry);
      if (previous != null) {
        // the same entry by several kinds of name: keep the strongest (its own name first)
        if (kind == NameKind.PRIMARY || kind != NameKind.CODE && out.get(previous).nameKind() == NameKind.CODE) {
          out.set(previous, new Candidate(place(entry), kind));
        }
        continue;
      }
      seen.put(entry, out.size());
      out.add(new Candidate(place(entry), kind));
    }
    return out;
  }

  /** An entry a name may mean, and how the name names it. */
  public record Candidate(GeoPlace place, NameKind nameKind) {}

  /** The country entry of an ISO 3166-1 alpha-3 code, or null. */
  public GeoPlace country(String iso3) {
    Integer entry = iso3 == null ? null : countryEntries.get(iso3);
    return entry == null ? null : place(entry);
  }

  /** The national capital (PPLC; the most populous of several) of a country (alpha-3), or null. */
  public GeoPlace capital(String iso3) {
    Map<String, Integer> capitals = this.capitals;
    if (capitals == null) {
      Map<String, Integer> found = new HashMap<>();
      for (int i = 0; i < size; i++) {
        if (countries[i] >= 0 && "P.PPLC".equals(codeTable[featureCodes[i]])) {
          found.merge(countryTable[countries[i]], i, (a, b) -> populations[a] >= populations[b] ? a : b);
        }
      }
      capitals = Map.copyOf(found);
      this.capitals = capitals;
    }
    Integer entry = iso3 == null ? null : capitals.get(iso3);
    return entry == null ? null : place(entry);
  }

  private volatile Map<String, Integer> capitals;

  /** The first-order division of a country (alpha-3) with this GeoNames admin1 code, or null. */
  public GeoPlace adm1(String iso3, String code) {
    if (iso3 == null || code == null) {
      return null;
    }
    Integer entry = adm1ByCode.get(iso3 + "." + code);
    return entry == null ? null : place(entry);
  }

  /** The entry with this GeoNames id, or null. */
  public GeoPlace byId(int geonameId) {
    int at = Arrays.binarySearch(sortedIds, geonameId);
    return at < 0 ? null : place(idEntries[at]);
  }

  /** ISO 3166-1 alpha-3 of an alpha-2 code, or null. */
  public String iso3(String iso2) {
    return iso2 == null ? null : iso3ByIso2.get(iso2.toUpperCase(Locale.ROOT));
  }

  /** ISO 3166-1 alpha-2 of an alpha-3 code, or null. */
  public String iso2(String iso3) {
    return iso3 == null ? null : iso2ByIso3.get(iso3);
  }

  /** The FIPS 10-4 code of a country (GDELT's country codes), or null. */
  public String fips(String iso3) {
    return iso3 == null ? null : fipsByIso3.get(iso3);
  }

  /**
   * The populated place, division or country nearest to a point (populated places and divisions
   * first: a country is returned only when nothing else lies within 500 km), or null.
   */
  public GeoPlace nearest(double lat, double lon) {
    int best = -1;
    double bestDistance = Double.MAX_VALUE;
    double cos = Math.cos(Math.toRadians(lat));
    for (int i = 0; i < size; i++) {
      if (countries[i] < 0 || codeTable[featureCodes[i]].startsWith("PCL")) {
        continue;
      }
      double dy = lats[i] - lat;
      double dx = (lons[i] - lon) * cos;
      if (dx > 180 || dx < -180) {
        dx = 360 - Math.abs(dx);
      }
      double d = dx * dx + dy * dy;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    if (best >= 0 && GeoPlace.distanceKm(lat, lon, lats[best], lons[best]) <= 500) {
      return place(best);
    }
    return null;
  }

  GeoPlace place(int entry) {
    String country = countries[entry] < 0 ? null : countryTable[countries[entry]];
    int adm1 = adm1Entries[entry];
    return new GeoPlace(ids[entry], names[entry], codeTable[featureCodes[entry]].substring(0, 1),
        codeTable[featureCodes[entry]].substring(2), country, adm1Codes[entry], adm1 < 0 ? null : names[adm1],
        lats[entry], lons[entry], populations[entry]);
  }

  private static final class Holder {
    static volatile boolean loaded;
    static final GeoGazetteer INSTANCE = load();

    static {
      loaded = true;
    }
  }

  /** Loads the bundled gazetteer (about a second). */
  static GeoGazetteer load() {
    long start = System.nanoTime();
    Builder b = new Builder();
    KnowledgeBase knowledge = KnowledgeBase.builtIn();
    // countries first: their codes are needed to read the places
    List<String[]> countryRows = rows(DIRECTORY + "countries.tsv");
    Map<String, double[]> points = new HashMap<>();
    for (String[] row : rows(DIRECTORY + "country-points.tsv")) {
      points.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
    }
    for (String[] row : countryRows) {
      if (!row[1].isEmpty()) {
        b.iso3ByIso2.put(row[0], row[1]);
        if (!row[2].isEmpty()) {
          b.fipsByIso3.put(row[1], row[2]);
        }
      }
    }
    Map<String, double[]> bounds = new HashMap<>();
    readPlaces(b, bounds);
    for (String[] row : countryRows) {
      String iso3 = row[1];
      if (iso3.isEmpty() || b.countryEntries.containsKey(iso3)) {
        continue;
      }
      double[] point = points.get(iso3);
      double[] box = bounds.get(iso3);
      if (point == null && box == null) {
        continue;
      }
      if (point == null) {
        point = new double[] {(box[0] + box[1]) / 2, (box[2] + box[3]) / 2};
      }
      Country known = knowledge.country(iso3).orElse(null);
      String name = known != null ? known.name() : row[4];
      int entry = b.add(row[3].isEmpty() ? 0 : Integer.parseInt(row[3]), name, "A.PCLI", iso3, null, point[0], point[1], Long.parseLong(row[5]));
      b.countryEntries.put(iso3, entry);
      b.name(name, entry, NameKind.PRIMARY);
      b.name(row[4], entry, NameKind.ALTERNATE);
      if (known != null) {
        for (String alias : known.aliases()) {
          b.name(alias, entry, isCode(alias) ? NameKind.CODE : NameKind.ALTERNATE);
        }
        for (String demonym : demonymForms(known.demonyms())) {
          b.name(demonym, entry, NameKind.ADJECTIVE);
        }
      }
    }
    readRegions(b, knowledge);
    readLandmarks(b);
    for (int i = 0; i < US_STATE_ABBREVIATIONS.length; i += 2) {
      Integer state = b.adm1ByCode.get("USA." + US_STATE_ABBREVIATIONS[i + 1]);
      if (state != null) {
        b.name(US_STATE_ABBREVIATIONS[i] + ".", state, NameKind.ALTERNATE);
      }
    }
    for (int i = 0; i < CANADIAN_PROVINCE_ABBREVIATIONS.length; i += 2) {
      Integer province = b.adm1ByCode.get("CAN." + CANADIAN_PROVINCE_ABBREVIATIONS[i + 1]);
      if (province != null) {
        String abbreviation = CANADIAN_PROVINCE_ABBREVIATIONS[i];
        b.name(abbreviation, province, isCode(abbreviation) ? NameKind.CODE : NameKind.ALTERNATE);
      }
    }
    readAdjectives(b);
    return new GeoGazetteer(b, (System.nanoTime() - start) / 1_000_000);
  }

  private static void readPlaces(Builder b, Map<String, double[]> bounds) {
    String resource = DIRECTORY + "geonames.tsv.gz";
    InputStream in = GeoGazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer missing from the classpath: " + resource + " (scripts/geo-gazetteer builds it)");
    }
    List<int[]> pendingAdm1 = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      String[] cells = new String[10];
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (split(line, cells) < 9) {
          throw new IllegalStateException(resource + " line " + number + ": fewer than 9 cells");
        }
        String iso3 = b.iso3ByIso2.get(cells[4]);
        if (iso3 == null) {
          continue; // a place of no country code Dyad knows
        }
        double lat = Double.parseDouble(cells[6]);
        double lon = Double.parseDouble(cells[7]);
        String code = cells[2] + "." + cells[3];
        String adm1 = cells[5].isEmpty() || cells[5].equals("00") ? null : cells[5];
        int entry = b.add(Integer.parseInt(cells[0]), cells[1], code, iso3, adm1, lat, lon, Long.parseLong(cells[8]));
        b.name(cells[1], entry, NameKind.PRIMARY);
        if (ARABIC_ARTICLE_COUNTRIES.contains(cells[4])) {
          String bare = withoutArabicArticle(cells[1]);
          if (bare != null) {
            b.name(bare, entry, NameKind.ALTERNATE);
          }
        }
        if (cells[9] != null && !cells[9].isEmpty()) {
          int from = 0;
          String alternates = cells[9];
          while (from <= alternates.length()) {
            int bar = alternates.indexOf('|', from);
            int to = bar < 0 ? alternates.length() : bar;
            if (to > from) {
              String alternate = alternates.substring(from, to);
              b.name(alternate, entry, isCode(alternate) ? NameKind.CODE : NameKind.ALTERNATE);
            }
            from = to + 1;
          }
        }
        if (cells[3].equals("ADM2")) {
          pendingAdm1.add(new int[] {entry});
        } else if (cells[3].equals("ADM1")) {
          b.adm1ByCode.putIfAbsent(iso3 + "." + adm1, entry);
          String stripped = withoutDivisionWord(cells[1]);
          if (stripped != null) {
            b.name(stripped, entry, NameKind.ALTERNATE);
          }
        } else {
          pendingAdm1.add(new int[] {entry});
          if (!"PPLX".equals(cells[3])) {
            double[] box = bounds.computeIfAbsent(iso3, k -> new double[] {90, -90, 180, -180});
            box[0] = Math.min(box[0], lat);
            box[1] = Math.max(box[1], lat);
            box[2] = Math.min(box[2], lon);
            box[3] = Math.max(box[3], lon);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + resource, e);
    }
    for (int[] pending : pendingAdm1) {
      int entry = pending[0];
      String code = b.adm1Codes[entry];
      if (code != null) {
        Integer division = b.adm1ByCode.get(b.countryTable.get(b.countries[entry]) + "." + code);
        if (division != null) {
          b.adm1Entries[entry] = division;
        }
      }
    }
  }

  /** Countries (ISO alpha-2) whose place names GeoNames writes with the Arabic article ("Al Qāmishlī"). */
  private static final Set<String> ARABIC_ARTICLE_COUNTRIES = Set.of("AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO",
      "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TD", "TN", "YE");

  private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile(
      "^(?:Al|El|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Aş|Aţ|Aẕ|Aḑ)[ \\-](\\p{L}.{2,})$");

  /**
   * A name without its Arabic article ("Al Qāmishlī" Qāmishlī, "Ar Raqqah" Raqqah), as English news
   * mostly writes it, or null when the name has none.
   */
  static String withoutArabicArticle(String name) {
    java.util.regex.Matcher m = ARABIC_ARTICLE.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** US states as news writes them after a town ("Louisville, Ky.", "Calif."), with their GeoNames codes. */
  private static final String[] US_STATE_ABBREVIATIONS = {"Ala", "AL", "Ariz", "AZ", "Ark", "AR", "Calif", "CA",
      "Colo", "CO", "Conn", "CT", "Del", "DE", "Fla", "FL", "Ga", "GA", "Ill", "IL", "Ind", "IN", "Kan", "KS", "Kans",
      "KS", "Ky", "KY", "La", "LA", "Md", "MD", "Mass", "MA", "Mich", "MI", "Minn", "MN", "Miss", "MS", "Mo", "MO",
      "Mont", "MT", "Neb", "NE", "Nebr", "NE", "Nev", "NV", "N.H", "NH", "N.J", "NJ", "N.M", "NM", "N.Y", "NY", "N.C",
      "NC", "N.D", "ND", "Okla", "OK", "Ore", "OR", "Pa", "PA", "R.I", "RI", "S.C", "SC", "S.D", "SD", "Tenn", "TN",
      "Tex", "TX", "Va", "VA", "Vt", "VT", "Wash", "WA", "W.Va", "WV", "Wis", "WI", "Wyo", "WY"};

  /**
   * Canada's provinces and territories as Canadian news abbreviates them after a town ("Churchill,
   * Man.", "INNISFAIL, Alta."), with their GeoNames admin1 codes.
   */
  private static final String[] CANADIAN_PROVINCE_ABBREVIATIONS = {"Alta.", "01", "B.C.", "02", "Man.", "03",
      "N.B.", "04", "Nfld.", "05", "N.L.", "05", "N.S.", "07", "Ont.", "08", "P.E.I.", "09", "Que.", "10", "Sask.", "11",
      "Y.T.", "12", "N.W.T.", "13"};

  /** Adjectives of divisions and regions (geo/adjectives.tsv), by GeoNames id. */
  private static void readAdjectives(Builder b) {
    Map<Integer, Integer> byId = new HashMap<>();
    for (int entry = 0; entry < b.size; entry++) {
      if (b.ids[entry] > 0) {
        byId.putIfAbsent(b.ids[entry], entry);
      }
    }
    for (String[] row : rows(DIRECTORY + "adjectives.tsv")) {
      Integer entry = byId.get(Integer.parseInt(row[0]));
      if (entry == null) {
        throw new IllegalStateException(DIRECTORY + "adjectives.tsv: no gazetteer entry with GeoNames id " + row[0]);
      }
      for (String adjective : row[1].split("\\|")) {
        b.name(adjective.strip(), entry, NameKind.ADJECTIVE);
      }
    }
  }

  /** Seats of government and landmarks (geo/landmarks.tsv): a spot in its town, named for it. */
  private static void readLandmarks(Builder b) {
    for (String[] row : rows(DIRECTORY + "landmarks.tsv")) {
      int entry = b.add(0, row[0], "S." + row[5], row[1], row[2].isEmpty() ? null : row[2], Double.parseDouble(row[3]),
          Double.parseDouble(row[4]), 0);
      Integer division = b.adm1ByCode.get(row[1] + "." + row[2]);
      if (division != null) {
        b.adm1Entries[entry] = division;
      }
      b.name(row[0], entry, NameKind.PRIMARY);
      for (String alias : row[6].split("\\|")) {
        if (!alias.isBlank()) {
          b.name(alias, entry, NameKind.ALTERNATE);
        }
      }
    }
  }

  private static void readRegions(Builder b, KnowledgeBase knowledge) {
    for (String[] row : rows(DIRECTORY + "regions.tsv")) {
      String iso3 = row[4].isEmpty() ? null : row[4];
      int entry = b.add(Integer.parseInt(row[1]), row[0], row[2] + "." + row[3], iso3, null,
          Double.parseDouble(row[5]), Double.parseDouble(row[6]), 0);
      b.name(row[0], entry, NameKind.PRIMARY);
      for (String alias : row[7].split("\\|")) {
        if (!alias.isBlank()) {
          boolean adjective = alias.endsWith("an") || alias.endsWith("ans") || alias.endsWith("ic") || alias.endsWith("ish");
          b.name(alias, entry, isCode(alias) ? NameKind.CODE : adjective ? NameKind.ADJECTIVE : NameKind.ALTERNATE);
        }
      }
    }
    // the regions of the knowledge base's gazetteer that GeoNames' table does not hold as a
    // country or division: the Gaza Strip, Crimea, the Middle East, seas and oceans
    for (Place place : knowledge.gazetteer().places()) {
      if (!"region".equals(place.feature())) {
        continue;
      }
      if (b.hasEntryNamed(place.name(), place.country())) {
        // a first-order division the knowledge base places itself ("Ontario", "Alaska"): its point, at
        // the middle of the division's extent, beats the middle of the bounding box of the division's
        // populated places, which a few far towns pull off to one side
        int division = b.divisionNamed(place.name(), place.country());
        if (division >= 0) {
          b.lats[division] = (float) place.lat();
          b.lons[division] = (float) place.lon();
        }
        continue;
      }
      int entry = b.add(0, place.name(), place.country() == null ? "L.RGN" : "L.RGN", place.country(), null,
          place.lat(), place.lon(), 0);
      b.name(place.name(), entry, NameKind.PRIMARY);
      if (place.name().startsWith("Gulf of ") || place.name().endsWith(" Gulf")) {
        // "the Gulf": news names a gulf by the generic word where the story makes clear which
        b.name("Gulf", entry, NameKind.ALTERNATE);
      }
      for (String alias : place.aliases()) {
        boolean adjective = alias.endsWith("an") || alias.endsWith("ans");
        b.name(alias, entry, adjective ? NameKind.ADJECTIVE : NameKind.ALTERNATE);
      }
    }
  }

  private static final String[] DIVISION_WORDS = {" province", " governorate", " oblast", " region", " state",
      " district", " prefecture", " county", " voivodeship", " department", " municipality", " territory",
      " division", " kray", " krai", " republic", " autonomous region", " emirate", " parish", " canton"};

  /** A name in capitals of at most four letters ("DC", "BC", "N.Y.C."): a code, not a word. */
  static boolean isCode(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters > 0 && letters <= 4;
  }

  /** "Maidan Wardak Province" without its division word ("Maidan Wardak"), or null. */
  static String withoutDivisionWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : DIVISION_WORDS) {
      if (lower.endsWith(word) && lower.length() > word.length() + 2) {
        return name.substring(0, name.length() - word.length()).strip();
      }
    }
    if (lower.startsWith("state of ") && lower.length() > 11) {
      return name.substring("state of ".length()).strip();
    }
    return null;
  }

  /** The demonyms as written, plus the regular plural of those ending in -an or -i ("Afghans", "Pakistanis"). */
  static List<String> demonymForms(List<String> demonyms) {
    List<String> out = new ArrayList<>(demonyms);
    for (String d : demonyms) {
      if (d.endsWith("an") || d.endsWith("i")) {
        out.add(d + "s");
      }
    }
    return out;
  }

  /** Splits a TSV line into {@code cells} (the last cell keeps nothing past the array), returning the count. */
  private static int split(String line, String[] cells) {
    int count = 0;
    int from = 0;
    Arrays.fill(cells, null);
    while (count < cells.length) {
      int tab = line.indexOf('\t', from);
      if (tab < 0 || count == cells.length - 1) {
        cells[count++] = tab < 0 ? line.substring(from) : line.substring(from, tab);
        break;
      }
      cells[count++] = line.substring(from, tab);
      from = tab + 1;
    }
    return count;
  }

  private static List<String[]> rows(String resource) {
    InputStream in = GeoGazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("gazetteer file missing from the classpath: " + resource);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      int width = 0;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header) {
          header = false;
          width = cells.length;
          continue;
        }
        String[] padded = Arrays.copyOf(cells, width);
        for (int i = 0; i < width; i++) {
          padded[i] = padded[i] == null ? "" : padded[i].strip();
        }
        out.add(padded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  /** Growable arrays the load fills. */
  private static final class Builder {
    int size;
    int[] ids = new int[1 << 16];
    String[] names = new String[1 << 16];
    float[] lats = new float[1 << 16];
    float[] lons = new float[1 << 16];
    long[] populations = new long[1 << 16];
    byte[] featureCodes = new byte[1 << 16];
    short[] countries = new short[1 << 16];
    String[] adm1Codes = new String[1 << 16];
    int[] adm1Entries = new int[1 << 16];
    long[] nameIndex = new long[1 << 19];
    int nameCount;
    final List<String> codeTable = new ArrayList<>();
    final Map<String, Integer> codeIndex = new HashMap<>();
    final List<String> countryTable = new ArrayList<>();
    final Map<String, Integer> countryIndex = new HashMap<>();
    final Map<String, Integer> countryEntries = new LinkedHashMap<>();
    final Map<String, Integer> adm1ByCode = new HashMap<>();
    final Map<String, String> iso3ByIso2 = new HashMap<>();
    final Map<String, String> fipsByIso3 = new HashMap<>();
    final Map<String, String> interned = new HashMap<>();
    Set<String> heldNames;

    int add(int id, String name, String classAndCode, String iso3, String adm1, double lat, double lon, long population) {
      if (size == MAX_ENTRIES) {
        throw new IllegalStateException("the gazetteer holds at most " + MAX_ENTRIES + " entries");
      }
      if (size == ids.length) {
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        names = Arrays.copyOf(names, n);
        lats = Arrays.copyOf(lats, n);
        lons = Arrays.copyOf(lons, n);
        populations = Arrays.copyOf(populations, n);
        featureCodes = Arrays.copyOf(featureCodes, n);
        countries = Arrays.copyOf(countries, n);
        adm1Codes = Arrays.copyOf(adm1Codes, n);
        adm1Entries = Arrays.copyOf(adm1Entries, n);
      }
      int entry = size++;
      ids[entry] = id;
      names[entry] = name;
      lats[entry] = (float) lat;
      lons[entry] = (float) lon;
      populations[entry] = population;
      Integer code = codeIndex.get(classAndCode);
      if (code == null) {
        code = codeTable.size();
        codeTable.add(classAndCode);
        codeIndex.put(classAndCode, code);
      }
      featureCodes[entry] = (byte) (int) code;
      if (iso3 == null) {
        countries[entry] = -1;
      } else {
        Integer country = countryIndex.get(iso3);
        if (country == null) {
          country = countryTable.size();
          countryTable.add(iso3);
          countryIndex.put(iso3, country);
        }
        countries[entry] = (short) (int) country;
      }
      adm1Codes[entry] = adm1 == null ? null : interned.computeIfAbsent(adm1, k -> k);
      adm1Entries[entry] = -1;
      return entry;
    }

    void name(String name, int entry, NameKind kind) {
      if (name == null || name.isBlank()) {
        return;
      }
      String key = key(name);
      if (key.isEmpty()) {
        return;
      }
      if (nameCount == nameIndex.length) {
        nameIndex = Arrays.copyOf(nameIndex, nameIndex.length * 2);
      }
      nameIndex[nameCount++] = (hash(key) << (ENTRY_BITS + KIND_BITS)) | ((long) kind.ordinal() << ENTRY_BITS) | entry;
    }

    /** The first-order division of that name in that country (alpha-3), or -1. */
    int divisionNamed(String name, String iso3) {
      if (iso3 == null) {
        return -1;
      }
      for (int entry = 0; entry < size; entry++) {
        if (countries[entry] >= 0 && codeTable.get(featureCodes[entry]).endsWith("ADM1")
            && iso3.equals(countryTable.get(countries[entry])) && key(names[entry]).equals(key(name))) {
          return entry;
        }
      }
      return -1;
    }

    /** Whether a country, division or continent of that name (in that country, when given) is already held. */
    boolean hasEntryNamed(String name, String iso3) {
      if (heldNames == null) {
        heldNames = new HashSet<>();
        for (int entry = 0; entry < size; entry++) {
          String code = codeTable.get(featureCodes[entry]);
          if (code.endsWith("PCLI") || code.endsWith("ADM1") || code.endsWith("CONT")) {
            heldNames.add(key(names[entry]) + "|" + (countries[entry] < 0 ? "" : countryTable.get(countries[entry])));
          }
          if (code.endsWith("PCLI") || code.endsWith("CONT")) {
            // a region across countries (a sea) stays beside a division of the same name ("Red Sea", Sudan)
            heldNames.add(key(names[entry]) + "|*");
          }
        }
      }
      return heldNames.contains(key(name) + "|" + (iso3 == null ? "*" : iso3));
    }
  }
}
