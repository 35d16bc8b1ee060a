/**
 * PostgreSQL provisioning: one server per run behind {@link dev.driftgate.postgres.PostgresServer}
 * (embedded today; container and external modes implement the same interface), and the lifecycle of
 * the scratch databases a run creates, clones from templates and drops.
 *
 * <p>May depend on {@code config} and {@code error}.
 */
package dev.driftgate.postgres;
