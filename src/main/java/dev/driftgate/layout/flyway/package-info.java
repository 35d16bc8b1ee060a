/**
 * Flyway projects read as Flyway reads them, without a manifest: its configuration ({@code
 * flyway.conf}, {@code flyway.toml}, Spring Boot's {@code application.properties} / {@code
 * application.yml}), its locations scanned recursively, its file naming ({@code V<version>__},
 * {@code R__}, {@code B<version>__}, {@code U} ignored) and ordering, its placeholders, its
 * schemas. Every Flyway migration runs once. The canonical script, if any, is named in {@code
 * driftgate.yaml}. Flyway's own code is not used here: only its documented behaviour.
 *
 * <p>May depend on {@code config}, {@code layout} and {@code error}.
 */
package dev.driftgate.layout.flyway;
