package dev.driftgate.bench.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tier's JPA entities into {@code entities/<package>/}: one class per table, one Java enum
 * per PostgreSQL enum type, and the package's {@code package-info.java}.
 */
final class EntityWriter {
  private EntityWriter() {}

  static void write(TierSchema schema, Path entitiesRoot) throws IOException {
    Path dir = entitiesRoot.resolve(schema.javaPackage.replace('.', '/'));
    Files.createDirectories(dir);
    write(
        dir.resolve("package-info.java"),
        "/** JPA entities of the synthetic {@code "
            + schema.name
            + "} tier (database {@code "
            + schema.database
            + "}). */\npackage "
            + schema.javaPackage
            + ";\n");
    for (EnumType type : schema.enums) {
      write(dir.resolve(javaName(type.name(), true) + ".java"), enumSource(schema, type));
    }
    for (Table table : schema.tables) {
      write(
          dir.resolve(javaName(table.name(), true) + ".java"),
          new EntitySource(schema.javaPackage, table).render());
    }
  }

  /** {@code sales_orders_2} as a class ({@code SalesOrders2}) or a field ({@code salesOrders2}). */
  static String javaName(String sqlName, boolean type) {
    StringBuilder name = new StringBuilder();
    for (String part : sqlName.split("_")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (!type) {
      name.setCharAt(0, Character.toLowerCase(name.charAt(0)));
    }
    return name.toString();
  }

  private static String enumSource(TierSchema schema, EnumType type) {
    return "package "
        + schema.javaPackage
        + ";\n\n/** PostgreSQL enum {@code "
        + type.name()
        + "}; the constants are its labels in the database's sort order. */\npublic enum "
        + javaName(type.name(), true)
        + " {\n  "
        + String.join(",\n  ", type.labelsAt(Integer.MAX_VALUE))
        + "\n}\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
