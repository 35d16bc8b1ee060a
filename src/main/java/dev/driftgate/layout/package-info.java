/**
 * Project layouts behind one door: each layout reads a directory into the one {@code
 * config.Project} value (tiers, migrations in apply order, what runs once, where the canonical
 * script is, what happens to a script's text before it is lexed), so that nothing downstream asks
 * which layout a project came from. {@link dev.driftgate.layout.Layouts} picks the layout; each
 * layout is one implementation of {@link dev.driftgate.layout.ProjectLayout} in a package of its
 * own ({@code manifest}: driftgate's {@code migrations/manifest.yaml}; {@code flyway}: Flyway's
 * locations, naming and placeholders, read as Flyway reads them; {@code liquibase}: a master
 * changelog that Liquibase itself applies, through {@code config.ToolApplied}). {@code
 * SettingsFiles} and {@code DriftgateSettings} are what the other layouts share.
 *
 * <p>May depend on {@code config} and {@code error}; only {@code app} uses it.
 */
package dev.driftgate.layout;
