package dev.driftgate.config;

import java.nio.file.Path;

/**
 * A migration the manifest lists.
 *
 * @param file {@code migrations/<name>.sql} under the project root; it may not exist (a finding,
 *     not an error)
 */
public record Migration(String name, String target, String description, Path file) {}
