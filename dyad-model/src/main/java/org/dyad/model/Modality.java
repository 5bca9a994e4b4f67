package org.dyad.model;

/** How the text presents an event. */
public enum Modality {
  ASSERTED, PLANNED, HYPOTHETICAL, REPORTED, REQUESTED;

  /** The lower-case name used in the JSON record. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
