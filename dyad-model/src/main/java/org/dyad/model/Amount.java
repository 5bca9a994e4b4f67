package org.dyad.model;

/**
 * An amount with its unit (ISO 4217 for currencies). {@code value} is a Long when whole, so the
 * JSON shows 1000000000 rather than 1.0E9.
 */
public record Amount(String text, Number value, String unit, int start, int end) {

  /** An amount whose value is stored as a whole number when it has no fraction. */
  public static Amount of(String text, double value, String unit, int start, int end) {
    Number number = value == Math.rint(value) && Math.abs(value) < 9e15 ? (Number) (long) value : (Number) value;
    return new Amount(text, number, unit, start, end);
  }
}
