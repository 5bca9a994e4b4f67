package org.dyad.pipeline.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * World capitals, major cities and well-known regions with their country and approximate
 * coordinates, read once from {@code org/dyad/knowledge/places.tsv}. Immutable and thread-safe.
 */
public final class Gazetteer {

  static final String RESOURCE = "/org/dyad/knowledge/places.tsv";

  private final List<Place> places;
  private final List<Place> matchable;
  private final Map<String, Place> byKey;
  private final Map<String, List<Place>> allByKey;

  private Gazetteer(List<Place> places, List<Place> matchable) {
    this.places = List.copyOf(places);
    this.matchable = List.copyOf(matchable);
    Map<String, Place> index = new LinkedHashMap<>();
    for (Place p : places) {
      index.putIfAbsent(Phrases.key(p.name()), p);
    }
    for (Place p : places) {
      for (String alias : p.aliases()) {
        index.putIfAbsent(Phrases.key(alias), p);
      }
    }
    this.byKey = Collections.unmodifiableMap(index);
    Map<String, List<Place>> all = new LinkedHashMap<>();
    for (Place p : places) {
      List<String> names = new ArrayList<>(p.aliases());
      names.add(0, p.name());
      for (String name : names) {
        List<Place> same = all.computeIfAbsent(Phrases.key(name), k -> new ArrayList<>());
        if (!same.contains(p)) {
          same.add(p);
        }
      }
    }
    all.replaceAll((k, v) -> List.copyOf(v));
    this.allByKey = Collections.unmodifiableMap(all);
  }

  /** The gazetteer bundled with Dyad, loaded on first use. */
  public static Gazetteer shared() {
    return Holder.INSTANCE;
  }

  /** The place of that name or alias (case-, accent- and spacing-insensitive), if known. */
  public Optional<Place> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = Phrases.key(name);
    Place p = byKey.get(key);
    if (p == null && key.startsWith("the ")) {
      p = byKey.get(key.substring(4));
    }
    return Optional.ofNullable(p);
  }

  /**
   * Every place of that name or alias, the one {@link #lookup} gives first: "Tripoli" is Libya's
   * capital and a city of Lebanon. Empty when none.
   */
  public List<Place> lookupAll(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String key = Phrases.key(name);
    List<Place> p = allByKey.get(key);
    if (p == null && key.startsWith("the ")) {
      p = allByKey.get(key.substring(4));
    }
    return p == null ? List.of() : p;
  }

  /** The national capital of a country, if known. */
  public Optional<Place> capitalOf(String iso3) {
    for (Place p : places) {
      if (p.isCapital() && iso3 != null && iso3.equals(p.country())) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public List<Place> places() {
    return places;
  }

  /** Places whose names are safe to match in running text. */
  List<Place> matchable() {
    return matchable;
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  static Gazetteer load() {
    List<Place> all = new ArrayList<>();
    List<Place> matchable = new ArrayList<>();
    for (String[] row : Tsv.read(RESOURCE)) {
      Place place = new Place(row[0], Tsv.orNull(row[1]), Double.parseDouble(row[2]), Double.parseDouble(row[3]), row[4],
          Tsv.list(row[5]));
      all.add(place);
      if (!"no".equals(row[6])) {
        matchable.add(place);
      }
    }
    return new Gazetteer(all, matchable);
  }
}
