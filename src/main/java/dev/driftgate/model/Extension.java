package dev.driftgate.model;

/** An installed extension and the schema its objects live in. */
public record Extension(String name, String schema) implements java.io.Serializable {}
