package dev.driftgate.bench.synthetic;

import java.util.List;

/** A named table constraint; every synthetic constraint is named, so both builds agree on names. */
sealed interface Constraint
    permits Constraint.PrimaryKey, Constraint.Unique, Constraint.Check, Constraint.ForeignKey {

  String name();

  /** The migration that added it (0: the baseline). */
  int since();

  /** The constraint after its name: {@code PRIMARY KEY (id)}, {@code CHECK (...)}, ... */
  String body();

  default String clause() {
    return "CONSTRAINT " + name() + " " + body();
  }

  /** The primary key on the identity column. */
  record PrimaryKey(String name, String column, int since) implements Constraint {
    @Override
    public String body() {
      return "PRIMARY KEY (" + column + ")";
    }
  }

  /** A unique constraint on one or more columns. */
  record Unique(String name, List<String> columns, int since) implements Constraint {
    @Override
    public String body() {
      return "UNIQUE (" + String.join(", ", columns) + ")";
    }
  }

  /** A check constraint. */
  record Check(String name, String expression, int since) implements Constraint {
    @Override
    public String body() {
      return "CHECK (" + expression + ")";
    }
  }

  /**
   * A foreign key from one column to the primary key of a table created earlier.
   *
   * @param onDelete {@code CASCADE}, {@code SET NULL}, {@code RESTRICT} or {@code NO ACTION}
   */
  record ForeignKey(String name, String column, String target, String onDelete, int since)
      implements Constraint {
    @Override
    public String body() {
      String action = onDelete.equals("NO ACTION") ? "" : " ON DELETE " + onDelete;
      return "FOREIGN KEY (" + column + ") REFERENCES " + target + " (id)" + action;
    }
  }
}
