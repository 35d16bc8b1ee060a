package dev.driftgate.entity;

import java.lang.reflect.Method;
import java.util.Arrays;
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
  private Method sqlTypeCode;

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

  /**
   * The column's JDBC type code. Hibernate 7 takes the metadata as a {@code MappingContext},
   * Hibernate 6 (a Spring Boot 3 application's test classpath, where driftgate's extension runs) as
   * a {@code Mapping}; a direct call would name a type the other version lacks, so the one method
   * of either version is found once by reflection.
   */
  int typeCode(Column c) {
    try {
      return (Integer) sqlTypeCode().invoke(c, metadata);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hibernate's Column.getSqlTypeCode failed", e);
    }
  }

  private Method sqlTypeCode() {
    if (sqlTypeCode == null) {
      sqlTypeCode =
          Arrays.stream(Column.class.getMethods())
              .filter(m -> m.getName().equals("getSqlTypeCode") && m.getParameterCount() == 1)
              .filter(m -> m.getParameterTypes()[0].isInstance(metadata))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no Column.getSqlTypeCode(metadata)"));
    }
    return sqlTypeCode;
  }
}
