package dev.driftgate.entity;

import dev.driftgate.model.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Names as PostgreSQL sees them: unquoted identifiers fold to lower case, a table without a schema
 * lives in {@code public}, and a constraint or index the mapping does not name gets the name
 * PostgreSQL would give it ({@code orders_customer_id_fkey}), never Hibernate's hash.
 */
final class Names {
  static final String DEFAULT_SCHEMA = "public";
  private static final Pattern HIBERNATE_GENERATED = Pattern.compile("(FK|UK|IDX)[0-9a-z]{20,}");

  private Names() {}

  static String physical(String name, boolean quoted) {
    return quoted ? name : name.toLowerCase(Locale.ROOT);
  }

  static String column(Column c) {
    return physical(c.getName(), c.isQuoted());
  }

  static List<String> columns(List<Column> columns) {
    return columns.stream().map(Names::column).toList();
  }

  static QualifiedName table(Table t) {
    String schema =
        t.getSchema() == null ? DEFAULT_SCHEMA : physical(t.getSchema(), t.isSchemaQuoted());
    return QualifiedName.of(schema, physical(t.getName(), t.isQuoted()));
  }

  static String schema(Identifier schema) {
    return schema == null ? DEFAULT_SCHEMA : physical(schema.getText(), schema.isQuoted());
  }

  /** The name a mapping gave a constraint or index, or PostgreSQL's name for it. */
  static String constraint(String explicit, QualifiedName table, List<String> columns, String tag) {
    if (explicit != null && !HIBERNATE_GENERATED.matcher(explicit).matches()) {
      return explicit;
    }
    return table.name() + "_" + String.join("_", columns) + "_" + tag;
  }
}
