package dev.driftgate.report;

/**
 * The checks {@code verify} runs per tier (SPEC §7), the comparison of {@code diff}, and the one
 * {@code audit} makes per database.
 */
public enum Check {
  SETUP("setup", "build from setup_databases.sql"),
  MIGRATIONS("migrations", "replay baseline and migrations"),
  SETUP_VS_MIGRATIONS("setup-vs-migrations", "setup ⇄ migrations"),
  IDEMPOTENCY("idempotency", "each migration applied twice"),
  FRESH_INSTALL("fresh-install", "migrations on a fresh install"),
  DATA("data", "migrations over rows"),
  ENTITIES_VS_SETUP("entities-vs-setup", "entities ⇄ setup"),
  ENTITIES_VS_MIGRATIONS("entities-vs-migrations", "entities ⇄ migrations"),
  MANIFEST("manifest", "manifest hygiene"),
  DIFF("diff", "left ⇄ right"),
  AUDIT("audit", "live database ⇄ replay at its ledger position");

  private final String id;
  private final String title;

  Check(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
