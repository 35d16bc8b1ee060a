package dev.driftgate.model;

import java.util.List;

/**
 * A domain over a base type.
 *
 * @param checks check constraint expressions as the server deparses them, sorted
 */
public record Domain(
    QualifiedName name,
    String baseType,
    boolean notNull,
    String defaultExpression,
    String collation,
    List<String> checks,
    String comment)
    implements java.io.Serializable {
  public Domain {
    checks = List.copyOf(checks);
  }
}
