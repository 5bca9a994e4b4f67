package org.dyad.pipeline.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.LocationMention;
import org.dyad.model.Span;
import org.dyad.pipeline.geo.GeoGazetteer.Candidate;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * The geography of one document: its toponyms found and resolved (the resolve stage), then, after
 * coding, where each event happened and where actors tied to a place are.
 *
 * <p>An event's place is, in this order:
 * <ol>
 *   <li>the place the coder gave it ("arrived in Moscow", "visited Kabul"), resolved in the gazetteer;</li>
 *   <li>a toponym of the event's own clause (the trigger's clause in the dependency parse, without
 *       the clauses it reports or embeds): "shelled villages near Kharkiv";</li>
 *   <li>else a toponym of its sentence, not one inside an infinitive that is not the event's own
 *       ("deported ... to sneak into the US": an aim);</li>
 *   <li>else, for a physical act (roots 17 to 20), the place its target's mention names or its
 *       name begins with ("besieged Hong Kong Polytechnic University");</li>
 *   <li>else the dateline's place when the story is local (the dateline's country is the source's
 *       or the target's) or about the dateline's country (the one its toponyms name most).</li>
 * </ol>
 * A toponym in an apposition describing the source or the target ("The Houthis, militants in
 * Yemen, fired ...") says who they are and does not place the event.
 * A toponym that is the event's source or target country ("Russia accused Ukraine") does not
 * place it, nor does a country named without a locative preposition ("violations by China", "Russia
 * proposed": who acts or owns, not where; "in Ukraine" places) (a place actor does: "shelled villages near Kharkiv"), nor one inside the mention of an
 * actor that is no place ("U.S. officials"), nor an adjective ("Russian"), nor a name the
 * gazetteer lacks. Among several, a place after "in",
 * "near", "at", "outside" comes first, then the most precise (a city before a province before a
 * country), then the nearest to the trigger. The parse is read only where the coder already parsed
 * the sentence. Thread-safe.
 */
public final class EventPlaces {

  private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "around", "inside", "across",
      "into", "on", "off", "over", "from", "throughout", "within", "toward", "towards", "through", "of");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "southern",
      "northern", "eastern", "western", "central");
  private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp", "parataxis", "csubj", "advcl");

  private final ToponymFinder finder;
  private final ToponymResolver resolver;

  public EventPlaces(ToponymFinder finder, ToponymResolver resolver) {
    this.finder = finder;
    this.resolver = resolver;
  }

  /** Over the shared gazetteer (loaded on first use). */
  public static EventPlaces shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final EventPlaces INSTANCE = new EventPlaces(new ToponymFinder(GeoGazetteer.shared()), ToponymResolver.shared());
  }

  /** The toponyms of an annotated document, found and resolved, in text order. */
  public List<ToponymResolver.Resolved> toponyms(AnnotatedArticle article) {
    return resolver.resolve(article.text(), finder.find(article));
  }

  /** The toponyms as the document record's {@code locations}: the resolved ones. */
  public List<LocationMention> locations(String text, List<ToponymResolver.Resolved> toponyms) {
    List<LocationMention> out = new ArrayList<>();
    for (ToponymResolver.Resolved r : toponyms) {
      GeoPlace p = r.place();
      if (p == null) {
        continue;
      }
      ToponymMention m = r.mention();
      out.add(new LocationMention(new Span(m.start(), m.end(), text.substring(m.start(), m.end())), p.name(),
          p.geonameId() > 0 ? p.geonameId() : null, round(p.lat()), round(p.lon()), p.country(), adm1Key(p),
          p.featureClass(), p.featureCode(), p.precision(), r.how()));
    }
    return out;
  }

  /** A gazetteer place as a record's location. */
  public Location location(GeoPlace p) {
    return new Location(p.name(), p.country(), round(p.lat()), round(p.lon()), p.geonameId() > 0 ? p.geonameId() : null,
        adm1Key(p), p.precision());
  }

  private String adm1Key(GeoPlace p) {
    if (p.adm1() == null || p.country() == null || p.isCountry()) {
      return null;
    }
    String iso2 = resolver.gazetteer().iso2(p.country());
    return iso2 == null ? null : iso2 + "." + p.adm1();
  }

  private static Double round(double degrees) {
    return Math.round(degrees * 100_000) / 100_000.0;
  }

  /** The events with their places (an event keeps its id and everything else). */
  public List<Event> placeEvents(ResolvedArticle article, List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    int dateline = ToponymResolver.datelineEnd(article.text());
    int datelineStart = ToponymResolver.datelineStart(article.text());
    for (Event event : events) {
      Location place = place(article, event, datelineStart, dateline);
      out.add(place == event.location() ? event : event.withLocation(place));
    }
    return out;
  }

  private Location place(ResolvedArticle article, Event event, int datelineStart, int dateline) {
    List<ToponymResolver.Resolved> toponyms = article.toponyms();
    List<Sentence> sentences = article.annotated().sentences();
    if (event.location() != null) {
      Location coded = fromCoder(article, event);
      if ("country".equals(coded.precision()) && event.sentence() >= 0 && event.sentence() < sentences.size()) {
        // "negotiations took place there ... talks in Doha": a place of the sentence within the
        // coder's country says more precisely where
        Sentence sentence = sentences.get(event.sentence());
        Set<Integer> actorTokens = actorTokens(article, event);
        for (ToponymResolver.Resolved r : toponyms) {
          ToponymMention m = r.mention();
          if (m.start() >= sentence.start() && m.end() <= sentence.end() && usable(r) && !r.place().isCountry()
              && coded.country() != null && coded.country().equals(r.place().country())
              && !actorTokens.contains(sentence.tokenAt(m.start()))) {
            return location(r.place());
          }
        }
      }
      return coded;
    }
    if (event.sentence() < 0 || event.sentence() >= sentences.size()) {
      return null;
    }
    Sentence sentence = sentences.get(event.sentence());
    Set<Integer> actorTokens = actorTokens(article, event);
    List<ToponymResolver.Resolved> inSentence = new ArrayList<>();
    for (ToponymResolver.Resolved r : toponyms) {
      ToponymMention m = r.mention();
      if (m.start() >= sentence.start() && m.end() <= sentence.end() && usable(r)) {
        int token = sentence.tokenAt(m.start());
        if (token >= 0 && !actorTokens.contains(token)) {
          inSentence.add(r);
        }
      }
    }
    int trigger = sentence.tokenAt(event.trigger().start());
    if (!inSentence.isEmpty()) {
      if (sentence.parsed() && trigger >= 0) {
        int head = clauseHead(sentence, trigger);
        Set<Integer> clause = new HashSet<>();
        collect(sentence, head, clause);
        inSentence.removeIf(r -> describesActor(sentence, r.mention(), ownActorTokens(article, event)));
        ToponymResolver.Resolved best = best(sentence, inSentence, clause, trigger);
        if (best != null) {
          return location(best.place());
        }
        // beyond its own clause, not a toponym of an infinitive that is not the event's own
        // ("deported ... for entering the country to sneak into the US", "voted to speed up aid
        // to civilians in Gaza and demand ..."): an aim, another act, not where this one happened
        inSentence.removeIf(r -> inOtherInfinitive(sentence, r.mention(), trigger));
      }
      ToponymResolver.Resolved best = best(sentence, inSentence, null, trigger);
      if (best != null) {
        return location(best.place());
      }
    }
    Location target = targetPlace(article, event, sentence);
    if (target != null) {
      return target;
    }
    return datelinePlace(article, event, toponyms, datelineStart, dateline);
  }

  /**
   * For a physical act on its target (coercion, assault, fight, mass violence: roots 17 to 20,
   * not administrative sanctions), the place the target's own mention names ("police besieged
   * Hong Kong Polytechnic University"): the act happens where its target is. Not an adjective
   * ("Palestinian civilians": a nationality), not a country actor, null when none.
   */
  private Location targetPlace(ResolvedArticle article, Event event, Sentence sentence) {
    String root = event.cameo().length() >= 2 ? event.cameo().substring(0, 2) : "";
    if (event.target() == null || !(root.equals("18") || root.equals("19") || root.equals("20")
        || root.equals("17") && !event.cameo().startsWith("172"))) {
      return null;
    }
    Actor target = article.resolution().actor(event.target());
    if (target == null || "country".equals(target.kind())) {
      return null;
    }
    GeoPlace best = null;
    for (ActorMention m : article.resolution().mentions()) {
      if (m.sentence() != event.sentence() || !m.actorId().equals(event.target())) {
        continue;
      }
      for (ToponymResolver.Resolved r : article.toponyms()) {
        int token = sentence.tokenAt(r.mention().start());
        if (r.mention().start() < sentence.start() || r.mention().end() > sentence.end() || !usable(r)
            || token < m.firstToken() || token >= m.endToken()) {
          continue;
        }
        if (best == null || rank(r.place()) < rank(best)) {
          best = r.place();
        }
      }
    }
    if (best == null && !"location".equals(target.kind())) {
      best = leadingPlace(target.name());
    }
    return best == null ? null : location(best);
  }

  /**
   * The place a name begins with when the name itself is no toponym ("Hong Kong Polytechnic
   * University", "Kabul Serena Hotel"): the longest leading words that are by their own name a
   * country, a first-order division or a town of 100,000 people or more; null when none.
   */
  GeoPlace leadingPlace(String name) {
    if (name == null) {
      return null;
    }
    String[] words = name.strip().split("\\s+");
    for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
      if (!Character.isUpperCase(words[0].charAt(0))) {
        return null;
      }
      String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
      GeoPlace best = null;
      for (Candidate c : resolver.gazetteer().lookup(phrase)) {
        GeoPlace p = c.place();
        boolean large = p.isCountry() || p.isAdm1() || p.isCity() && p.population() >= 100_000;
        if (c.nameKind() == GeoGazetteer.NameKind.PRIMARY && large
            && (best == null || p.isCountry() && !best.isCountry() || p.population() > best.population() && !best.isCountry())) {
          best = p;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** The dateline's place when the story is local (its country is the source's or the target's), else null. */
  private Location datelinePlace(ResolvedArticle article, Event event, List<ToponymResolver.Resolved> toponyms,
      int datelineStart, int dateline) {
    if (dateline > 0) {
      for (ToponymResolver.Resolved r : toponyms) {
        if (r.mention().start() < datelineStart) {
          continue; // the headline before the dateline ("Esper accuses China ...")
        }
        if (r.mention().end() > dateline || r.place() == null || !usable(r)) {
          continue;
        }
        String country = r.place().country();
        if (country != null && (country.equals(actorCountry(article, event.source()))
            || country.equals(actorCountry(article, event.target())))) {
          return location(r.place());
        }
        if (country != null && country.equals(focusCountry(toponyms))) {
          // a dispatch about the dateline's country: what is said and done there without
          // another place named happens there ("HANOI — ... 'The United States firmly opposes
          // intimidation', Esper said")
          return location(r.place());
        }
        break;
      }
    }
    return null;
  }

  /** The coder's place, resolved in the gazetteer: a toponym of the sentence naming it, else the name's best reading. */
  private Location fromCoder(ResolvedArticle article, Event event) {
    Location given = event.location();
    if (given.name() == null) {
      return given;
    }
    String key = GeoGazetteer.key(given.name());
    List<Sentence> sentences = article.annotated().sentences();
    Sentence sentence = event.sentence() >= 0 && event.sentence() < sentences.size() ? sentences.get(event.sentence()) : null;
    GeoPlace fallback = null;
    for (ToponymResolver.Resolved r : article.toponyms()) {
      if (r.place() == null || !GeoGazetteer.key(r.mention().text()).equals(key) && !GeoGazetteer.key(r.place().name()).equals(key)) {
        continue;
      }
      if (sentence != null && r.mention().start() >= sentence.start() && r.mention().end() <= sentence.end()) {
        return location(r.place());
      }
      if (fallback == null) {
        fallback = r.place();
      }
    }
    if (fallback == null) {
      GeoPlace best = null;
      for (Candidate c : resolver.gazetteer().lookup(given.name())) {
        GeoPlace p = c.place();
        if (given.country() != null && !given.country().equals(p.country())) {
          continue;
        }
        if (best == null || p.isCountry() && !best.isCountry() || p.population() > best.population() && !best.isCountry()) {
          best = p;
        }
      }
      fallback = best;
    }
    return fallback == null ? given : location(fallback);
  }

  /**
   * The best toponym to place an event: within {@code tokens} when given; a place after a locative
   * preposition first, then the most precise, then the nearest to the trigger; null when none.
   */
  private static ToponymResolver.Resolved best(Sentence sentence, List<ToponymResolver.Resolved> candidates,
      Set<Integer> tokens, int trigger) {
    ToponymResolver.Resolved best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (ToponymResolver.Resolved r : candidates) {
      int token = sentence.tokenAt(r.mention().start());
      if (tokens != null && !tokens.contains(token)) {
        continue;
      }
      double score = 0;
      int before = token - 1;
      while (before >= 0 && DETERMINERS.contains(sentence.token(before).lemma().toLowerCase(Locale.ROOT))) {
        before--; // "in the Red Sea", "near the town of X"
      }
      boolean locative = before >= 0 && LOCATIVE.contains(sentence.token(before).lemma().toLowerCase(Locale.ROOT));
      if (locative) {
        score += 100;
      } else if (r.place().isCountry()) {
        continue; // "violations of international law by China", "Russia proposed an amendment": a country named
                  // as who acts or owns says nothing of where; "in Ukraine" does
      }
      score += switch (r.place().precision()) {
        case "city" -> 30;
        case "adm1" -> 20;
        case "region" -> 15; // a sea: "attacks in the Red Sea" rather than the attackers' country
        case "country" -> 10;
        default -> 0;
      };
      score -= Math.abs(token - trigger) / 100.0;
      if (score > bestScore) {
        bestScore = score;
        best = r;
      }
    }
    return best;
  }

  /** The token of a mention whose head lies outside it (the mention's head), or -1. */
  private static int headToken(Sentence sentence, ToponymMention m) {
    int first = sentence.tokenAt(m.start());
    int last = sentence.tokenAt(Math.max(m.start(), m.end() - 1));
    if (first < 0) {
      return -1;
    }
    if (last < first) {
      last = first;
    }
    for (int t = first; t <= last; t++) {
      Dependency up = sentence.parentEdge(t);
      if (up == null || up.governor() < first || up.governor() > last) {
        return t;
      }
    }
    return first;
  }

  /**
   * Whether a toponym lies in an infinitival clause ("to" + verb) that does not govern the
   * trigger; a conjunct does not govern its fellow ("to speed up ... and demand").
   */
  static boolean inOtherInfinitive(Sentence sentence, ToponymMention m, int trigger) {
    Set<Integer> governing = new HashSet<>();
    int current = trigger;
    for (int guard = 0; guard < sentence.size() && current >= 0; guard++) {
      Dependency up = sentence.parentEdge(current);
      if (up == null || up.governor() < 0) {
        break;
      }
      if (up.baseRelation().equals("conj")) {
        Dependency shared = sentence.parentEdge(up.governor());
        current = shared == null ? -1 : shared.governor(); // the conjuncts' common governor
      } else {
        current = up.governor();
      }
      if (current >= 0) {
        governing.add(current);
      }
    }
    governing.add(trigger);
    current = headToken(sentence, m);
    for (int guard = 0; guard < sentence.size() && current >= 0; guard++) {
      if (governing.contains(current)) {
        return false;
      }
      if (sentence.token(current).isVerb() && infinitive(sentence, current)) {
        return true;
      }
      Dependency up = sentence.parentEdge(current);
      current = up == null ? -1 : up.governor();
    }
    return false;
  }

  private static boolean infinitive(Sentence sentence, int verb) {
    for (Dependency d : sentence.children(verb)) {
      if (d.baseRelation().equals("mark") && sentence.token(d.dependent()).lemma().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a toponym sits in an apposition that describes the event's source or target ("The
   * Houthis, militants in Yemen backed by Iran, have fired ..."): it says who they are, not where
   * the act happened.
   */
  private static boolean describesActor(Sentence sentence, ToponymMention m, Set<Integer> actorTokens) {
    if (actorTokens.isEmpty()) {
      return false;
    }
    int current = headToken(sentence, m);
    boolean apposition = false;
    for (int guard = 0; guard < sentence.size() && current >= 0; guard++) {
      if (actorTokens.contains(current)) {
        return apposition;
      }
      Dependency up = sentence.parentEdge(current);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String relation = up.baseRelation();
      if (relation.equals("appos")) {
        apposition = true;
      } else if (!relation.equals("nmod") && !relation.equals("acl") && !relation.equals("compound")
          && !relation.equals("flat") && !relation.equals("amod")) {
        return false;
      }
      current = up.governor();
    }
    return false;
  }

  /** The tokens of the mentions of the event's own source and target (places too: "Kfar Aza, a kibbutz near Gaza"). */
  private static Set<Integer> ownActorTokens(ResolvedArticle article, Event event) {
    Set<Integer> out = new HashSet<>();
    for (ActorMention m : article.resolution().mentions()) {
      if (m.sentence() != event.sentence()
          || !(m.actorId().equals(event.source()) || m.actorId().equals(event.target()))) {
        continue;
      }
      for (int t = m.firstToken(); t < m.endToken(); t++) {
        out.add(t);
      }
    }
    return out;
  }

  /** The head of the clause a token belongs to: up the parse until a clausal relation or the root. */
  private static int clauseHead(Sentence sentence, int token) {
    int current = token;
    for (int guard = 0; guard < sentence.size(); guard++) {
      Dependency up = sentence.parentEdge(current);
      if (up == null || up.governor() < 0) {
        return current;
      }
      String relation = up.baseRelation();
      if (REPORTED_CLAUSES.contains(relation) || relation.equals("acl") || relation.equals("conj")
          && sentence.token(current).isVerb()) {
        return current;
      }
      current = up.governor();
    }
    return current;
  }

  /** The subtree of {@code head}, without the clauses it reports or subordinates. */
  private static void collect(Sentence sentence, int head, Set<Integer> out) {
    if (!out.add(head)) {
      return;
    }
    for (Dependency d : sentence.children(head)) {
      String relation = d.baseRelation();
      if (REPORTED_CLAUSES.contains(relation) || relation.equals("acl") && d.relation().startsWith("acl:relcl")
          || relation.equals("conj") && sentence.token(d.dependent()).isVerb()) {
        continue;
      }
      collect(sentence, d.dependent(), out);
    }
  }

  /**
   * The tokens of the sentence that name the event's source or target, or another actor that is
   * not a place ("U.S. officials", "the Kharkiv governor"): toponyms there describe actors.
   */
  private static Set<Integer> actorTokens(ResolvedArticle article, Event event) {
    Set<Integer> out = new HashSet<>();
    for (ActorMention m : article.resolution().mentions()) {
      if (m.sentence() != event.sentence()) {
        continue;
      }
      Actor actor = article.resolution().actor(m.actorId());
      boolean place = actor != null && "location".equals(actor.kind());
      // the event's own actors do not place it ("Russia accused Ukraine"), except a place that is
      // one ("shelled villages near Kharkiv", "struck Gaza"): that is where it happened
      boolean own = (m.actorId().equals(event.source()) || m.actorId().equals(event.target())) && !place;
      boolean notPlace = actor != null && !"country".equals(actor.kind()) && !place;
      if (own || notPlace) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * The country the document's toponyms name most (a country's name or a place in it counting 1,
   * an adjective half), as the resolver's focus is first found; null when none.
   */
  static String focusCountry(List<ToponymResolver.Resolved> toponyms) {
    java.util.Map<String, Double> weight = new java.util.LinkedHashMap<>();
    for (ToponymResolver.Resolved r : toponyms) {
      if (r.place() == null || r.place().country() == null || r.how() == null || r.how().startsWith("place")) {
        continue;
      }
      weight.merge(r.place().country(), r.mention().found().equals("adjective") ? 0.5 : 1.0, Double::sum);
    }
    return ToponymResolver.heaviest(weight);
  }

  private static String actorCountry(ResolvedArticle article, String actorId) {
    if (actorId == null) {
      return null;
    }
    Actor actor = article.resolution().actor(actorId);
    return actor == null ? null : actor.country();
  }

  /** Whether a toponym may place an event or an actor: resolved by its own name, a place, not an adjective. */
  static boolean usable(ToponymResolver.Resolved r) {
    if (r.place() == null || r.how() == null || r.how().startsWith("place named nearby")
        || r.how().startsWith("place the document is about") || r.mention().found().equals("adjective")) {
      return false;
    }
    return r.place().country() != null || !"CONT".equals(r.place().featureCode());
  }

  /** The events with the places their source and target actors are tied to ({@code actors} placed by {@link #placeActors}). */
  public static List<Event> withActorPlaces(List<Event> events, List<Actor> actors) {
    java.util.Map<String, Location> places = new java.util.HashMap<>();
    for (Actor actor : actors) {
      if (actor.place() != null) {
        places.put(actor.id(), actor.place());
      }
    }
    if (places.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Location source = e.source() == null ? null : places.get(e.source());
      Location target = e.target() == null ? null : places.get(e.target());
      out.add(source == null && target == null ? e : e.withActorPlaces(source, target));
    }
    return out;
  }

  /**
   * The actors with the places they are tied to: a country its own point; a place actor (kind
   * location) its place; a person, group or organisation whose mention names a place ("Kharkiv
   * governor", "the mayor of Kyiv", "a Donetsk militia"), that place.
   */
  public List<Actor> placeActors(ResolvedArticle article, List<Actor> actors) {
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor actor : actors) {
      GeoPlace place = null;
      if ("country".equals(actor.kind()) && actor.country() != null) {
        place = resolver.gazetteer().country(actor.country());
      } else {
        place = mentionedPlace(article, actor);
        if (place == null && "location".equals(actor.kind())) {
          for (Candidate c : resolver.gazetteer().lookup(actor.name())) {
            GeoPlace p = c.place();
            if ((actor.country() == null || actor.country().equals(p.country()))
                && (place == null || p.population() > place.population())) {
              place = p;
            }
          }
        }
      }
      out.add(place == null ? actor : actor.withPlace(location(place)));
    }
    return out;
  }

  /** The most precise toponym inside one of the actor's mentions or just before it, or null. */
  private static GeoPlace mentionedPlace(ResolvedArticle article, Actor actor) {
    GeoPlace best = null;
    for (Span mention : actor.mentions()) {
      for (ToponymResolver.Resolved r : article.toponyms()) {
        boolean adjective = r.place() != null && r.mention().found().equals("adjective") && r.place().country() != null
            && r.how() != null && !r.how().startsWith("place");
        if (!usable(r) && !adjective) {
          continue;
        }
        ToponymMention m = r.mention();
        boolean inside = m.start() >= mention.start() && m.end() <= mention.end();
        boolean before = m.end() <= mention.start() && mention.start() - m.end() <= 2;
        if (!inside && !before) {
          continue;
        }
        if (best == null || rank(r.place()) < rank(best)) {
          best = r.place();
        }
      }
    }
    return best;
  }

  private static int rank(GeoPlace p) {
    return switch (p.precision()) {
      case "city" -> 0;
      case "adm1" -> 1;
      case "country" -> 2;
      default -> 3;
    };
  }
}
