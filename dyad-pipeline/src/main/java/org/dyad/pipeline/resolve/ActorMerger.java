package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.pipeline.knowledge.DictionaryActor;
import org.dyad.pipeline.knowledge.KnowledgeBase;
import org.dyad.pipeline.knowledge.KnownPerson;

/**
 * Merges the candidates of one article into actors: one actor per merge key; people by name (a
 * surname or first name alone joins the latest full name that has it; a full name arriving after
 * its surname takes the surname's actor over). Actor ids a1, a2, ... follow first mentions.
 */
final class ActorMerger {

  private ActorMerger() {}

  /**
   * @param knowledge where well-known people are looked up (country, sector, role on {@code date}
   *     when the text does not say)
   * @param date the article's date, or null
   */
  static Resolution merge(List<ActorCandidate> candidates, KnowledgeBase knowledge, LocalDate date) {
    List<ActorCandidate> keyed = keyPeople(candidates);
    Map<String, List<ActorCandidate>> byKey = new LinkedHashMap<>();
    for (ActorCandidate c : keyed) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    byKey = titlesToNames(byKey);
    byKey = sameNames(byKey);
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    Map<String, ActorDating> dating = new LinkedHashMap<>();
    int number = 0;
    for (List<ActorCandidate> group : byKey.values()) {
      String id = "a" + (++number);
      actors.add(actor(id, group, knowledge, date, dating));
      for (ActorCandidate c : group) {
        mentions.add(new ActorMention(id, c.sentence(), c.firstToken(), c.endToken(), c.start(), c.end(), c.text()));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Resolution(actors, mentions, dating);
  }

  /**
   * "Pakistan's foreign minister" and "Shah Mahmood Qureshi" (Pakistan, foreign minister) are one
   * person when exactly one named person of the article has that country and role.
   */
  private static Map<String, List<ActorCandidate>> titlesToNames(Map<String, List<ActorCandidate>> byKey) {
    Map<String, String> moves = new LinkedHashMap<>();
    for (Map.Entry<String, List<ActorCandidate>> title : byKey.entrySet()) {
      ActorCandidate first = title.getValue().get(0);
      if (!title.getKey().startsWith("role:") || !"person".equals(first.kind()) || first.role() == null
          || first.country() == null) {
        continue;
      }
      String match = null;
      int matches = 0;
      for (Map.Entry<String, List<ActorCandidate>> person : byKey.entrySet()) {
        if (!person.getKey().startsWith("person:")) {
          continue;
        }
        String country = firstNonNull(person.getValue(), ActorCandidate::country);
        String role = firstNonNull(person.getValue(), ActorCandidate::role);
        if (first.country().equals(country) && first.role().equals(role)) {
          match = person.getKey();
          matches++;
        }
      }
      if (matches == 1) {
        moves.put(title.getKey(), match);
      }
    }
    if (moves.isEmpty()) {
      return byKey;
    }
    List<ActorCandidate> all = new ArrayList<>();
    byKey.values().forEach(all::addAll);
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Map<String, List<ActorCandidate>> out = new LinkedHashMap<>();
    for (ActorCandidate c : all) {
      String key = moves.getOrDefault(c.key(), c.key());
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /**
   * One name, one actor: "Guildford Four" read once as a person and once as a place by NER is one
   * entity. Groups whose names agree (case and spacing aside) merge into the first, unless their
   * codes disagree; the kind is the one most mentions give (the first on a tie).
   */
  private static Map<String, List<ActorCandidate>> sameNames(Map<String, List<ActorCandidate>> byKey) {
    Map<String, String> firstKeyByName = new LinkedHashMap<>();
    Map<String, String> moves = new LinkedHashMap<>();
    for (Map.Entry<String, List<ActorCandidate>> e : byKey.entrySet()) {
      String name = normal(e.getValue().get(0).name());
      String earlier = firstKeyByName.get(name);
      if (earlier == null) {
        firstKeyByName.put(name, e.getKey());
        continue;
      }
      String a = firstNonNull(byKey.get(earlier), ActorCandidate::code);
      String b = firstNonNull(e.getValue(), ActorCandidate::code);
      if (a == null || b == null || a.equals(b)) {
        moves.put(e.getKey(), earlier);
      }
    }
    if (moves.isEmpty()) {
      return byKey;
    }
    Map<String, List<ActorCandidate>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<ActorCandidate>> e : byKey.entrySet()) {
      out.computeIfAbsent(moves.getOrDefault(e.getKey(), e.getKey()), k -> new ArrayList<>()).addAll(e.getValue());
    }
    for (Map.Entry<String, List<ActorCandidate>> e : out.entrySet()) {
      List<ActorCandidate> group = e.getValue();
      group.sort((x, y) -> Integer.compare(x.start(), y.start()));
      String kind = majorityKind(group);
      if (!kind.equals(group.get(0).kind())) {
        ActorCandidate f = group.get(0);
        group.set(0, new ActorCandidate(f.sentence(), f.firstToken(), f.endToken(), f.start(), f.end(), f.text(),
            f.key(), f.name(), kind, f.country(), f.sector(), f.code(), f.role(), f.personName(), f.dictionary()));
      }
    }
    return out;
  }

  private static String majorityKind(List<ActorCandidate> group) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActorCandidate c : group) {
      counts.merge(c.kind(), 1, Integer::sum);
    }
    String best = group.get(0).kind();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static String firstNonNull(List<ActorCandidate> group, Function<ActorCandidate, String> field) {
    for (ActorCandidate c : group) {
      String value = field.apply(c);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static Actor actor(String id, List<ActorCandidate> group, KnowledgeBase knowledge, LocalDate date,
      Map<String, ActorDating> dating) {
    ActorCandidate first = group.get(0);
    String name = first.name();
    String country = null;
    String sector = null;
    String code = null;
    String role = null;
    DictionaryActor dictionary = null;
    int nameWords = 0;
    for (ActorCandidate c : group) {
      if (c.isPersonLike() && lower(c.personName()).size() > nameWords) {
        name = c.name();
        nameWords = lower(c.personName()).size();
      }
      country = country != null ? country : c.country();
      sector = sector != null ? sector : c.sector();
      if (code == null && c.code() != null) {
        code = c.code();
        dictionary = c.dictionary() != null && c.dictionary().hasDatedCodes() ? c.dictionary() : null;
      }
      role = role != null ? role : c.role();
    }
    KnownPerson known = null;
    if (group.stream().anyMatch(ActorCandidate::isPersonLike)) {
      known = knowledge.person(name, date).orElse(null);
      if (known != null && !name.contains(" ")) {
        name = known.name();
      }
    }
    ActorDating dated = new ActorDating(first.kind(), country, sector, code, known, dictionary);
    ActorDating.Coded coded = dated.on(date, role);
    country = coded.country();
    sector = coded.sector();
    code = coded.code();
    role = coded.role();
    if (dated.dependsOnDate()) {
      dating.put(id, dated);
    }
    Set<String> seen = new LinkedHashSet<>();
    seen.add(normal(name));
    List<String> aliases = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (ActorCandidate c : group) {
      if (seen.add(normal(c.text()))) {
        aliases.add(c.text());
      }
      spans.add(new Span(c.start(), c.end(), c.text()));
    }
    return new Actor(id, name, aliases, first.kind(), country, sector, code, role, spans);
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Gives every person candidate the key of its person cluster. */
  private static List<ActorCandidate> keyPeople(List<ActorCandidate> candidates) {
    List<Cluster> clusters = new ArrayList<>();
    List<ActorCandidate> out = new ArrayList<>(candidates.size());
    for (ActorCandidate c : candidates) {
      if (!c.isPerson()) {
        out.add(c);
        continue;
      }
      List<String> name = lower(c.personName());
      Cluster cluster = find(clusters, name);
      if (cluster == null) {
        cluster = new Cluster("person:" + clusters.size(), name);
        clusters.add(cluster);
      } else if (name.size() > cluster.name.size()) {
        cluster.name = name;
      }
      cluster.lastSeen = out.size();
      cluster.mentions++;
      out.add(c.withKey(cluster.key));
    }
    return out;
  }

  /**
   * The person a name stands for: of several full names it fits, the one mentioned most so far (a
   * surname alone is the story's main bearer: "Khan" after "Imran Khan" said thrice and "his lawyer
   * Gohar Khan" once), the latest on a tie.
   */
  private static Cluster find(List<Cluster> clusters, List<String> name) {
    Cluster best = null;
    for (Cluster cluster : clusters) {
      if (sameName(cluster.name, name) && (best == null || cluster.mentions > best.mentions
          || cluster.mentions == best.mentions && cluster.lastSeen > best.lastSeen)) {
        best = cluster;
      }
    }
    return best;
  }

  /**
   * Full names agree when equal, or when one is one word and the other ends (surname) or starts
   * (first name) with it or, being three words or more, holds it inside; when the shorter is the
   * end of a longer one of three words or more (a two-word surname); or when both end alike and
   * their first names agree or one is an initial.
   */
  static boolean sameName(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.size() == 1 || b.size() == 1) {
      List<String> one = a.size() == 1 ? a : b;
      List<String> full = a.size() == 1 ? b : a;
      if (full.get(full.size() - 1).equals(one.get(0)) || full.get(0).equals(one.get(0))) {
        return true;
      }
      // "Lula" in "Luiz Inacio Lula da Silva": a long name is often shortened to an inner name
      return full.size() >= 3 && !PARTICLES.contains(one.get(0)) && full.subList(1, full.size() - 1).contains(one.get(0));
    }
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = a.size() >= b.size() ? b : a;
    if (longer.size() >= 3 && longer.size() > shorter.size()
        && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
      return true; // "Lopez Obrador" of "Andres Manuel Lopez Obrador": a two-word surname
    }
    if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    String x = a.get(0).replace(".", "");
    String y = b.get(0).replace(".", "");
    return x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
  }

  /** Name particles that never stand for a person on their own. */
  private static final Set<String> PARTICLES = Set.of("da", "de", "del", "della", "di", "do", "dos", "das", "la", "le",
      "van", "von", "der", "den", "bin", "ibn", "al", "el", "abu", "y", "e");

  /** Courtesy titles before a name: "Mrs Maguire" is Maguire, and joins "Anne Maguire". */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
      "lady", "madam", "madame", "monsieur", "herr", "frau", "senor", "senora");

  /** The name's words in lower case, without a leading courtesy title (unless that is all there is). */
  static List<String> lower(List<String> name) {
    List<String> out = new ArrayList<>(name.size());
    for (String s : name) {
      String word = s.toLowerCase(Locale.ROOT);
      if (out.isEmpty() && HONORIFICS.contains(word.replace(".", "")) && name.size() > 1) {
        continue;
      }
      out.add(word);
    }
    return out;
  }

  private static final class Cluster {
    final String key;
    List<String> name;
    int lastSeen;
    int mentions;

    Cluster(String key, List<String> name) {
      this.key = key;
      this.name = name;
    }
  }
}
