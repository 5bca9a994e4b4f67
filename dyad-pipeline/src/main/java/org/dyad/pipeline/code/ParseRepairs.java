package org.dyad.pipeline.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.pipeline.nlp.Dependency;

/**
 * Stage 8, parse repairs: the places where the coder works around a frequent CoreNLP misparse
 * rather than reading the parse as it stands. Each method recognises one misparse and says what
 * the parse should have said (a token index, or whether the misparse is there); the stages that
 * read the parse call them at the point the misparse would mislead them. They read the parse and
 * the word classes only, never actors. {@link DayParticipleRepair} is the one repair that rewrites
 * edges before anything reads them; {@link DateReader#timeAnchor} is another, kept with the dates.
 */
final class ParseRepairs {

  private final ParseGraph graph;
  private final PredicateDictionary dictionary;
  private final Lexicon words;

  ParseRepairs(ParseGraph graph, PredicateDictionary dictionary, Lexicon words) {
    this.graph = graph;
    this.dictionary = dictionary;
    this.words = words;
  }

  /** A word tagged as a noun the parse uses as a verb ("they would blockade Paris"): subject, auxiliary and a verb entry. */
  boolean mistaggedVerb(int i) {
    return graph.token(i).isNoun() && !graph.token(i).isProperNoun() && graph.hasChild(i, "nsubj")
        && graph.hasChild(i, "aux") && graph.children(i, "cop").isEmpty() && !dictionary.verbs(graph.lemma(i)).isEmpty();
  }

  /**
   * "Peskov said Japan was 'dragging itself into a conflict that does not concern it' and warned
   * that ...": the parser hangs the second speech verb inside the quoted relative clause, with
   * the relative pronoun as its subject; the speaker is the subject of the speech verb above,
   * which this returns (-1 when the verb has no relative-pronoun subject or no speech verb above).
   */
  int misattachedSpeaker(int verb) {
    boolean relativeSubject = false;
    for (int subject : graph.children(verb, "nsubj")) {
      String word = graph.token(subject).text().toLowerCase(Locale.ROOT);
      relativeSubject |= word.equals("that") || word.equals("which");
    }
    if (!relativeSubject) {
      return -1;
    }
    int node = verb;
    for (int steps = 0; steps < 6; steps++) {
      Dependency up = graph.parent(node);
      if (up == null) {
        return -1;
      }
      node = up.governor();
      if (graph.token(node).isVerb() && words.speechVerbs().contains(graph.lemma(node))) {
        return node;
      }
    }
    return -1;
  }

  /**
   * "rejected North Korea's demand to sever the alliance" parsed as "rejected [demand to sever]":
   * an infinitive has no subject of its own, so its "subject" noun is the coded verb's object. The
   * event nouns so misread below {@code verb}.
   */
  List<Integer> misparsedObjectNouns(int verb) {
    List<Integer> nouns = new ArrayList<>();
    for (int clause : graph.children(verb, "ccomp")) {
      boolean infinitive = false;
      for (Dependency d : graph.children(clause)) {
        infinitive |= (d.relation().equals("mark") || d.relation().equals("dep")) && graph.token(d.dependent()).text().equals("to")
            && d.dependent() < clause;
      }
      if (!infinitive) {
        continue;
      }
      for (int noun : graph.children(clause, "nsubj")) {
        if (graph.token(noun).isNoun() && noun < clause && !dictionary.nouns(graph.lemma(noun)).isEmpty()) {
          nouns.add(noun);
        }
      }
    }
    return nouns;
  }

  /**
   * "issued arrest warrants for three suspects sought over ...", parsed with "sought" as a clause whose
   * subject is "warrants": a verb without an object whose unmarked complement clause has as
   * subject a noun standing between them is the verb's object, a reduced relative misread
   * (with one of {@code lemmas}, or any noun when null).
   */
  Integer misparsedObject(int verb, Set<String> lemmas) {
    if (!graph.children(verb, "obj").isEmpty()) {
      return null;
    }
    for (int clause : graph.children(verb, "ccomp")) {
      if (clause < verb || !graph.children(clause, "mark").isEmpty() || !graph.children(clause, "aux").isEmpty()
          || words.speechVerbs().contains(graph.lemma(clause))) {
        continue; // "..., a spokesman said": the speaker, not a misread object
      }
      for (int subject : graph.children(clause, "nsubj")) {
        if (subject > verb && subject < clause && graph.token(subject).isNoun()
            && (lemmas == null || lemmas.contains(graph.lemma(subject)))) {
          return subject;
        }
      }
    }
    return null;
  }

  /**
   * A second object set off by a comma after the verb's first object ("made the announcement
   * ..., the first visit by ..."): a misparsed apposition, not the light verb's own noun.
   */
  boolean appendedObject(int verb, int object) {
    for (int first : graph.children(verb, "obj")) {
      if (first < object) {
        for (int p : graph.children(verb, "punct")) {
          if (p > first && p < object) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "said it will send", parsed with "it" as the speech verb's object and the clause as a loose
   * dependent without subject: the pronoun is the clause's subject, and stands for the speaker.
   */
  boolean pronounObjectAsSubject(int speech, int clause) {
    if (!graph.token(speech).isVerb() || !words.speechVerbs().contains(graph.lemma(speech)) || graph.hasChild(clause, "nsubj")
        || graph.children(clause, "aux").isEmpty()) {
      return false;
    }
    for (int object : graph.children(speech, "obj")) {
      String word = graph.token(object).text().toLowerCase(Locale.ROOT);
      if (object > speech && object < clause && (word.equals("it") || word.equals("they") || word.equals("we"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A speech verb the parse hangs below the clause it reports ("came as Egypt announced it would
   * release ...", read as "release" governing "announced"): a speech verb with a subject but no
   * complement or object of its own among the clause's adjuncts; -1 when there is none.
   */
  int speakerBelow(int verb) {
    for (Dependency d : graph.children(verb)) {
      String relation = d.relation();
      int child = d.dependent();
      if ((relation.equals("advcl") || relation.equals("advcl:as") || relation.equals("parataxis") || relation.equals("dep"))
          && graph.token(child).isVerb() && words.speechVerbs().contains(graph.lemma(child)) && graph.hasChild(child, "nsubj")
          && graph.children(child, "ccomp").isEmpty() && graph.children(child, "obj").isEmpty()
          && graph.children(child, "xcomp").isEmpty()) {
        return child;
      }
    }
    return -1;
  }

  /**
   * A past participle without auxiliary or object that the parse hangs below another word as a
   * complement with a subject ("a leader of the party jailed two years ago"): a reduced passive
   * whose "subject" is the one the act was done to.
   */
  boolean bareParticiple(int verb) {
    Dependency up = graph.parent(verb);
    if (!graph.token(verb).pos().equals("VBN") || up == null || !graph.children(verb, "aux").isEmpty()
        || !graph.children(verb, "aux:pass").isEmpty() || !graph.children(verb, "obj").isEmpty()) {
      return false;
    }
    return up.relation().equals("xcomp") || up.relation().equals("acl"); // not a main clause tagged VBN ("rebels surrendered, X said")
  }

  /**
   * "X was quoted as saying ...", parsed without the saying: the passive "quoted" when {@code up}
   * hangs a clause on it (its subject is the speaker), else -1.
   */
  int quotingVerb(Dependency up) {
    if (up == null || !up.baseRelation().equals("advcl") || !graph.lemma(up.governor()).equals("quote")) {
      return -1;
    }
    return up.governor();
  }

  /**
   * A control noun the parser made the subject of an infinitive ("Germany's refusal to accept
   * the plan", "the decision to withdraw" read as refusal/decision doing the accepting): the
   * noun governs the infinitive's stance as it does when it is parsed as the infinitive's head.
   */
  ControlVerb controlNounSubject(int node) {
    if (!graph.hasMark(node, "to") || !graph.children(node, "aux").isEmpty()) {
      return null;
    }
    for (int subject : graph.children(node, "nsubj")) {
      if (graph.token(subject).isNoun() && !graph.token(subject).isProperNoun()) {
        ControlVerb control = dictionary.control(graph.lemma(subject));
        if (control != null) {
          return control;
        }
      }
    }
    return null;
  }

  /**
   * "Ukraine said a drone was launched at it": without "that", the parser can take the speech
   * verb for the clausal subject of the participle ({@code csubj:pass(fired, said)}, with the
   * clause's subject as the object of "said"). A speech verb with a subject of its own, standing
   * before {@code verb} as its clausal subject, is the verb that reports it; -1 when there is none.
   */
  static int misparsedSpeech(ParseGraph graph, int verb, Set<String> speechVerbs) {
    for (Dependency d : graph.children(verb)) {
      int said = d.dependent();
      Dependency own = graph.parent(said);
      if (d.baseRelation().equals("csubj") && own != null && own.governor() == verb && said < verb && graph.token(said).isVerb()
          && speechVerbs.contains(graph.lemma(said)) && graph.hasChild(said, "nsubj")) {
        return said;
      }
    }
    return -1;
  }
}
