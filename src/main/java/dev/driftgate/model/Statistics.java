package dev.driftgate.model;

/**
 * An extended statistics object ({@code CREATE STATISTICS}) on a table.
 *
 * @param definition the object as the server deparses it, without its name: {@code CREATE
 *     STATISTICS (ndistinct) ON a, b FROM public.t} (the kinds are left out when all are built)
 * @param target the statistics target, -1 for the default
 */
public record Statistics(QualifiedName name, String definition, int target)
    implements java.io.Serializable {}
