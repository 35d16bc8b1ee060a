/**
 * The entity rules: how a database is checked against the JPA entities that map it. An entity
 * asserts only what its mapping declares; the rules say what a Hibernate user expects at run time
 * (types that fit, nullability, keys, indexes, sequences, views), in the finding vocabulary of
 * {@link dev.driftgate.diff}.
 *
 * <p>Depends on {@code model} and {@code diff}.
 */
package dev.driftgate.entityrules;
