package dev.driftgate.model;

import java.util.List;

/**
 * How a Java enum attribute is stored.
 *
 * @param constants the enum's constant names, in declaration order
 */
public record EnumMapping(Storage storage, List<String> constants) implements java.io.Serializable {
  /** The storage forms of JPA and Hibernate. */
  public enum Storage {
    /** {@code EnumType.ORDINAL}: the constant's position, in an integer column. */
    ORDINAL,
    /** {@code EnumType.STRING}: the constant's name, in a character column. */
    STRING,
    /** {@code SqlTypes.NAMED_ENUM}: the constant's name, in a PostgreSQL enum column. */
    NAMED
  }

  public EnumMapping {
    constants = List.copyOf(constants);
  }
}
