package dev.driftgate.model;

import java.util.Comparator;

/** A schema-qualified object name, the key of every top-level object in a {@link Catalog}. */
public record QualifiedName(String schema, String name)
    implements java.io.Serializable, Comparable<QualifiedName> {
  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  /** Parses {@code schema.name}; a bare name is taken to live in {@code public}. */
  public static QualifiedName parse(String text) {
    int dot = text.indexOf('.');
    return dot < 0 ? of("public", text) : of(text.substring(0, dot), text.substring(dot + 1));
  }

  /** A name inside this object, such as a column: {@code public.users.email}. */
  public String member(String memberName) {
    return this + "." + memberName;
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
