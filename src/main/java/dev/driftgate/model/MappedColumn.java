package dev.driftgate.model;

/**
 * What a mapping declares about one column, beyond the type and nullability the ORM derives.
 *
 * @param declaredType the type of an explicit column definition ({@code columnDefinition =
 *     "citext"}), or null
 * @param length the declared length of a character column, or null if none was declared (JPA's
 *     default of 255 applies to every {@code @Column}, so a length of 255 may be a default)
 * @param precision the declared numeric precision, or null
 * @param scale the declared numeric scale, or null
 * @param secondPrecision the declared fractional-second precision of a temporal column, or null
 * @param insertable whether the application writes the column on insert
 * @param updatable whether the application writes the column on update
 * @param identity whether the mapping expects the database to generate the value ({@code
 *     GenerationType.IDENTITY})
 * @param primitive whether the attribute is a Java primitive, which can neither write nor read a
 *     null
 * @param subclassOnly whether only subclasses of a SINGLE_TABLE hierarchy map the column: rows of
 *     the other classes leave it null, whatever the mapping says
 * @param enumMapping how a Java enum is stored in the column, or null
 */
public record MappedColumn(
    String name,
    String declaredType,
    Long length,
    Integer precision,
    Integer scale,
    Integer secondPrecision,
    boolean insertable,
    boolean updatable,
    boolean identity,
    boolean primitive,
    boolean subclassOnly,
    EnumMapping enumMapping)
    implements java.io.Serializable {

  /** The same column written by one more attribute: writable if any attribute writes it. */
  public MappedColumn mergedWith(MappedColumn other) {
    return new MappedColumn(
        name,
        declaredType != null ? declaredType : other.declaredType,
        length != null ? length : other.length,
        precision != null ? precision : other.precision,
        scale != null ? scale : other.scale,
        secondPrecision != null ? secondPrecision : other.secondPrecision,
        insertable || other.insertable,
        updatable || other.updatable,
        identity || other.identity,
        primitive || other.primitive,
        subclassOnly && other.subclassOnly,
        enumMapping != null ? enumMapping : other.enumMapping);
  }
}
