package dev.driftgate.entityrules;

import dev.driftgate.diff.Equivalence;
import dev.driftgate.diff.TypeName;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.EnumMapping;
import dev.driftgate.model.MappedColumn;
import dev.driftgate.model.QualifiedName;
import java.util.Set;

/**
 * Whether a database column's type fits what an entity attribute declares. The rules, each a
 * judgement of what a Hibernate user expects at run time:
 *
 * <ol>
 *   <li>A {@code columnDefinition} is a declaration of the exact type: modifiers included, after
 *       alias folding ({@code varchar(20)} = {@code character varying(20)}).
 *   <li>Character columns: {@code text} and {@code character varying} are one family. A bounded
 *       column must have exactly the mapping's length; JPA's default of 255 counts as the mapping's
 *       length, because that is what {@code @Column} says when no length is written, except that a
 *       wider column is only a warning (reading works; only writing longer values fails, and an
 *       explicit {@code length = 255} cannot be told from the default). An unbounded column fits a
 *       mapping without a length (or with the default 255, which cannot be told apart from none),
 *       but not an explicit other length.
 *   <li>{@code EnumType.STRING} enums fit any character column long enough for the longest
 *       constant; {@code EnumType.ORDINAL} enums fit any integer column; {@code NAMED_ENUM} enums
 *       need a PostgreSQL enum type (any name, unless a {@code columnDefinition} names it:
 *       Hibernate binds the value untyped and lets the column decide).
 *   <li>{@code numeric}: a declared precision and scale must match exactly; without a declared
 *       precision any {@code numeric} fits (Hibernate's {@code numeric(38,2)} is only a default).
 *   <li>Temporal types: the base type must match ({@code timestamp} is not {@code timestamptz});
 *       fractional-second precision is compared only when declared ({@code secondPrecision}).
 *   <li>Everything else ({@code uuid}, {@code jsonb}, integers, {@code boolean}, {@code bytea},
 *       {@code oid} for {@code @Lob}, ...) must have the same base type: {@code json} is not {@code
 *       jsonb}, {@code integer} is not {@code bigint}, and a {@code @Lob String} (an {@code oid}
 *       large object on PostgreSQL) does not fit {@code text}.
 * </ol>
 */
final class EntityTypes {
  private static final int DEFAULT_LENGTH = 255;
  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

  private EntityTypes() {}

  /**
   * What the mapping expects instead of the database's type.
   *
   * @param isType whether {@code expected} is a type the column can be altered to, rather than a
   *     description ("a PostgreSQL enum type")
   * @param defaultLength whether the mapping only has JPA's default length of 255 and the column is
   *     wider: everything reads, but the entity cannot write the longer values the column holds (a
   *     warning, not an error)
   */
  record Mismatch(String expected, boolean isType, boolean defaultLength) {
    static Mismatch type(String expected) {
      return new Mismatch(expected, true, false);
    }

    static Mismatch described(String expected) {
      return new Mismatch(expected, false, false);
    }
  }

  /**
   * What the mapping expects if {@code databaseType} does not fit it, else null.
   *
   * @param entityType the type the dialect renders for the attribute
   */
  static Mismatch mismatch(
      MappedColumn mapped, String entityType, String databaseType, Catalog database) {
    TypeName db = TypeName.parse(databaseType);
    if (mapped.declaredType() != null) {
      return Equivalence.sameType(mapped.declaredType(), databaseType)
          ? null
          : Mismatch.type(Equivalence.canonicalType(mapped.declaredType()));
    }
    EnumMapping enumMapping = mapped.enumMapping();
    if (enumMapping != null && enumMapping.storage() == EnumMapping.Storage.NAMED) {
      return isEnum(databaseType, database)
          ? null
          : Mismatch.described("a PostgreSQL enum type for a NAMED_ENUM");
    }
    if (enumMapping != null && enumMapping.storage() == EnumMapping.Storage.ORDINAL) {
      return INTEGERS.contains(db.base()) && db.array().isEmpty()
          ? null
          : Mismatch.described("an integer type for an ordinal enum");
    }
    TypeName entity = TypeName.parse(entityType);
    if (entity.isCharacter()) {
      return character(mapped, entity, db);
    }
    if (!entity.sameBase(db)) {
      return Mismatch.type(entity.toString());
    }
    if (entity.base().equals("numeric")) {
      return numeric(mapped, entity, db);
    }
    if (entity.isTemporal() && mapped.secondPrecision() != null) {
      int actual = db.first() == null ? 6 : db.first();
      return actual == mapped.secondPrecision()
          ? null
          : Mismatch.type(entity.with(mapped.secondPrecision(), null));
    }
    return null;
  }

  private static Mismatch character(MappedColumn mapped, TypeName entity, TypeName db) {
    if (!db.isCharacter() || !db.array().equals(entity.array())) {
      return Mismatch.type(entity.toString());
    }
    EnumMapping enumMapping = mapped.enumMapping();
    if (enumMapping != null) {
      int longest = enumMapping.constants().stream().mapToInt(String::length).max().orElse(0);
      return db.first() == null || db.first() >= longest
          ? null
          : Mismatch.type("character varying(" + longest + ")");
    }
    boolean unboundedEntity = entity.base().equals("text") || entity.first() == null;
    if (db.first() == null) {
      boolean lengthAsserted =
          !unboundedEntity && mapped.length() != null && mapped.length() != DEFAULT_LENGTH;
      return lengthAsserted ? Mismatch.type(entity.toString()) : null;
    }
    if (unboundedEntity) {
      return Mismatch.type(entity.toString());
    }
    long length = mapped.length() != null ? mapped.length() : DEFAULT_LENGTH;
    if (db.first() == length) {
      return null;
    }
    String expected = entity.with((int) length, null);
    return length == DEFAULT_LENGTH && db.first() > DEFAULT_LENGTH
        ? new Mismatch(expected, true, true)
        : Mismatch.type(expected);
  }

  private static Mismatch numeric(MappedColumn mapped, TypeName entity, TypeName db) {
    if (mapped.precision() == null) {
      return null;
    }
    int scale = mapped.scale() == null ? 0 : mapped.scale();
    boolean same =
        db.first() != null
            && db.first().equals(mapped.precision())
            && (db.second() == null ? 0 : db.second()) == scale;
    return same ? null : Mismatch.type(entity.with(mapped.precision(), scale));
  }

  static boolean isEnum(String databaseType, Catalog database) {
    return enumName(databaseType, database) != null;
  }

  /** The enum type a column's type names, or null. */
  static QualifiedName enumName(String databaseType, Catalog database) {
    QualifiedName name = QualifiedName.parse(databaseType.replace("\"", ""));
    return database.enums().containsKey(name) ? name : null;
  }
}
