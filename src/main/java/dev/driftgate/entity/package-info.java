/**
 * JPA entities into the schema model: Java sources compiled in-process (and cached by content hash)
 * or compiled classes from a classpath, booted through Hibernate's boot metamodel with the
 * PostgreSQL dialect and no database connection, and converted into a {@link
 * dev.driftgate.model.Mapping} (the tables the entities map plus what each mapping declares), with
 * the {@code File.java:line} of every table and column.
 *
 * <p>The only package that sees Hibernate or Jakarta Persistence. May depend on {@code model} and
 * {@code error}.
 */
package dev.driftgate.entity;
