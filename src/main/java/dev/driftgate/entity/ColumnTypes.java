package dev.driftgate.entity;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * Column types as the PostgreSQL dialect renders them, and which of them a {@code columnDefinition}
 * declared. Hibernate caches a rendered type in the same field that holds a column definition, so
 * the declared ones are captured before anything is rendered.
 */
final class ColumnTypes {
  /**
   * Where the type ends in a column definition such as {@code varchar(20) not null default 'x'}.
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "\\s+(not\\s+null|null|default|check|unique|primary\\s+key|references|generated"
              + "|collate|constraint)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern NOT_NULL =
      Pattern.compile("\\bnot\\s+null\\b", Pattern.CASE_INSENSITIVE);

  private final Metadata metadata;
  private final Map<Column, String> definitions = new IdentityHashMap<>();

  ColumnTypes(Metadata metadata, Iterable<Table> tables) {
    this.metadata = metadata;
    for (Table t : tables) {
      for (Column c : t.getColumns()) {
        if (c.getSqlType() != null && !definitions.containsKey(c)) {
          definitions.put(c, c.getSqlType());
        }
      }
    }
  }

  /** The type a {@code columnDefinition} declares, or null. */
  String declared(Column c) {
    String definition = definitions.get(c);
    return definition == null ? null : CLAUSE.matcher(definition.strip()).replaceFirst("");
  }

  /** The column's type: the declared one, else what the dialect renders. */
  String type(Column c) {
    String declared = declared(c);
    return declared != null ? declared : c.getSqlType(metadata).toLowerCase(Locale.ROOT);
  }

  boolean definitionSaysNotNull(Column c) {
    String definition = definitions.get(c);
    return definition != null && NOT_NULL.matcher(definition).find();
  }

  int typeCode(Column c) {
    return c.getSqlTypeCode(metadata);
  }
}
