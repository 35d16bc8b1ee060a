/**
 * What a run is about: the project layout, the migration manifest (SPEC §4) and the connection
 * settings (SPEC §3), as immutable records validated when they are read, so that everything
 * downstream can trust them.
 *
 * <p>May depend on {@code error}.
 */
package dev.driftgate.config;
