package org.dyad.pipeline.resolve;

import java.time.LocalDate;
import org.dyad.pipeline.knowledge.DictionaryActor;
import org.dyad.pipeline.knowledge.KnownPerson;
import org.dyad.pipeline.knowledge.Office;

/**
 * How an actor's code depends on the date: a well-known person's office (people.tsv) or a
 * dictionary actor's dated codes, on top of what the text itself says (a title fixes the
 * country and sector whatever the date). An actor whose code does not depend on the date has
 * neither.
 *
 * @param kind the actor's kind ("person" actors get a country + sector code when no code is given)
 * @param country the country the text gives, or null
 * @param sector the sector the text gives, or null
 * @param code the code the text or the knowledge base fixes, or null
 * @param known the well-known person the actor is, or null
 * @param dictionary the dictionary actor with dated codes the actor's code comes from, or null
 */
public record ActorDating(String kind, String country, String sector, String code, KnownPerson known,
    DictionaryActor dictionary) {

  /** The actor's country, sector, code and role on a date. */
  record Coded(String country, String sector, String code, String role) {}

  /** The actor's code on {@code date} (null: the latest office, the dictionary's default code). */
  public String codeOn(LocalDate date) {
    return on(date, null).code();
  }

  boolean dependsOnDate() {
    return known != null || dictionary != null;
  }

  /** Country, sector, code and role on {@code date}; {@code role} is the role the text gives. */
  Coded on(LocalDate date, String role) {
    String c = country;
    String s = sector;
    String k = code;
    String r = role;
    if (dictionary != null) {
      String dated = dictionary.codeOn(date);
      if (dated != null) {
        k = dated;
      }
    }
    if (known != null) {
      Office office = known.on(date);
      if (c == null && s == null) {
        k = office.code();
      }
      c = c != null ? c : office.country();
      s = s != null ? s : office.sector();
      r = r != null ? r : office.role();
    }
    if (k == null && "person".equals(kind)) {
      // a sector alone ("GOV") says nothing about whose government: no code without a country
      k = c != null && s != null ? c + s : c;
    }
    return new Coded(c, s, k, r);
  }
}
