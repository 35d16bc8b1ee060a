package dev.driftgate.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cheap catalog fingerprint behind the idempotency and fresh-install checks: instead of reading
 * the whole catalog before and after a migration, ask the DDL log which objects the migration
 * touched, describe just those inside the migration's transaction, roll back, and describe them
 * again. A migration whose guards skip every statement touches nothing and costs one query.
 */
public final class ObjectChanges {
  private static final JsonFactory JSON = new JsonFactory();

  private ObjectChanges() {}

  /**
   * Where an object is, in PostgreSQL's terms ({@code pg_get_object_address}), valid before and
   * after.
   */
  public record Address(String type, List<String> names, List<String> args) {}

  /**
   * An object a statement touched, described as it was right after.
   *
   * @param description null when the object no longer exists
   * @param owner the table an index belongs to ({@code schema.table}), else null
   */
  public record Touched(
      int statementId,
      String objectType,
      String identity,
      Address address,
      String description,
      String owner) {}

  /** One touched object with its description before the change (null if it did not exist). */
  public record Change(Touched touched, String before) {}

  /** The current end of the DDL log: a probe remembers it before it runs anything. */
  public static long position(Connection c) throws SQLException {
    long[] position = new long[1];
    SqlResource.forEach(
        c, "ddl_log_position.sql", List.of(), rs -> position[0] = rs.getLong("position"));
    return position[0];
  }

  /** The objects touched since {@code position}, described as they are now. */
  public static List<Touched> since(Connection c, long position) throws SQLException {
    ReadTransaction.pin(c);
    List<Touched> touched = new ArrayList<>();
    SqlResource.forEach(
        c,
        "ddl_log_since.sql",
        List.of(position),
        rs ->
            touched.add(
                new Touched(
                    rs.getInt("statement_id"),
                    rs.getString("object_type"),
                    rs.getString("object_identity"),
                    new Address(
                        rs.getString("address_type"),
                        SqlResource.strings(rs, "address_names"),
                        SqlResource.strings(rs, "address_args")),
                    rs.getString("description"),
                    rs.getString("owner"))));
    return touched;
  }

  /**
   * Describes the touched objects again, as they are now (after the probe's rollback): each with
   * its description before and after, for the caller to decide which changed.
   */
  public static List<Change> before(Connection c, List<Touched> touched) throws SQLException {
    if (touched.isEmpty()) {
      return List.of();
    }
    String[] types = new String[touched.size()];
    String[] names = new String[touched.size()];
    String[] args = new String[touched.size()];
    for (int i = 0; i < touched.size(); i++) {
      Address a = touched.get(i).address();
      types[i] = a.type();
      names[i] = json(a.names());
      args[i] = json(a.args());
    }
    List<Change> changes = new ArrayList<>();
    try (ReadTransaction pinned = ReadTransaction.begin(c)) {
      describe(c, touched, types, names, args, changes);
    }
    return changes;
  }

  private static void describe(
      Connection c,
      List<Touched> touched,
      String[] types,
      String[] names,
      String[] args,
      List<Change> changes)
      throws SQLException {
    SqlResource.forEach(
        c,
        "describe_addresses.sql",
        List.of(
            c.createArrayOf("text", types),
            c.createArrayOf("text", names),
            c.createArrayOf("text", args)),
        rs ->
            changes.add(
                new Change(touched.get(rs.getInt("ordinal") - 1), rs.getString("description"))));
  }

  private static String json(List<String> values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
