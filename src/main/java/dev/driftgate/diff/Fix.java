package dev.driftgate.diff;

/** What removes a difference: SQL to run, or why no SQL can be derived. */
public sealed interface Fix permits Fix.Sql, Fix.None {

  /** SQL that brings the first source of the comparison in line with the second. */
  record Sql(String sql) implements Fix {}

  /** No SQL can be derived; {@code reason} says why and what to do instead. */
  record None(String reason) implements Fix {}

  static Fix sql(String sql) {
    return new Sql(sql);
  }

  static Fix none(String reason) {
    return new None(reason);
  }
}
