package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.model.Actor;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.pipeline.knowledge.KnowledgeBase;

/**
 * Scores coded events against an event gold set. An event is correct when its type (PLOVER type
 * for plover-gsr, CAMEO root for petrarch2-gsr), source and target agree with a gold event of the
 * same record; a gold event without target accepts any target. Only events the text states as
 * happening are scored: negated, requested and hypothetical events are left out (the gold sets
 * code what happened, was said or was promised). Each gold event matches at most one prediction.
 * A PLOVER record naming several sources or targets is read as one gold event per source/target
 * pair (see {@link EventGoldReader#readPlover}), as Dyad codes compound actors.
 * Actors are compared as they stand on the event's date ({@link Event#sourceCode()},
 * {@link Event#targetCode()}) when the event carries those codes.
 */
public final class EventEvaluation {

  /** Which gold set, and so which type and actor codes are compared. */
  public enum Dataset {
    PLOVER_GSR("plover-gsr"), PETRARCH2_GSR("petrarch2-gsr"),
    /** UniversalPetrarch's Spanish validation set (1,018 records), scored as petrarch2-gsr. */
    UNIVERSALPETRARCH_ES("universalpetrarch-es"),
    /** UniversalPetrarch's revised Spanish fight set (v2), scored as petrarch2-gsr. */
    UNIVERSALPETRARCH_ES_FIGHT("universalpetrarch-es-fight");

    private final String label;

    Dataset(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Dataset of(String label) {
      for (Dataset d : values()) {
        if (d.label.equals(label)) {
          return d;
        }
      }
      throw new IllegalArgumentException("unknown event dataset '" + label
          + "' (plover-gsr, petrarch2-gsr, universalpetrarch-es or universalpetrarch-es-fight)");
    }
  }

  private static final String NONE = "NONE";

  private final Dataset dataset;
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private int truePositives;
  private int predicted;
  private int gold;
  private int records;

  public EventEvaluation(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * Adds one gold record and the document record Dyad produced for its text; returns this
   * record's own score (true positives, scored predictions, gold events) for diagnostics.
   */
  public EventScore add(EventGold expected, DocumentRecord output) {
    records++;
    List<Event> scored = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Event event : output.events()) {
      if (event.negated() || "requested".equals(event.modality()) || "hypothetical".equals(event.modality())) {
        continue;
      }
      String type = type(event);
      if (type == null) {
        continue;
      }
      String key = type + "|" + event.source() + "|" + event.target();
      if (!seen.contains(key)) {
        seen.add(key);
        scored.add(event);
      }
    }
    // an event that agrees with a gold event left unscored (coded without source or target) is
    // neither right nor wrong
    boolean[] absorbed = new boolean[expected.unscored().size()];
    List<Event> kept = new ArrayList<>();
    for (Event event : scored) {
      boolean matchesScored = false;
      for (EventGold.GoldEvent goldEvent : expected.events()) {
        matchesScored |= goldEvent.type().equals(type(event)) && actorsAgree(goldEvent, event, output);
      }
      int unscoredMatch = -1;
      for (int i = 0; i < absorbed.length && !matchesScored && unscoredMatch < 0; i++) {
        EventGold.GoldEvent goldEvent = expected.unscored().get(i);
        if (!absorbed[i] && goldEvent.type().equals(type(event)) && partialActorsAgree(goldEvent, event, output)) {
          unscoredMatch = i;
        }
      }
      if (unscoredMatch >= 0) {
        absorbed[unscoredMatch] = true;
      } else {
        kept.add(event);
      }
    }
    scored = kept;
    predicted += scored.size();
    gold += expected.events().size();
    int recordTruePositives = 0;
    boolean[] used = new boolean[scored.size()];
    for (EventGold.GoldEvent goldEvent : expected.events()) {
      int match = -1;
      int sameActors = -1;
      for (int i = 0; i < scored.size(); i++) {
        if (used[i] || !actorsAgree(goldEvent, scored.get(i), output)) {
          continue;
        }
        if (goldEvent.type().equals(type(scored.get(i)))) {
          match = i;
          break;
        }
        if (sameActors < 0) {
          sameActors = i;
        }
      }
      String column;
      if (match >= 0) {
        used[match] = true;
        truePositives++;
        recordTruePositives++;
        column = goldEvent.type();
      } else if (sameActors >= 0) {
        column = type(scored.get(sameActors));
      } else {
        column = NONE;
      }
      count(goldEvent.type(), column);
    }
    for (int i = 0; i < scored.size(); i++) {
      Event event = scored.get(i);
      if (!used[i] && expected.events().stream().noneMatch(g -> actorsAgree(g, event, output))) {
        count("(no gold)", type(event));
      }
    }
    return new EventScore(dataset.label(), recordTruePositives, scored.size(), expected.events().size(), 1);
  }

  private void count(String row, String column) {
    confusion.computeIfAbsent(row, k -> new TreeMap<>()).merge(column, 1, Integer::sum);
  }

  private String type(Event event) {
    if (dataset == Dataset.PLOVER_GSR) {
      return event.plover();
    }
    return event.cameo() == null || event.cameo().length() < 2 ? null : event.cameo().substring(0, 2);
  }

  private boolean actorsAgree(EventGold.GoldEvent goldEvent, Event event, DocumentRecord output) {
    if (!matchesAny(goldEvent.sources(), onEventDate(actor(output, event.source()), event.sourceCode()))) {
      return false;
    }
    return goldEvent.targets().isEmpty()
        || matchesAny(goldEvent.targets(), onEventDate(actor(output, event.target()), event.targetCode()));
  }

  /** For an unscored gold event: the actors it codes agree (an uncoded side accepts anything). */
  private boolean partialActorsAgree(EventGold.GoldEvent goldEvent, Event event, DocumentRecord output) {
    boolean source = goldEvent.sources().isEmpty()
        || matchesAny(goldEvent.sources(), onEventDate(actor(output, event.source()), event.sourceCode()));
    return source && (goldEvent.targets().isEmpty()
        || matchesAny(goldEvent.targets(), onEventDate(actor(output, event.target()), event.targetCode())));
  }

  /**
   * The actor as it stands on the event's date: when the event carries a code for it that differs
   * from the actor's own (a dated role), that code with the country and sector it names.
   */
  static Actor onEventDate(Actor actor, String datedCode) {
    if (actor == null || datedCode == null || datedCode.equals(actor.code())) {
      return actor;
    }
    String head = datedCode.length() >= 3 ? datedCode.substring(0, 3) : datedCode;
    boolean country = KnowledgeBase.builtIn().country(head).isPresent();
    String sector = country ? (datedCode.length() >= 6 ? datedCode.substring(3, 6) : null) : head;
    return new Actor(actor.id(), actor.name(), actor.aliases(), actor.kind(), country ? head : null, sector, datedCode,
        actor.role(), actor.mentions());
  }

  private static Actor actor(DocumentRecord output, String id) {
    if (id == null) {
      return null;
    }
    for (Actor actor : output.actors()) {
      if (actor.id().equals(id)) {
        return actor;
      }
    }
    return null;
  }

  private boolean matchesAny(List<String> codes, Actor actor) {
    if (codes.isEmpty()) {
      return actor == null;
    }
    for (String code : codes) {
      if (matches(code, actor)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor carries a gold code: its country, its code's prefix or (IGO, NGO…) its sector. */
  static boolean matches(String code, Actor actor) {
    String upper = code.toUpperCase(Locale.ROOT);
    if (upper.equals("---")) {
      return actor == null || actor.country() == null && !isInternational(actor);
    }
    if (actor == null) {
      return false;
    }
    if (upper.equals(actor.country())) {
      return true;
    }
    if (actor.code() != null && actor.code().toUpperCase(Locale.ROOT).startsWith(upper)) {
      return true;
    }
    return upper.equals(actor.sector()) || (upper.equals("IGO") && isInternational(actor) && actor.country() == null);
  }

  private static boolean isInternational(Actor actor) {
    return "IGO".equals(actor.sector()) || actor.code() != null && actor.code().startsWith("IGO");
  }

  public EventScore score() {
    return new EventScore(dataset.label(), truePositives, predicted, gold, records);
  }

  /** The confusion table (rows: gold type, columns: the type coded for the same actors, NONE = missed). */
  public String confusionTable() {
    TreeSet<String> columns = new TreeSet<>();
    confusion.values().forEach(row -> columns.addAll(row.keySet()));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-12s", "gold\\coded"));
    for (String column : columns) {
      out.append(String.format(Locale.ROOT, " %10s", abbreviate(column)));
    }
    out.append('\n');
    for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
      out.append(String.format(Locale.ROOT, "%-12s", abbreviate(row.getKey())));
      for (String column : columns) {
        Integer n = row.getValue().get(column);
        out.append(String.format(Locale.ROOT, " %10s", n == null ? "." : n.toString()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String abbreviate(String label) {
    return Objects.requireNonNullElse(label, "?").length() > 10 ? label.substring(0, 10) : label;
  }
}
