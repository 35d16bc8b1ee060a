package dev.driftgate.app.migrate;

import dev.driftgate.config.Settings.Endpoint;

/**
 * One database a runner command works on.
 *
 * @param tier the manifest tier whose migrations it follows
 * @param label how summaries name it: the tenant slug, or the database name
 * @param settings the variables that configure its connection, for error messages
 * @param tenant whether it is one of many tenant databases: then a failure to connect is that
 *     tenant's failure, while for the master or single database it stops the command
 * @param refusal why its database must not be touched (a tenants-table row pointing elsewhere than
 *     a tenant database), or null
 */
record Target(
    String tier, String label, Endpoint endpoint, String settings, boolean tenant, String refusal) {
  Target(String tier, String label, Endpoint endpoint, String settings, boolean tenant) {
    this(tier, label, endpoint, settings, tenant, null);
  }

  String database() {
    return endpoint.name();
  }
}
