/**
 * The Maven plugin: {@code driftgate:verify}, bound to the {@code verify} phase, runs the CLI's
 * {@code verify} on the project being built and fails the build on drift, as Flyway's and
 * Liquibase's plugins fail it on a bad migration.
 */
package dev.driftgate.maven;
