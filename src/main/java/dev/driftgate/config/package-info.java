/**
 * What a run is about: the {@code Project} every layout (package {@code layout}) reads a directory
 * into, the migration manifest (SPEC §4, with the runner's optional {@code seed:} and {@code
 * tenancy:} sections) and the connection settings (SPEC §3, read from the environment by {@code
 * SettingsReader}), as immutable records validated when they are read, so that everything
 * downstream can trust them. Passwords are {@code Secret}s, which never print.
 *
 * <p>May depend on {@code error}.
 */
package dev.driftgate.config;
