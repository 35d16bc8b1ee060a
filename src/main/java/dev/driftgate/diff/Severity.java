package dev.driftgate.diff;

/** How much a finding matters: only errors fail the gate. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
