package dev.driftgate.model;

import java.util.List;

/** A primary key constraint: its name and key columns in key order. */
public record PrimaryKey(String name, List<String> columns) implements java.io.Serializable {
  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
