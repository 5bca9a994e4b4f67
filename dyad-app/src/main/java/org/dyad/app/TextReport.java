package org.dyad.app;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Amount;
import org.dyad.model.DocumentRecord;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;

/** Renders a document record as a readable summary with aligned tables. */
final class TextReport {

  private TextReport() {}

  static String render(DocumentRecord record) {
    StringBuilder out = new StringBuilder();
    var doc = record.document();
    out.append(doc.title() != null ? doc.title() : "(untitled)").append('\n');
    out.append("source ").append(doc.source());
    if (doc.published() != null) {
      out.append("  published ").append(doc.published());
    }
    if (doc.outlet() != null) {
      out.append("  outlet ").append(doc.outlet());
    }
    out.append("  ").append(doc.text().length()).append(" chars, ")
        .append(doc.removed().size()).append(" junk blocks removed\n");

    Table actors = new Table("ACTOR", "KIND", "COUNTRY", "SECTOR", "CODE", "ROLE", "MENTIONS");
    for (Actor a : record.actors()) {
      actors.row(a.id() + " " + a.name(), a.kind(), a.country(), a.sector(), a.code(), a.role(),
          String.valueOf(a.mentions().size()));
    }
    section(out, "Actors", record.actors().size(), actors);

    Table events = new Table("EVENT", "CAMEO", "PLOVER", "Q", "GS", "SOURCE", "TARGET", "DATE", "WHERE", "EVIDENCE");
    for (Event e : record.events()) {
      String code = e.cameo() + " " + (e.cameoName() == null ? "" : e.cameoName())
          + (e.negated() ? " (NOT)" : "") + (e.modality() != null && !e.modality().equals("asserted") ? " [" + e.modality() + "]" : "");
      events.row(e.id(), code, e.plover(), String.valueOf(e.quadClass()), String.format("%.1f", e.goldstein()),
          name(record, e.source()), name(record, e.target()), e.date(),
          e.location() == null ? null : e.location().name(),
          e.evidence() == null ? null : clip(e.evidence().text(), 70));
    }
    section(out, "Events", record.events().size(), events);

    Table quotes = new Table("QUOTE", "KIND", "SPEAKER", "TEXT");
    for (Quote q : record.quotes()) {
      quotes.row(q.id(), q.kind(), name(record, q.speaker()), clip(q.text(), 90));
    }
    section(out, "Quotes", record.quotes().size(), quotes);

    Table amounts = new Table("AMOUNT", "VALUE", "UNIT");
    for (Amount a : record.amounts()) {
      amounts.row(a.text(), String.valueOf(a.value()), a.unit());
    }
    section(out, "Amounts", record.amounts().size(), amounts);

    Table times = new Table("TIME", "VALUE");
    for (TimeExpression t : record.times()) {
      times.row(t.text(), t.value());
    }
    section(out, "Times", record.times().size(), times);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, int count, Table table) {
    out.append('\n').append(title).append(" (").append(count).append(")\n");
    if (count > 0) {
      out.append(table.render());
    }
  }

  private static String name(DocumentRecord record, String actorId) {
    Actor actor = record.actor(actorId);
    return actor == null ? "-" : actor.name();
  }

  static String clip(String s, int max) {
    if (s == null) {
      return null;
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /** A plain-text table whose columns are as wide as their widest cell. */
  static final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
      this.header = header;
    }

    void row(String... cells) {
      rows.add(cells);
    }

    String render() {
      int[] widths = new int[header.length];
      for (int i = 0; i < header.length; i++) {
        widths[i] = header[i].length();
      }
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], cell(row[i]).length());
        }
      }
      StringBuilder out = new StringBuilder();
      line(out, header, widths);
      for (String[] row : rows) {
        line(out, row, widths);
      }
      return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < cells.length; i++) {
        String c = cell(cells[i]);
        line.append(c);
        if (i < cells.length - 1) {
          line.append(" ".repeat(widths[i] - c.length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(String s) {
      return s == null ? "-" : s;
    }
  }
}
