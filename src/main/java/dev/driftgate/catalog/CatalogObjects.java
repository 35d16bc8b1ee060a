package dev.driftgate.catalog;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The objects of a database's user schemas a catalog read is made from, each with a hash of the
 * catalog rows it is read from ({@code catalog_objects.sql}): what tells a later read of the same
 * database which relations it must read again ({@link CatalogReader#readChanged}).
 */
public final class CatalogObjects {
  /**
   * Catalogs whose objects an expression names by a name looked up on the search path: one that
   * comes, goes or is renamed where another of the same name lives can change how others print.
   */
  private static final Set<String> LOOKED_UP =
      Set.of(
          "pg_class",
          "pg_type",
          "pg_proc",
          "pg_operator",
          "pg_collation",
          "pg_opclass",
          "pg_opfamily",
          "pg_ts_config",
          "pg_ts_dict");

  /**
   * Changed, they change what every relation in them reads as: such a change is read whole; and so
   * is another database (its objects' oids and rows are not those of the one read before).
   */
  private static final Set<String> READ_WHOLE =
      Set.of("pg_namespace", "pg_extension", "pg_database");

  /** {@code catalog_objects.sql}, with {@code catalog_database.sql} in it. */
  private static final String QUERY =
      SqlResource.text("catalog_objects.sql")
          .replace("/* database */", SqlResource.text("catalog_database.sql").strip());

  /** A digest of {@link #QUERY}: rows another version of it hashed are no base. */
  private static final String QUERY_DIGEST = digest(QUERY);

  /** The mark a kept database is given ({@code ScratchDatabases.mark}), its id the group. */
  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile(
          "driftgate state ([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})");

  /** One object: its catalog's name and its oid. */
  record Key(String catalog, long oid) {}

  /**
   * What a read knows of one object.
   *
   * @param owner the relation whose model holds the object (0: none; read whole every time)
   * @param rows a hash of the catalog rows the object is read from
   */
  record Row(long owner, String schema, String name, String rows) {}

  private final HashMap<Key, Row> rows;

  private CatalogObjects(HashMap<Key, Row> rows) {
    this.rows = rows;
  }

  /** The objects of the user schemas {@code schemaOids} names, in the caller's snapshot. */
  static CatalogObjects read(Connection c, Object schemaOids) throws SQLException {
    HashMap<Key, Row> rows = new HashMap<>();
    SqlResource.forEachQuery(
        c,
        QUERY,
        List.of(schemaOids),
        rs ->
            rows.put(
                new Key(rs.getString("catalog"), rs.getLong("oid")),
                new Row(
                    rs.getLong("owner"),
                    rs.getString("nspname"),
                    rs.getString("name"),
                    rs.getString("rows"))));
    return new CatalogObjects(rows);
  }

  /** Writes the objects down, for {@link #readFrom} (a few hundred kilobytes at 1,000 tables). */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(rows.size());
    for (Map.Entry<Key, Row> e : rows.entrySet()) {
      out.writeUTF(e.getKey().catalog());
      out.writeLong(e.getKey().oid());
      Row row = e.getValue();
      out.writeLong(row.owner());
      writeNullable(out, row.schema());
      out.writeUTF(row.name());
      out.writeUTF(row.rows());
    }
  }

  /** The objects {@link #writeTo} wrote. */
  public static CatalogObjects readFrom(DataInputStream in) throws IOException {
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("not a record of catalog objects");
    }
    HashMap<Key, Row> rows = new HashMap<>();
    for (int i = 0; i < size; i++) {
      Key key = new Key(in.readUTF(), in.readLong());
      rows.put(key, new Row(in.readLong(), readNullable(in), in.readUTF(), in.readUTF()));
    }
    return new CatalogObjects(rows);
  }

  private static void writeNullable(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      out.writeUTF(text);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  /** Finds the relations whose model depends on some objects ({@code catalog_dependents.sql}). */
  @FunctionalInterface
  interface Dependents {
    Set<Long> of(List<Key> objects) throws SQLException;
  }

  /**
   * The relations (by oid) whose model may read differently now than when {@code before} was read:
   * those with an object of their own that came, went or changed, and those that depend on such an
   * object (a view on a renamed column, a foreign key to a renamed table, a column of a renamed
   * type). Empty when the change is one to read whole: a schema or an extension changed, or an
   * object whose name another shares came, went or was renamed.
   */
  Optional<Set<Long>> changedRelations(CatalogObjects before, Dependents dependents)
      throws SQLException {
    Set<Key> changed = new HashSet<>();
    for (Map.Entry<Key, Row> e : rows.entrySet()) {
      Row then = before.rows.get(e.getKey());
      if (then == null || !then.rows().equals(e.getValue().rows())) {
        changed.add(e.getKey());
      }
    }
    for (Key key : before.rows.keySet()) {
      if (!rows.containsKey(key)) {
        changed.add(key);
      }
    }
    Map<String, Integer> namesNow = names(rows);
    Map<String, Integer> namesBefore = names(before.rows);
    Set<Long> relations = new HashSet<>();
    List<Key> present = new ArrayList<>();
    for (Key key : changed) {
      if (READ_WHOLE.contains(key.catalog())) {
        return Optional.empty();
      }
      for (Row row : new Row[] {rows.get(key), before.rows.get(key)}) {
        if (row == null) {
          continue;
        }
        if (LOOKED_UP.contains(key.catalog())
            && (namesNow.getOrDefault(nameKey(key, row), 0) > 1
                || namesBefore.getOrDefault(nameKey(key, row), 0) > 1)) {
          return Optional.empty();
        }
        if (row.owner() != 0) {
          relations.add(row.owner());
        }
      }
      if (rows.containsKey(key)) {
        present.add(key);
      }
    }
    if (!present.isEmpty()) {
      relations.addAll(dependents.of(present));
    }
    return Optional.of(relations);
  }

  /**
   * The mark of the database {@code c} is connected to, if it has one, with the version of this
   * read: the name a base read from it is kept under.
   */
  static Optional<String> mark(Connection c) throws SQLException {
    String[] mark = {""};
    SqlResource.forEach(c, "catalog_database.sql", List.of(), rs -> mark[0] = rs.getString("mark"));
    java.util.regex.Matcher m = MARK.matcher(mark[0]);
    return m.matches() ? Optional.of(m.group(1) + "." + QUERY_DIGEST) : Optional.empty();
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What this read knows of the relation {@code oid} (null: it was none of its objects). */
  Row relation(long oid) {
    return rows.get(new Key("pg_class", oid));
  }

  private static Map<String, Integer> names(Map<Key, Row> rows) {
    Map<String, Integer> names = new HashMap<>();
    rows.forEach(
        (key, row) -> {
          if (LOOKED_UP.contains(key.catalog())) {
            names.merge(nameKey(key, row), 1, Integer::sum);
          }
        });
    return names;
  }

  private static String nameKey(Key key, Row row) {
    return key.catalog() + " " + row.name();
  }
}
