package org.dyad.pipeline.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Span;
import org.dyad.pipeline.nlp.AnnotatedArticle;
import org.dyad.pipeline.nlp.Sentence;
import org.dyad.pipeline.resolve.ActorMention;
import org.dyad.pipeline.resolve.Resolution;
import org.dyad.pipeline.resolve.ResolvedArticle;

/**
 * A stand-in actor resolver for quote tests: runs of PERSON, ORGANIZATION and LOCATION tokens
 * become mentions; people with the same last name are one actor; a location is a country.
 */
final class NerTestResolver {

  private NerTestResolver() {}

  static ResolvedArticle resolve(AnnotatedArticle annotated) {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<ActorMention> mentions = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      int t = 0;
      while (t < sentence.size()) {
        String ner = sentence.token(t).ner();
        if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION") && !ner.equals("LOCATION")) {
          t++;
          continue;
        }
        int end = t + 1;
        while (end < sentence.size() && sentence.token(end).ner().equals(ner)) {
          end++;
        }
        String surface = sentence.text(annotated.text(), t, end);
        String key = ner.equals("PERSON") ? "person:" + sentence.token(end - 1).text() : ner + ":" + surface;
        String id = ids.computeIfAbsent(key, k -> "a" + (ids.size() + 1));
        kinds.put(id, ner.equals("PERSON") ? "person" : ner.equals("ORGANIZATION") ? "organization" : "country");
        if (!names.containsKey(id) || names.get(id).length() < surface.length()) {
          names.put(id, surface);
        }
        int start = sentence.token(t).start();
        int stop = sentence.token(end - 1).end();
        spans.computeIfAbsent(id, k -> new ArrayList<>()).add(new Span(start, stop, surface));
        mentions.add(new ActorMention(id, sentence.index(), t, end, start, stop, surface));
        t = end;
      }
    }
    List<Actor> actors = new ArrayList<>();
    for (String id : names.keySet()) {
      actors.add(new Actor(id, names.get(id), List.of(), kinds.get(id), null, null, null, null, spans.get(id)));
    }
    return new ResolvedArticle(annotated, new Resolution(actors, mentions), List.of(), List.of(), null);
  }
}
