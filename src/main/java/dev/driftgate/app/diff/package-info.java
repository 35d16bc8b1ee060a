/**
 * The {@code diff} use case: any two sources of a schema (a script, a migrations directory or
 * project, a live database) built or read, and compared tier by tier.
 */
package dev.driftgate.app.diff;
