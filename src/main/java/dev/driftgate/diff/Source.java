package dev.driftgate.diff;

/** Where a compared model came from (SPEC §6 {@code sources}). */
public enum Source {
  SETUP("setup", "setup_databases.sql"),
  MIGRATIONS("migrations", "the migrations"),
  ENTITIES("entities", "the entities"),
  LIVE("live", "the live database");

  private final String id;
  private final String label;

  Source(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The stable id used in reports. */
  public String id() {
    return id;
  }

  /** How messages name it. */
  public String label() {
    return label;
  }
}
