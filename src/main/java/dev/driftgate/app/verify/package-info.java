/**
 * The {@code verify} use case: every check of SPEC §7 on every tier of a project — setup ⇄
 * migrations, probes, entities ⇄ both builds, manifest hygiene — into one report.
 */
package dev.driftgate.app.verify;
