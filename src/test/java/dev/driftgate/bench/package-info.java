/**
 * The benchmark of issue 7: times {@code ./driftgate verify} on synthetic projects, each run in a
 * fresh JVM as a user runs it, against the floor PostgreSQL itself sets for the same project
 * (server start, {@code psql -f} builds and replays, {@code pg_dump --schema-only}), measured in
 * the same run. It prints figures and writes {@code docs/benchmark.md}; it asserts nothing.
 *
 * <p>Runs only through {@code bench/run} (the Maven profile {@code bench}); no class here is a
 * test, so {@code mvn verify} compiles it and never runs it.
 */
package dev.driftgate.bench;
