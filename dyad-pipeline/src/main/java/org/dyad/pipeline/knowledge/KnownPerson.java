package org.dyad.pipeline.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A well-known office holder from {@code people.tsv}, with the offices held over time.
 *
 * @param surnames the names news uses alone for this person ("Obama"); empty when too common
 */
public record KnownPerson(String name, List<String> aliases, List<String> surnames, List<Office> offices) {

  public KnownPerson {
    aliases = List.copyOf(aliases);
    surnames = List.copyOf(surnames);
    offices = List.copyOf(offices);
  }

  /**
   * What the person is on {@code date}: the office held then; after the last office ended, an
   * elite (ELI) of that office's country with role "former ..."; before the first, only the
   * country. With no date, the latest office.
   */
  public Office on(LocalDate date) {
    Office last = offices.get(offices.size() - 1);
    if (date == null) {
      return last;
    }
    for (int i = offices.size() - 1; i >= 0; i--) {
      if (offices.get(i).heldOn(date)) {
        return offices.get(i);
      }
    }
    Office first = offices.get(0);
    if (first.from() != null && date.isBefore(first.from())) {
      return new Office(first.country(), null, null, null, null, null);
    }
    Office latestEnded = null;
    for (Office o : offices) {
      if (o.to() != null && date.isAfter(o.to()) && (latestEnded == null || o.to().isAfter(latestEnded.to()))) {
        latestEnded = o;
      }
    }
    Office ended = latestEnded == null ? last : latestEnded;
    return new Office(ended.country(), ended.country() == null ? null : "ELI", "former " + ended.role(), null, null,
        null);
  }
}
