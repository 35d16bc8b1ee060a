package dev.driftgate.model;

/**
 * A trigger; {@code definition} is the deparsed {@code CREATE TRIGGER} statement with the name
 * replaced by a placeholder, which carries timing, events, row/statement level, the function and
 * the WHEN condition.
 */
public record Trigger(String name, String definition, boolean enabled)
    implements java.io.Serializable {}
