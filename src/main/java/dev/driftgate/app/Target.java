package dev.driftgate.app;

import dev.driftgate.config.Settings.Endpoint;

/**
 * One database a runner command works on.
 *
 * @param tier the manifest tier whose migrations it follows
 * @param label how summaries name it: the tenant slug, or the database name
 * @param settings the variables that configure its connection, for error messages
 */
record Target(String tier, String label, Endpoint endpoint, String settings) {
  String database() {
    return endpoint.name();
  }
}
