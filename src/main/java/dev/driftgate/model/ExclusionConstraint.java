package dev.driftgate.model;

/** An exclusion constraint; {@code definition} is the deparsed {@code EXCLUDE USING ...} clause. */
public record ExclusionConstraint(String name, String definition) implements java.io.Serializable {}
