package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code CREATE INDEX CONCURRENTLY name}: the statement outside a transaction that leaves something
 * behind when it fails. PostgreSQL keeps the index it was building, marked INVALID; a rerun's
 * {@code IF NOT EXISTS} then skips it, and the ledger would record the migration as applied over an
 * index that is never used (and, if unique, enforces nothing). So after a failure the runner drops
 * the invalid index that statement made, and after a success it checks that the index it skipped
 * over is valid. The index is looked up by its name on the session's search_path, where an index on
 * an unqualified table lands; an unnamed one (a generated name) cannot be told apart, and is left
 * alone.
 */
final class ConcurrentIndex {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z_][A-Z0-9_$]*");
  private static final String INDEX =
      "SELECT i.indexrelid::bigint, i.indisvalid, i.indexrelid::regclass::text FROM"
          + " pg_catalog.pg_index i WHERE i.indexrelid = to_regclass(?)";

  private final String name;

  private ConcurrentIndex(String name) {
    this.name = name;
  }

  /** The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY} statement names, if it names one. */
  static Optional<ConcurrentIndex> of(Statement s) {
    List<String> t = s.tokens(12);
    int i = t.size() > 1 && t.get(1).equals("UNIQUE") ? 2 : 1;
    if (t.size() < i + 3
        || !t.get(0).equals("CREATE")
        || !t.get(i).equals("INDEX")
        || !t.get(i + 1).equals("CONCURRENTLY")) {
      return Optional.empty();
    }
    int at = i + 2;
    if (t.size() > at + 2 && t.subList(at, at + 3).equals(List.of("IF", "NOT", "EXISTS"))) {
      at += 3;
    }
    String word = at < t.size() ? t.get(at) : "";
    boolean named = !word.equals("ON") && PLAIN_NAME.matcher(word).matches();
    return named
        ? Optional.of(new ConcurrentIndex(word.toLowerCase(java.util.Locale.ROOT)))
        : Optional.empty();
  }

  /** The index's oid now, or null: taken before the statement runs. */
  Long oid(Connection c) throws SQLException {
    return find(c).map(Found::oid).orElse(null);
  }

  /**
   * After the statement failed: drops the invalid index it left (one that did not exist before),
   * and returns the failure saying so.
   */
  SqlFailure cleanUp(Connection c, Long before, SqlFailure failure) throws SQLException {
    Optional<Found> left = find(c);
    if (left.isEmpty() || left.get().valid() || Objects.equals(left.get().oid(), before)) {
      return failure;
    }
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + left.get().qualified());
    }
    return new SqlFailure(
        failure.location(),
        failure.sqlState(),
        failure.message()
            + " (the invalid index "
            + left.get().qualified()
            + " it left is dropped)");
  }

  /** After the statement succeeded: a failure if the index is an invalid leftover it skipped. */
  Optional<SqlFailure> validity(Connection c, Statement statement) throws SQLException {
    Optional<Found> index = find(c);
    if (index.isEmpty() || index.get().valid()) {
      return Optional.empty();
    }
    String qualified = index.get().qualified();
    return Optional.of(
        new SqlFailure(
            statement.location(),
            "55000",
            "index "
                + qualified
                + " exists but is INVALID (left by an earlier failed build), so IF NOT EXISTS"
                + " skipped it; run DROP INDEX CONCURRENTLY "
                + qualified
                + " and rerun"));
  }

  private record Found(long oid, boolean valid, String qualified) {}

  private Optional<Found> find(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INDEX)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Found(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
            : Optional.empty();
      }
    }
  }
}
