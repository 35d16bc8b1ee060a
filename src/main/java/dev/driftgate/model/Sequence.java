package dev.driftgate.model;

/**
 * A standalone sequence (identity sequences belong to their column).
 *
 * @param ownedBy the owning column as {@code schema.table.column}, or null
 */
public record Sequence(QualifiedName name, SequenceOptions options, String ownedBy, String comment)
    implements java.io.Serializable {}
