package org.dyad.pipeline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.pipeline.knowledge.DataLines;

/**
 * Enhances the basic Universal Dependencies parse of a Spanish sentence the way CoreNLP's
 * enhanced++ conversion does for English, so that the stages read one kind of graph whatever the
 * language:
 * <ul>
 *   <li>an oblique or nominal modifier carries its preposition: the relation is subtyped with the
 *       preposition's role label, which is the English preposition of that role ("con Rusia" is
 *       {@code obl:with}, "contra el Gobierno" {@code obl:against}, "de Rusia" on a noun {@code
 *       nmod:of}); a multi-word preposition ("en contra de", "a través de") has one label; "por"
 *       in a passive clause names the agent ({@code obl:agent}); the labels are data, {@code
 *       spanish-relations.txt} beside this class;
 *   <li>a possessive determiner ("su", "sus") is {@code nmod:poss}, as "its" is in English;
 *   <li>coordination is subtyped by its conjunction ({@code conj:and}, {@code conj:or}, {@code
 *       conj:but}); a coordinated verb without a subject of its own takes the first verb's
 *       subject; an open complement ("amenazó con expulsar") takes its governor's subject as
 *       {@code nsubj:xsubj}; a clause introduced by "si" is {@code advcl:if}.
 * </ul>
 */
final class SpanishRelations {

  private static final String RESOURCE = "/org/dyad/pipeline/nlp/spanish-relations.txt";
  private static volatile SpanishRelations shared;

  private final Map<String, String> prepositions;
  private final Map<String, String> obliques;
  private final Map<String, String> conjunctions;
  private final Map<String, String> clauseMarks;
  private final Set<String> possessives;

  private SpanishRelations(Map<String, String> prepositions, Map<String, String> obliques,
      Map<String, String> conjunctions, Map<String, String> clauseMarks, Set<String> possessives) {
    this.prepositions = Map.copyOf(prepositions);
    this.obliques = Map.copyOf(obliques);
    this.conjunctions = Map.copyOf(conjunctions);
    this.clauseMarks = Map.copyOf(clauseMarks);
    this.possessives = Set.copyOf(possessives);
  }

  static SpanishRelations shared() {
    SpanishRelations local = shared;
    if (local == null) {
      synchronized (SpanishRelations.class) {
        local = shared;
        if (local == null) {
          local = load();
          shared = local;
        }
      }
    }
    return local;
  }

  /** The enhanced edges of one sentence from its basic ones ({@code tokens} give the words). */
  List<Dependency> enhance(List<Token> tokens, List<Dependency> basic) {
    basic = passives(tokens, basic);
    Map<Integer, List<Dependency>> children = new HashMap<>();
    for (Dependency d : basic) {
      children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
    }
    Set<Integer> passive = new HashSet<>();
    for (Dependency d : basic) {
      if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) {
        passive.add(d.governor());
      }
    }
    List<Dependency> out = new ArrayList<>(basic.size() + 8);
    for (Dependency d : basic) {
      String relation = d.relation();
      String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
      int dependent = d.dependent();
      if ((relation.equals("obl") || relation.equals("nmod") || relation.equals("obl:arg")) && dependent >= 0) {
        String preposition = preposition(tokens, children, dependent);
        String head = relation.equals("obl:arg") ? "obl" : relation;
        String label = preposition == null ? null
            : head.equals("obl") && obliques.containsKey(preposition) ? obliques.get(preposition) : prepositions.get(preposition);
        if (label != null) {
          if (preposition.equals("por") && head.equals("obl") && passive.contains(d.governor())) {
            label = "agent";
          }
          relation = head + ":" + label;
        }
      } else if (base.equals("det") && possessives.contains(SpanishLemmatizer.fold(tokens.get(dependent).text()))) {
        relation = "nmod:poss";
      } else if (relation.equals("conj")) {
        String conjunction = conjunction(tokens, children, dependent);
        if (conjunction != null) {
          relation = "conj:" + conjunction;
        }
      } else if (relation.equals("advcl")) {
        String mark = mark(tokens, children, dependent);
        if ("to".equals(mark) && !tokens.get(dependent).pos().equals("VB")) {
          mark = null; // "para que liberen a los rehenes": a finite clause keeps its own (dropped) subject
        }
        if (mark != null) {
          relation = "advcl:" + mark;
        }
      }
      out.add(relation.equals(d.relation()) ? d : new Dependency(relation, d.governor(), dependent));
    }
    addPropagatedSubjects(tokens, basic, children, out);
    addQuantifiedHeads(out);
    return out;
  }

  /**
   * "decenas de miles de israelíes": the parser hangs "miles" on "decenas" as a number and the
   * people on "miles"; the people are also an nmod:of of the head noun, as in "miles de israelíes",
   * so that the phrase names them.
   */
  private static void addQuantifiedHeads(List<Dependency> out) {
    List<Dependency> added = new ArrayList<>();
    for (Dependency number : out) {
      if (!number.relation().equals("nummod") || number.governor() < 0) {
        continue;
      }
      for (Dependency of : out) {
        if (of.relation().equals("nmod:of") && of.governor() == number.dependent()) {
          added.add(new Dependency("nmod:of", number.governor(), of.dependent()));
        }
      }
    }
    out.addAll(added);
  }

  /**
   * The passive of "ser" + participle, which the parser labels as an auxiliary and a subject
   * ("una persona fue secuestrada por guerrilleros"): aux:pass, nsubj:pass, and the "por" phrase as
   * the agent ({@code obl:agent}, whatever relation the parser gave it).
   */
  private static List<Dependency> passives(List<Token> tokens, List<Dependency> basic) {
    Set<Integer> passive = new HashSet<>();
    for (Dependency d : basic) {
      if ((d.relation().startsWith("aux") || d.relation().equals("cop")) && d.governor() >= 0 && d.dependent() >= 0
          && tokens.get(d.dependent()).lemma().equals("ser") && tokens.get(d.governor()).pos().equals("VBN")) {
        passive.add(d.governor());
      }
    }
    if (passive.isEmpty()) {
      return basic;
    }
    Set<Integer> byPhrases = new HashSet<>();
    for (Dependency d : basic) {
      if (d.relation().equals("case") && SpanishLemmatizer.fold(tokens.get(d.dependent()).text()).equals("por")) {
        byPhrases.add(d.governor());
      }
    }
    List<Dependency> out = new ArrayList<>(basic.size());
    for (Dependency d : basic) {
      String relation = d.relation();
      if (passive.contains(d.governor())) {
        if ((relation.equals("aux") || relation.equals("cop")) && tokens.get(d.dependent()).lemma().equals("ser")) {
          relation = "aux:pass";
        } else if (relation.equals("nsubj")) {
          relation = "nsubj:pass";
        } else if ((relation.equals("obl") || relation.equals("obj") || relation.equals("nmod"))
            && byPhrases.contains(d.dependent())) {
          relation = "obl:agent";
        }
      }
      out.add(relation.equals(d.relation()) ? d : new Dependency(relation, d.governor(), d.dependent()));
    }
    return out;
  }

  /** nsubj for a coordinated verb without one; nsubj:xsubj for an open complement. */
  private static void addPropagatedSubjects(List<Token> tokens, List<Dependency> basic,
      Map<Integer, List<Dependency>> children, List<Dependency> out) {
    for (Dependency d : basic) {
      if (d.governor() < 0 || d.dependent() < 0) {
        continue;
      }
      boolean coordinated = d.relation().equals("conj") && tokens.get(d.governor()).isVerb()
          && tokens.get(d.dependent()).isVerb();
      boolean open = d.relation().equals("xcomp");
      if (!coordinated && !open || hasSubject(children, d.dependent())) {
        continue;
      }
      for (Dependency s : children.getOrDefault(d.governor(), List.of())) {
        if (s.relation().equals("nsubj") || coordinated && s.relation().equals("nsubj:pass")) {
          out.add(new Dependency(open ? "nsubj:xsubj" : s.relation(), d.dependent(), s.dependent()));
        }
      }
    }
  }

  private static boolean hasSubject(Map<Integer, List<Dependency>> children, int token) {
    for (Dependency c : children.getOrDefault(token, List.of())) {
      if (c.relation().startsWith("nsubj") || c.relation().startsWith("csubj")) {
        return true;
      }
    }
    return false;
  }

  /** The folded preposition of a nominal: its case word with the fixed words after it ("en contra de"). */
  private static String preposition(List<Token> tokens, Map<Integer, List<Dependency>> children, int nominal) {
    for (Dependency c : children.getOrDefault(nominal, List.of())) {
      if (!c.relation().equals("case")) {
        continue;
      }
      StringBuilder words = new StringBuilder(word(tokens, c.dependent()));
      for (Dependency f : children.getOrDefault(c.dependent(), List.of())) {
        if (f.relation().equals("fixed")) {
          words.append(' ').append(word(tokens, f.dependent()));
        }
      }
      String found = words.toString();
      if (found.equals("al")) {
        return "a";
      }
      if (found.equals("del")) {
        return "de";
      }
      return found;
    }
    return null;
  }

  private String conjunction(List<Token> tokens, Map<Integer, List<Dependency>> children, int conjunct) {
    for (Dependency c : children.getOrDefault(conjunct, List.of())) {
      if (c.relation().equals("cc")) {
        return conjunctions.get(word(tokens, c.dependent()));
      }
    }
    return null;
  }

  private String mark(List<Token> tokens, Map<Integer, List<Dependency>> children, int clause) {
    for (Dependency c : children.getOrDefault(clause, List.of())) {
      if (c.relation().equals("mark")) {
        String label = clauseMarks.get(word(tokens, c.dependent()));
        if (label != null) {
          return label;
        }
      }
    }
    return null;
  }

  private static String word(List<Token> tokens, int i) {
    return SpanishLemmatizer.fold(tokens.get(i).text());
  }

  static SpanishRelations load() {
    try (InputStream in = SpanishRelations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, String> prepositions = new HashMap<>();
      Map<String, String> obliques = new HashMap<>();
      Map<String, String> conjunctions = new HashMap<>();
      Map<String, String> marks = new HashMap<>();
      Set<String> possessives = new HashSet<>();
      for (DataLines.Line data : DataLines.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        int number = data.number();
        String content = data.content();
        int space = content.indexOf(' ');
        String kind = space < 0 ? content : content.substring(0, space);
        String rest = space < 0 ? "" : content.substring(space + 1).trim();
        String where = "spanish-relations.txt:" + number;
        if (kind.equals("possessive")) {
          for (String w : rest.split("\\s+")) {
            possessives.add(SpanishLemmatizer.fold(w));
          }
          continue;
        }
        String[] pair = rest.split("\\s*=\\s*");
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
          throw new IllegalArgumentException(where + ": expected 'KIND words = label', got '" + content + "'");
        }
        String words = SpanishLemmatizer.fold(pair[0].trim().replaceAll("\\s+", " "));
        String label = pair[1].trim();
        switch (kind) {
          case "preposition" -> prepositions.put(words, label);
          case "oblique" -> obliques.put(words, label);
          case "conjunction" -> conjunctions.put(words, label);
          case "mark" -> marks.put(words, label);
          default -> throw new IllegalArgumentException(where + ": unknown kind '" + kind
              + "' (preposition, oblique, conjunction, mark or possessive)");
        }
      }
      return new SpanishRelations(prepositions, obliques, conjunctions, marks, possessives);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
