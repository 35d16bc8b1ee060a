package dev.driftgate.model;

import java.util.List;

/** A row-level security policy. */
public record Policy(
    String name,
    String command,
    boolean permissive,
    List<String> roles,
    String using,
    String withCheck) {
  public Policy {
    roles = List.copyOf(roles);
  }
}
