package dev.driftgate.model;

/**
 * A check constraint.
 *
 * @param expression the definition as the server deparses it, without {@code NOT VALID}: {@code
 *     CHECK ((price >= (0)::numeric))}
 * @param validated false for a check added {@code NOT VALID} and not validated since
 */
public record CheckConstraint(String name, String expression, boolean noInherit, boolean validated)
    implements java.io.Serializable {}
