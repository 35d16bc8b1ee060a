package dev.driftgate.catalog;

import dev.driftgate.model.Catalog;

/**
 * A database's catalog as read, with what it was read from ({@link CatalogObjects}): the base a
 * later read of the same database, after a change, starts from ({@link CatalogReader#readChanged}).
 */
public record CatalogState(Catalog catalog, CatalogObjects objects) {}
