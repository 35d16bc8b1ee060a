package dev.driftgate.model;

import java.util.List;

/** A unique constraint (not a unique index: those are {@link Index}es). */
public record UniqueConstraint(
    String name,
    List<String> columns,
    boolean nullsNotDistinct,
    boolean deferrable,
    boolean initiallyDeferred)
    implements java.io.Serializable {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }

  public String options() {
    return (nullsNotDistinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT")
        + (deferrable ? " DEFERRABLE" : "")
        + (initiallyDeferred ? " INITIALLY DEFERRED" : "");
  }
}
