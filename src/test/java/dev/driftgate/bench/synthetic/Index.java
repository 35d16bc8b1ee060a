package dev.driftgate.bench.synthetic;

import java.util.List;

/**
 * A plain index: one or more keys ({@code created_at DESC} is a key), optionally partial.
 *
 * @param where the predicate of a partial index, or null
 */
record Index(String name, String table, List<String> keys, String where, int since) {

  /** A new index named after its table and keys: {@code orders_code_created_at_idx}. */
  static Index named(Names names, String table, List<String> keys, String where, int since) {
    String columns =
        String.join("_", keys)
            .replace(" DESC", "")
            .replaceAll("[^a-z0-9_]+", "_")
            .replaceAll("^_+|_+$", "");
    String name = names.unique(table + "_" + columns + (where == null ? "" : "_partial") + "_idx");
    return new Index(name, table, keys, where, since);
  }

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

  /** Whether a key is an expression ({@code lower(code)}), which JPA cannot declare. */
  boolean onExpression() {
    return keys.stream().anyMatch(k -> k.contains("("));
  }
}
