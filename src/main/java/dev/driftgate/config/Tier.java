package dev.driftgate.config;

import java.nio.file.Path;

/**
 * A database tier of the project.
 *
 * @param database the database name that {@code \c} lines in the canonical script select this tier
 *     by
 * @param entitiesPackage the Java package of the tier's entities, or null
 * @param baseline the script the replay starts from, or null to start from an empty database
 */
public record Tier(String name, String database, String entitiesPackage, Path baseline) {}
