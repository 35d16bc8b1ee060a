package dev.driftgate.app.migrate;

import dev.driftgate.config.Secret;

/**
 * What {@code init-db} did.
 *
 * @param created whether it created the database
 * @param registered whether it listed the tenant as active in the master's tenants table
 * @param adminEmail the seeded administrator, or null when the tier has no seed script
 * @param generatedPassword the administrator's password when driftgate generated it: shown once,
 *     then gone; none when {@code ADMIN_PASSWORD} was set or nothing was seeded
 * @param error one line, or null
 */
public record InitReport(
    String tier,
    String label,
    String database,
    Result result,
    boolean created,
    boolean registered,
    String adminEmail,
    Secret generatedPassword,
    String error) {

  /** The outcome on the database. */
  public enum Result {
    INITIALISED,
    ALREADY_INITIALISED,
    FAILED
  }

  public boolean failed() {
    return result == Result.FAILED;
  }
}
