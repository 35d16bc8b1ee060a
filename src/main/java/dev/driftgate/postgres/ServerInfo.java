package dev.driftgate.postgres;

/**
 * What a report says about the server a run used.
 *
 * @param mode {@code embedded}, {@code container} or {@code external}
 * @param version the server version, e.g. {@code 15.19}
 */
public record ServerInfo(String mode, String version) {}
