package dev.driftgate.bench.synthetic;

import dev.driftgate.bench.synthetic.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The source of one entity class: {@code @Table} with the table's unique constraints and plain
 * indexes (JPA cannot declare partial ones), one field per column with length, precision and
 * nullability, {@code @ManyToOne} with {@code @OnDelete} for foreign keys.
 */
final class EntitySource {
  private static final String JPA = "jakarta.persistence.";
  private static final String HIBERNATE = "org.hibernate.annotations.";

  private final String javaPackage;
  private final Table table;
  private final Set<String> imports = new TreeSet<>();

  EntitySource(String javaPackage, Table table) {
    this.javaPackage = javaPackage;
    this.table = table;
  }

  String render() {
    String className = EntityWriter.javaName(table.name(), true);
    StringBuilder fields = new StringBuilder();
    table.columns().forEach(c -> fields.append(field(c)).append('\n'));
    String tableAnnotation = tableAnnotation();
    use(JPA + "Entity");
    return "package "
        + javaPackage
        + ";\n\n"
        + imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining())
        + "\n/** Table {@code "
        + table.name()
        + "}. */\n@Entity\n"
        + tableAnnotation
        + "public class "
        + className
        + " {\n\n"
        + fields
        + "  protected "
        + className
        + "() {}\n\n  public Long getId() {\n    return id;\n  }\n}\n";
  }

  private String tableAnnotation() {
    use(JPA + "Table");
    List<String> parts = new ArrayList<>(List.of("name = \"" + table.name() + "\""));
    List<String> uniques = new ArrayList<>();
    for (Constraint c : table.constraints()) {
      if (c instanceof Constraint.Unique u) {
        use(JPA + "UniqueConstraint");
        uniques.add(
            "@UniqueConstraint(name = \""
                + u.name()
                + "\", columnNames = {"
                + u.columns().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "))
                + "})");
      }
    }
    List<String> indexes = new ArrayList<>();
    for (Index index : table.indexes()) {
      if (!index.partial() && !index.onExpression()) {
        use(JPA + "Index");
        indexes.add(
            "@Index(name = \""
                + index.name()
                + "\", columnList = \""
                + String.join(", ", index.keys())
                + "\")");
      }
    }
    if (!uniques.isEmpty()) {
      parts.add("uniqueConstraints = {\n      " + String.join(",\n      ", uniques) + "\n    }");
    }
    if (!indexes.isEmpty()) {
      parts.add("indexes = {\n      " + String.join(",\n      ", indexes) + "\n    }");
    }
    return "@Table(\n    " + String.join(",\n    ", parts) + ")\n";
  }

  private String field(Column c) {
    if (c.identity() != null) {
      use(JPA + "Id");
      use(JPA + "GeneratedValue");
      use(JPA + "GenerationType");
      return "  @Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n"
          + column(c, "")
          + declaration("Long", c.name());
    }
    var key = table.foreignKeyOf(c.name());
    if (key.isPresent()) {
      return reference(c, key.get());
    }
    if (c.fromSequence()) {
      use(HIBERNATE + "Generated");
      return "  @Generated\n"
          + column(c, ", insertable = false, updatable = false")
          + declaration("Long", c.name());
    }
    ColumnType type = c.type();
    return switch (type.kind()) {
      case VARCHAR -> column(c, ", length = " + type.length()) + declaration("String", c.name());
      case TEXT -> column(c, ", columnDefinition = \"text\"") + declaration("String", c.name());
      case NUMERIC ->
          column(c, ", precision = " + type.precision() + ", scale = " + type.scale())
              + declaration(imported("java.math.BigDecimal"), c.name());
      case JSONB -> json() + column(c, "") + declaration("String", c.name());
      case ENUM -> enumerated(c);
      default -> column(c, "") + declaration(javaType(type.kind()), c.name());
    };
  }

  private String reference(Column c, Constraint.ForeignKey key) {
    use(JPA + "ManyToOne");
    use(JPA + "FetchType");
    use(JPA + "JoinColumn");
    use(JPA + "ForeignKey");
    StringBuilder s = new StringBuilder("  @ManyToOne(fetch = FetchType.LAZY");
    s.append(c.notNull() ? ", optional = false)\n" : ")\n");
    if (!key.onDelete().equals("NO ACTION")) {
      use(HIBERNATE + "OnDelete");
      use(HIBERNATE + "OnDeleteAction");
      s.append("  @OnDelete(action = OnDeleteAction.")
          .append(key.onDelete().replace(' ', '_'))
          .append(")\n");
    }
    s.append("  @JoinColumn(name = \"").append(c.name()).append('"');
    s.append(c.notNull() ? ", nullable = false" : "");
    s.append(", foreignKey = @ForeignKey(name = \"").append(key.name()).append("\"))\n");
    String field = c.name().substring(0, c.name().length() - "_id".length());
    return s + declaration(EntityWriter.javaName(key.target(), true), field);
  }

  private String enumerated(Column c) {
    use(JPA + "Enumerated");
    use(JPA + "EnumType");
    use(HIBERNATE + "JdbcTypeCode");
    use("org.hibernate.type.SqlTypes");
    String enumName = c.type().enumName();
    return "  @Enumerated(EnumType.STRING)\n  @JdbcTypeCode(SqlTypes.NAMED_ENUM)\n"
        + column(c, ", columnDefinition = \"" + enumName + "\"")
        + declaration(EntityWriter.javaName(enumName, true), c.name());
  }

  private String json() {
    use(HIBERNATE + "JdbcTypeCode");
    use("org.hibernate.type.SqlTypes");
    return "  @JdbcTypeCode(SqlTypes.JSON)\n";
  }

  private String column(Column c, String more) {
    use(JPA + "Column");
    return "  @Column(name = \""
        + c.name()
        + "\""
        + (c.notNull() ? ", nullable = false" : "")
        + more
        + ")\n";
  }

  private String javaType(Kind kind) {
    return switch (kind) {
      case BIGINT -> "Long";
      case INTEGER -> "Integer";
      case BOOLEAN -> "Boolean";
      case UUID -> imported("java.util.UUID");
      case DATE -> imported("java.time.LocalDate");
      case TIMESTAMPTZ -> imported("java.time.Instant");
      default -> throw new IllegalArgumentException("no plain Java type for " + kind);
    };
  }

  private static String declaration(String type, String column) {
    return "  private " + type + " " + EntityWriter.javaName(column, false) + ";\n";
  }

  private String imported(String qualified) {
    use(qualified);
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private void use(String qualified) {
    imports.add(qualified);
  }
}
