/**
 * The one immutable schema model that every source is converted into: a live catalog, a script's
 * database, JPA entity metadata. Records compare by value, so "changed" means "not equal". Source
 * locations are kept apart from the model ({@code Provenance}) so that where an object came from
 * never makes two equal objects differ.
 *
 * <p>Depends on nothing.
 */
package dev.driftgate.model;
