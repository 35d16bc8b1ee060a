package dev.driftgate.model;

import java.util.List;

/** A row-level security policy. */
public record Policy(
    String name,
    String command,
    boolean permissive,
    List<String> roles,
    String using,
    String withCheck)
    implements java.io.Serializable {
  public Policy {
    roles = List.copyOf(roles);
  }
}
