package dev.driftgate.model;

/**
 * A check constraint.
 *
 * @param expression the definition as the server deparses it: {@code CHECK ((price >=
 *     (0)::numeric))}
 */
public record CheckConstraint(String name, String expression, boolean noInherit)
    implements java.io.Serializable {}
