package dev.driftgate.catalog;

import dev.driftgate.model.Domain;
import dev.driftgate.model.EnumType;
import dev.driftgate.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads enum types and domains. */
final class TypeReader {
  private TypeReader() {}

  static Map<QualifiedName, EnumType> enums(Connection c, Object schemaOids) throws SQLException {
    Map<QualifiedName, EnumType> enums = new TreeMap<>();
    SqlResource.forEach(
        c,
        "enum_types.sql",
        List.of(schemaOids),
        rs -> {
          QualifiedName name = nameOf(rs);
          enums.put(
              name,
              new EnumType(name, SqlResource.strings(rs, "labels"), rs.getString("description")));
        });
    return enums;
  }

  static Map<QualifiedName, Domain> domains(Connection c, Object schemaOids) throws SQLException {
    Map<QualifiedName, Domain> domains = new TreeMap<>();
    SqlResource.forEach(
        c,
        "domains.sql",
        List.of(schemaOids),
        rs -> {
          QualifiedName name = nameOf(rs);
          domains.put(
              name,
              new Domain(
                  name,
                  rs.getString("base_type"),
                  rs.getBoolean("typnotnull"),
                  rs.getString("typdefault"),
                  rs.getString("collation"),
                  SqlResource.strings(rs, "checks"),
                  rs.getString("description")));
        });
    return domains;
  }

  private static QualifiedName nameOf(ResultSet rs) throws SQLException {
    return QualifiedName.of(rs.getString("nspname"), rs.getString("typname"));
  }
}
