package dev.driftgate.diff;

import dev.driftgate.model.QualifiedName;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one kind of object that hangs off a table (a constraint, an index) is compared: how it is
 * named, what makes two of them the same object, what is compared once they are paired, and the DDL
 * that adds, drops or renames it.
 *
 * @param shape what identifies the object regardless of its name
 * @param options what must also be equal once two objects are paired by shape
 * @param describe the object's definition as findings show it
 * @param objectName the name findings use for the object
 * @param optionsKind the kind of a difference in options only (storage parameters of an index are
 *     {@code table.options})
 * @param alter the DDL that changes the options of a paired object in place, or null where it must
 *     be dropped and created again
 */
record Member<T>(
    String noun,
    FindingKind missingKind,
    FindingKind mismatchKind,
    Function<T, String> name,
    Function<T, String> shape,
    Function<T, String> options,
    Function<T, String> describe,
    BiFunction<QualifiedName, T, String> objectName,
    BiFunction<QualifiedName, T, String> create,
    BiFunction<QualifiedName, T, String> drop,
    Renamer rename,
    Alter<T> alter,
    FindingKind optionsKind) {

  Member(
      String noun,
      FindingKind missingKind,
      FindingKind mismatchKind,
      Function<T, String> name,
      Function<T, String> shape,
      Function<T, String> options,
      Function<T, String> describe,
      BiFunction<QualifiedName, T, String> objectName,
      BiFunction<QualifiedName, T, String> create,
      BiFunction<QualifiedName, T, String> drop,
      Renamer rename,
      Alter<T> alter) {
    this(
        noun,
        missingKind,
        mismatchKind,
        name,
        shape,
        options,
        describe,
        objectName,
        create,
        drop,
        rename,
        alter,
        mismatchKind);
  }

  /** Renders the DDL that gives {@code left} the options of {@code right}, or null. */
  interface Alter<T> {
    String sql(QualifiedName table, T left, T right);
  }

  /** For members whose options only change by dropping and creating them again. */
  static <T> Alter<T> noAlter() {
    return (table, left, right) -> null;
  }

  /** Renders the DDL that renames an object of the table. */
  interface Renamer {
    String sql(QualifiedName table, String from, String to);
  }

  /** The name of a constraint as findings use it: {@code schema.table.constraint}. */
  static <T> BiFunction<QualifiedName, T, String> ofTable(Function<T, String> name) {
    return (table, item) -> table.member(name.apply(item));
  }
}
