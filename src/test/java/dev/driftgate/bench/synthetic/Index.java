package dev.driftgate.bench.synthetic;

import java.util.List;

/**
 * A plain index: one or more keys ({@code created_at DESC} is a key), optionally partial.
 *
 * @param where the predicate of a partial index, or null
 */
record Index(String name, String table, List<String> keys, String where, int since) {

  String sql(boolean ifNotExists) {
    return "CREATE INDEX "
        + (ifNotExists ? "IF NOT EXISTS " : "")
        + name
        + " ON "
        + table
        + " ("
        + String.join(", ", keys)
        + ")"
        + (where == null ? "" : " WHERE " + where)
        + ";";
  }

  boolean partial() {
    return where != null;
  }
}
