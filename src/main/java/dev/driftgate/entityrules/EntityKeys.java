package dev.driftgate.entityrules;

import static dev.driftgate.diff.SqlNames.ident;

import dev.driftgate.diff.Comparison;
import dev.driftgate.diff.Ddl;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Members;
import dev.driftgate.diff.Severity;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.Index;
import dev.driftgate.model.MappedTable;
import dev.driftgate.model.PrimaryKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.ReferentialAction;
import dev.driftgate.model.Table;
import dev.driftgate.model.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The key rules of {@link EntityDiff}: the primary key an entity's {@code @Id} declares, the unique
 * constraints and indexes its mapping declares, the foreign key behind each association (and the
 * ones Hibernate creates for JOINED subclass, secondary, join and collection tables; a mapping opts
 * out with {@code @ForeignKey(NO_CONSTRAINT)}); {@code ON DELETE} only where {@code @OnDelete} says
 * it; never a foreign key towards a view (PostgreSQL cannot have one). The primary keys of implied
 * tables are Hibernate's choice, not a declaration. Names are never compared (Hibernate's hashed
 * names and PostgreSQL's generated ones never agree), and composite keys compare as sets, because
 * Hibernate orders composite key columns alphabetically.
 */
final class EntityKeys {
  /** Hibernate's generated index names: a prefix and a hash. */
  private static final java.util.regex.Pattern HIBERNATE_NAME =
      java.util.regex.Pattern.compile("(?i)(IDX|UK|FK)[0-9a-z]{16,}");

  private final Comparison cmp;
  private final Catalog database;

  EntityKeys(Comparison cmp, Catalog database) {
    this.cmp = cmp;
    this.database = database;
  }

  void compare(Table entity, MappedTable mapped, Table actual) {
    if (mapped.role() == MappedTable.Role.ENTITY && entity.primaryKey() != null) {
      primaryKey(entity, actual);
    }
    entity.uniqueConstraints().forEach(u -> unique(entity.name(), u, actual));
    entity.indexes().forEach(i -> index(entity.name(), i, actual));
    entity.foreignKeys().stream()
        .filter(fk -> !database.views().containsKey(fk.referencedTable()))
        .forEach(fk -> foreignKey(entity.name(), fk, actual));
  }

  private void primaryKey(Table entity, Table actual) {
    PrimaryKey declared = entity.primaryKey();
    PrimaryKey pk = actual.primaryKey();
    if (pk != null && sameSet(declared.columns(), pk.columns())) {
      return;
    }
    String add = Ddl.addConstraint(actual.name(), Ddl.constraint(declared));
    cmp.changed(
        FindingKind.PRIMARY_KEY_MISMATCH,
        actual.name().member(pk == null ? declared.name() : pk.name()),
        "primary key",
        describe(declared),
        pk == null ? null : describe(pk),
        Fix.sql(pk == null ? add : Ddl.dropConstraint(actual.name(), pk.name()) + "\n" + add));
  }

  private static String describe(PrimaryKey pk) {
    return Members.describe(pk);
  }

  /** A unique constraint, a primary key or a plain unique index on the same columns. */
  private void unique(QualifiedName table, UniqueConstraint declared, Table actual) {
    boolean found =
        actual.uniqueConstraints().stream().anyMatch(u -> sameSet(u.columns(), declared.columns()))
            || (actual.primaryKey() != null
                && sameSet(actual.primaryKey().columns(), declared.columns()))
            || actual.indexes().stream()
                .anyMatch(
                    i ->
                        i.unique()
                            && isPlain(i)
                            && sameSet(unquoted(i.keys()), declared.columns()));
    if (!found) {
      String definition = Ddl.constraint(declared);
      cmp.missing(
          FindingKind.UNIQUE_MISSING,
          "unique constraint",
          table.member(declared.name()),
          true,
          definition,
          Fix.sql(Ddl.addConstraint(table, definition)));
    }
  }

  /** An index with the same keys in the same order, or a constraint's index on those columns. */
  private void index(QualifiedName table, Index declared, Table actual) {
    String keys = keyList(declared);
    Optional<Index> same =
        actual.indexes().stream()
            .filter(
                i -> isPlain(i) && keyList(i).equals(keys) && (i.unique() || !declared.unique()))
            .findFirst();
    if (same.isPresent()) {
      name(table, declared, same.get(), actual);
      return;
    }
    if (constraintIndexes(actual).contains(keys)) {
      return;
    }
    String object = QualifiedName.of(table.schema(), declared.name()).toString();
    String create = Ddl.createIndex(declared, table);
    Optional<Index> sameName =
        actual.indexes().stream().filter(i -> i.name().equals(declared.name())).findFirst();
    if (sameName.isPresent()) {
      cmp.changed(
          FindingKind.INDEX_MISMATCH,
          object,
          "definition",
          declared.shape(),
          sameName.get().shape(),
          Fix.sql(Ddl.dropIndex(table, declared.name()) + "\n" + create));
    } else {
      cmp.missing(
          FindingKind.INDEX_MISSING, "index", object, true, declared.shape(), Fix.sql(create));
    }
  }

  /**
   * An index the mapping names explicitly ({@code @Index(name = ...)}) that the database has under
   * another name: a warning, as on the SQL side. Hibernate's generated names ({@code IDX...})
   * assert nothing.
   */
  private void name(QualifiedName table, Index declared, Index same, Table actual) {
    boolean named = actual.indexes().stream().anyMatch(i -> i.name().equals(declared.name()));
    if (named || HIBERNATE_NAME.matcher(declared.name()).matches()) {
      return;
    }
    cmp.changed(
        FindingKind.INDEX_MISMATCH,
        Severity.WARNING,
        QualifiedName.of(table.schema(), declared.name()).toString(),
        "name",
        declared.name(),
        same.name(),
        Fix.sql(Ddl.renameIndex(table, same.name(), declared.name())));
  }

  /** The key lists of the unique indexes behind the table's primary key and unique constraints. */
  private static Set<String> constraintIndexes(Table t) {
    Set<String> keys = new HashSet<>();
    t.uniqueConstraints().forEach(u -> keys.add(String.join(", ", u.columns())));
    if (t.primaryKey() != null) {
      keys.add(String.join(", ", t.primaryKey().columns()));
    }
    return keys;
  }

  private void foreignKey(QualifiedName table, ForeignKey declared, Table actual) {
    Optional<ForeignKey> same =
        actual.foreignKeys().stream().filter(fk -> samePairs(fk, declared)).findFirst();
    String add = Ddl.addConstraint(table, Ddl.constraint(declared));
    if (same.isPresent()) {
      ForeignKey fk = same.get();
      if (declared.onDelete() != ReferentialAction.NO_ACTION
          && declared.onDelete() != fk.onDelete()) {
        cmp.changed(
            FindingKind.FOREIGN_KEY_MISMATCH,
            table.member(fk.name()),
            "ON DELETE (@OnDelete)",
            declared.onDelete().sql(),
            fk.onDelete().sql(),
            Fix.sql(Ddl.dropConstraint(table, fk.name()) + "\n" + renamed(add, declared, fk)));
      }
      return;
    }
    Optional<ForeignKey> sameColumns =
        actual.foreignKeys().stream()
            .filter(fk -> sameSet(fk.columns(), declared.columns()))
            .findFirst();
    if (sameColumns.isPresent()) {
      ForeignKey fk = sameColumns.get();
      cmp.changed(
          FindingKind.FOREIGN_KEY_MISMATCH,
          table.member(fk.name()),
          "reference",
          describe(declared),
          describe(fk),
          Fix.sql(Ddl.dropConstraint(table, fk.name()) + "\n" + renamed(add, declared, fk)));
    } else {
      cmp.missing(
          FindingKind.FOREIGN_KEY_MISSING,
          "foreign key",
          table.member(declared.name()),
          true,
          describe(declared),
          Fix.sql(add));
    }
  }

  private static String describe(ForeignKey fk) {
    return Members.describe(fk);
  }

  /** The fix re-creates the constraint under the database's name. */
  private static String renamed(String add, ForeignKey declared, ForeignKey actual) {
    return add.replace(
        "CONSTRAINT " + ident(declared.name()) + " ", "CONSTRAINT " + ident(actual.name()) + " ");
  }

  /** Same referenced table and the same column-to-column pairs, in any order. */
  private static boolean samePairs(ForeignKey a, ForeignKey b) {
    return a.referencedTable().equals(b.referencedTable()) && pairs(a).equals(pairs(b));
  }

  private static Set<String> pairs(ForeignKey fk) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      pairs.add(fk.columns().get(i) + "->" + fk.referencedColumns().get(i));
    }
    return pairs;
  }

  private static boolean isPlain(Index i) {
    return i.predicate() == null && i.include().isEmpty() && Objects.equals(i.method(), "btree");
  }

  /** The key list of an index's definition ({@code a, b DESC}), quotes removed. */
  static String keyList(Index i) {
    String shape = i.shape();
    int open = shape.indexOf("USING btree (");
    if (open < 0) {
      return shape;
    }
    int start = open + "USING btree (".length();
    int depth = 1;
    int end = start;
    while (end < shape.length() && depth > 0) {
      char c = shape.charAt(end);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      end++;
    }
    return shape.substring(start, end - 1).replace("\"", "");
  }

  /** Index keys as the catalog prints them quote reserved words ({@code "user"}). */
  private static List<String> unquoted(List<String> keys) {
    return keys.stream().map(k -> k.replace("\"", "")).toList();
  }

  private static boolean sameSet(List<String> a, List<String> b) {
    return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
  }
}
