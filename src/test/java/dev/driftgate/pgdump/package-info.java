/**
 * Schemas in the form {@code pg_dump} writes them, for the pg_dump corpus of the tests ({@code
 * src/test/resources/pgdump}) and the benchmark's pg_dump-form projects: a project's scripts are
 * built with {@code psql} into a throwaway embedded PostgreSQL and dumped with the machine's {@code
 * pg_dump}. Needs those two clients, so nothing here runs in {@code mvn verify}: the corpus is
 * committed as data, and {@link dev.driftgate.pgdump.CorpusWriter} regenerates it.
 */
package dev.driftgate.pgdump;
