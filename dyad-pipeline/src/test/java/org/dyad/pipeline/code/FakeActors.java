package org.dyad.pipeline.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Location;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * A hand-written stand-in for the actor resolver and time normaliser in coder tests: actors are
 * declared with the surface forms that name them, and mentions are exact token-sequence matches.
 */
final class FakeActors {

  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, String> surfaces = new LinkedHashMap<>();
  private final List<String[]> times = new ArrayList<>();
  private final Map<String, Location> places = new LinkedHashMap<>();

  /**
   * A political actor (the coder codes only acts of political actors): a person or an organisation
   * gets the government sector, a group the rebels', unless declared otherwise with {@link #privateActor}.
   */
  FakeActors actor(String id, String name, String kind, String country, String... forms) {
    String sector = switch (kind) {
      case "person", "organization" -> "GOV";
      case "group" -> "REB";
      default -> null;
    };
    return actor(id, name, kind, country, sector, forms);
  }

  /** An actor with no political sector: a private person, a team, a company in its own business. */
  FakeActors privateActor(String id, String name, String kind, String country, String... forms) {
    return actor(id, name, kind, country, null, forms);
  }

  FakeActors actor(String id, String name, String kind, String country, String sector, String[] forms) {
    return register(new Actor(id, name, List.of(forms), kind, country, sector, country, null, List.of()), forms);
  }

  /** A place of a known country that has no actor code of its own ("Crimea"). */
  FakeActors uncodedPlace(String id, String name, String country, String... forms) {
    return register(new Actor(id, name, List.of(forms), "location", country, null, null, null, List.of()), forms);
  }

  private FakeActors register(Actor actor, String[] forms) {
    actors.put(actor.id(), actor);
    surfaces.put(actor.name(), actor.id());
    for (String form : forms) {
      surfaces.put(form, actor.id());
    }
    return this;
  }

  /** A person holding {@code role} in the government of {@code country}. */
  FakeActors official(String id, String name, String country, String role, String... forms) {
    return register(new Actor(id, name, List.of(forms), "person", country, "GOV", country + "GOV", role, List.of(), null), forms);
  }

  FakeActors time(String text, String value) {
    times.add(new String[] {text, value});
    return this;
  }

  FakeActors place(String name, String country, double lat, double lon) {
    places.put(name, new Location(name, country, lat, lon));
    return this;
  }

  PlaceLookup places() {
    return places::get;
  }

  ResolvedArticle resolve(AnnotatedArticle annotated) {
    List<ActorMention> mentions = new ArrayList<>();
    String text = annotated.text();
    for (Sentence sentence : annotated.sentences()) {
      int i = 0;
      while (i < sentence.size()) {
        int matchedEnd = -1;
        String matchedId = null;
        for (Map.Entry<String, String> surface : surfaces.entrySet()) {
          int end = matchEnd(text, sentence, i, surface.getKey());
          if (end > matchedEnd) {
            matchedEnd = end;
            matchedId = surface.getValue();
          }
        }
        if (matchedId != null) {
          int start = sentence.token(i).start();
          int endChar = sentence.token(matchedEnd - 1).end();
          mentions.add(new ActorMention(matchedId, sentence.index(), i, matchedEnd, start, endChar, text.substring(start, endChar)));
          i = matchedEnd;
        } else {
          i++;
        }
      }
    }
    List<TimeExpression> found = new ArrayList<>();
    for (String[] time : times) {
      int at = text.indexOf(time[0]);
      while (at >= 0) {
        found.add(new TimeExpression(time[0], time[1], at, at + time[0].length()));
        at = text.indexOf(time[0], at + 1);
      }
    }
    return new ResolvedArticle(annotated, new Resolution(new ArrayList<>(actors.values()), mentions), found, List.of(),
        LocalDate.of(2021, 10, 15));
  }

  /** The token end index when the surface form starts at token {@code first}, else -1. */
  private static int matchEnd(String text, Sentence sentence, int first, String surface) {
    int start = sentence.token(first).start();
    if (!text.startsWith(surface, start)) {
      return -1;
    }
    int end = start + surface.length();
    for (int j = first; j < sentence.size(); j++) {
      if (sentence.token(j).end() == end) {
        return j + 1;
      }
      if (sentence.token(j).end() > end) {
        return -1;
      }
    }
    return -1;
  }
}
