package dev.driftgate.model;

/**
 * An object privileges are granted on, or the scope of a set of default privileges.
 *
 * @param schema the object's schema (the schema itself for {@link Kind#SCHEMA}); for {@link
 *     Kind#DEFAULT}, the schema the defaults apply in, or null where they apply everywhere
 * @param name the object's name; for {@link Kind#DEFAULT}, the role whose new objects get them
 *     ({@code owner} for the role that builds the database)
 * @param detail the column of a {@link Kind#COLUMN}, the argument types of a {@link Kind#ROUTINE}
 *     ({@code integer, text}), the object type of a {@link Kind#DEFAULT} ({@code TABLES}, {@code
 *     SEQUENCES}, {@code FUNCTIONS}, {@code TYPES}, {@code SCHEMAS}); null otherwise
 */
public record Securable(Kind kind, String schema, String name, String detail)
    implements java.io.Serializable {

  /** What kind of object: the word a {@code GRANT ... ON} names it with. */
  public enum Kind {
    SCHEMA,
    TYPE,
    DOMAIN,
    SEQUENCE,
    TABLE,
    COLUMN,
    ROUTINE,
    DEFAULT
  }

  /**
   * The name findings use: {@code public.users}, {@code public.users.email}, {@code f(integer)}.
   */
  public String object() {
    return switch (kind) {
      case SCHEMA -> schema;
      case COLUMN -> schema + "." + name + "." + detail;
      case ROUTINE -> schema + "." + name + "(" + detail + ")";
      case DEFAULT ->
          "default privileges"
              + (name.equals(Privilege.OWNER) ? "" : " for role " + name)
              + (schema == null ? "" : " in schema " + schema)
              + " on "
              + detail.toLowerCase(java.util.Locale.ROOT);
      default -> schema + "." + name;
    };
  }

  /** How messages name the kind: {@code table}, {@code column}, {@code function}. */
  public String noun() {
    return kind == Kind.ROUTINE ? "function" : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
