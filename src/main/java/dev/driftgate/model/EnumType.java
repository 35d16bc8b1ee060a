package dev.driftgate.model;

import java.util.List;

/** A PostgreSQL enum type; label order matters because it defines the sort order of values. */
public record EnumType(QualifiedName name, List<String> labels, String comment)
    implements java.io.Serializable {
  public EnumType {
    labels = List.copyOf(labels);
  }
}
