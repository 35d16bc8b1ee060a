package dev.driftgate.app.audit;

import dev.driftgate.config.Settings.Endpoint;

/**
 * One database of the fleet.
 *
 * @param tier the manifest tier whose migrations it follows
 * @param name how the report names it: a tenant's slug, else the database name
 * @param endpoint where it is and who reads it
 * @param settings the variables (or option) that configure its connection, for messages
 * @param refusal why it must not be read (a tenants-table row pointing at a system database), or
 *     null
 */
record AuditTarget(String tier, String name, Endpoint endpoint, String settings, String refusal) {
  String database() {
    return endpoint.name();
  }

  /** The server it lives on: connections are bounded per server. */
  String server() {
    return endpoint.host() + ":" + endpoint.port();
  }

  /** What identifies it across runs in a state file (the same name on another server differs). */
  String key() {
    return server() + "/" + database();
  }
}
