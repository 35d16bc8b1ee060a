package dev.driftgate.model;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ReferentialAction {
  NO_ACTION("NO ACTION"),
  RESTRICT("RESTRICT"),
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  SET_DEFAULT("SET DEFAULT");

  private final String sql;

  ReferentialAction(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }

  /** Decodes {@code pg_constraint.confdeltype} / {@code confupdtype}. */
  public static ReferentialAction fromCatalogCode(String code) {
    return switch (code) {
      case "r" -> RESTRICT;
      case "c" -> CASCADE;
      case "n" -> SET_NULL;
      case "d" -> SET_DEFAULT;
      default -> NO_ACTION;
    };
  }
}
