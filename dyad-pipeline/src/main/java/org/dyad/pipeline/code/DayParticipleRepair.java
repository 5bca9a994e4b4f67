package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;
import org.dyad.pipeline.nlp.Sentence;

/**
 * Repairs one frequent misparse of wire-copy lead sentences: "A court on Thursday sentenced Imran
 * Khan to three years" read as a noun phrase, the verb tagged as a participle modifying the name
 * after it ("sentenced Imran Khan" as "the sentenced Khan"). When a bare participle of no
 * dependents of its own stands right after "on" + a day word (or a bare day word) that follows a
 * noun, and modifies a proper name after it, the noun is the verb's subject, the name its object
 * and the day its time: the edges are rewritten so ("court sentenced Khan on Thursday"). The verb
 * takes the noun's place in the sentence (the root, or the complement of a speech verb, as in
 * "..., his lawyer said"). Anything else is returned unchanged.
 */
final class DayParticipleRepair {

  private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight");

  private DayParticipleRepair() {}

  static List<Dependency> repair(Sentence sentence, List<Dependency> edges) {
    for (Dependency amod : edges) {
      if (!amod.relation().equals("amod")) {
        continue;
      }
      int verb = amod.dependent();
      int name = amod.governor();
      int day = verb - 1;
      if (name <= verb || day < 1 || !sentence.token(verb).pos().equals("VBN") || !sentence.token(name).isProperNoun()
          || !DAY_WORDS.contains(sentence.token(day).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int on = sentence.token(day - 1).lemma().equalsIgnoreCase("on") ? day - 1 : -1;
      int subject = on >= 0 ? on - 1 : day - 1;
      if (subject < 0 || !sentence.token(subject).isNoun() || edges.stream().anyMatch(d -> d.governor() == verb)) {
        continue;
      }
      Dependency subjectUp = parentEdge(edges, subject);
      while (subjectUp != null && subjectUp.relation().startsWith("nmod") && subjectUp.governor() >= 0
          && subjectUp.governor() < subject && sentence.token(subjectUp.governor()).isNoun()) {
        subject = subjectUp.governor(); // "a court in Tunis on Thursday sentenced": the court, not Tunis
        subjectUp = parentEdge(edges, subject);
      }
      if (subjectUp == null || subjectUp.governor() == name || subjectUp.governor() == day
          || subjectUp.governor() >= 0 && subjectUp.governor() < subject) {
        continue;
      }
      return rewrite(sentence, edges, subject, on, day, verb, name);
    }
    return edges;
  }

  private static List<Dependency> rewrite(Sentence sentence, List<Dependency> edges, int subject, int on, int day,
      int verb, int name) {
    Set<Dependency> out = new LinkedHashSet<>();
    for (Dependency d : edges) {
      if (d.dependent() == verb) {
        continue; // the participle is no modifier of the name
      }
      if (d.dependent() == subject) {
        boolean underSpeech = d.governor() >= 0 && sentence.token(d.governor()).isVerb();
        out.add(new Dependency(underSpeech ? "ccomp" : d.relation(), d.governor(), verb)); // the verb takes the noun's place
        out.add(new Dependency("nsubj", verb, subject));
      } else if (d.dependent() == day) {
        out.add(new Dependency(on >= 0 ? "obl:on" : "obl:tmod", verb, day)); // "on Thursday" dates the verb
      } else if (d.dependent() == on) {
        out.add(new Dependency("case", day, on));
      } else if (d.dependent() == name) {
        out.add(new Dependency("obj", verb, name));
      } else if (d.governor() == name && d.dependent() > name && d.relation().startsWith("nmod")) {
        out.add(new Dependency(d.relation().replace("nmod", "obl"), verb, d.dependent())); // "to three years"
      } else {
        out.add(d);
      }
    }
    return new ArrayList<>(out);
  }
  private static Dependency parentEdge(List<Dependency> edges, int token) {
    for (Dependency d : edges) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }
}
