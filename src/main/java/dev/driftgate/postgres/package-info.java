/**
 * PostgreSQL provisioning: one server per run behind {@link dev.driftgate.postgres.PostgresServer}
 * (embedded today; container and external modes implement the same interface), the lifecycle of the
 * scratch databases a run creates, clones from templates and drops, and the {@code Connector} that
 * reaches the databases of the settings (password as a connection property, never in a URL or a
 * message).
 *
 * <p>May depend on {@code config} and {@code error}.
 */
package dev.driftgate.postgres;
