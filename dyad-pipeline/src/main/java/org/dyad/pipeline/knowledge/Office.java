package org.dyad.pipeline.knowledge;

import java.time.LocalDate;

/**
 * An office a known person held, both ends inclusive; a null {@code to} means still held.
 *
 * @param country ISO3, or null for an international organisation
 * @param code CAMEO-style code when it is not country + sector (IGOUNO), else null
 */
public record Office(String country, String sector, String role, String code, LocalDate from, LocalDate to) {

  public boolean heldOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
