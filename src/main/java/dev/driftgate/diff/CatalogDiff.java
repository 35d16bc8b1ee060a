package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Domain;
import dev.driftgate.model.EnumType;
import dev.driftgate.model.Extension;
import dev.driftgate.model.Provenance;
import dev.driftgate.model.Sequence;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two catalogs object by object and returns every difference, sorted. Never stops at the
 * first one: a report that lists everything at once is worth more than one that has to be rerun
 * after each fix.
 */
public final class CatalogDiff {
  private final Comparison cmp;

  private CatalogDiff(Comparison cmp) {
    this.cmp = cmp;
  }

  /** The two sides of a comparison: a source, its catalog and where its objects came from. */
  public record Side(Source source, Catalog catalog, Provenance provenance) {}

  public static List<Finding> compare(String tier, Side left, Side right) {
    CatalogDiff diff =
        new CatalogDiff(
            new Comparison(
                tier,
                new Comparison.Side(left.source(), left.provenance()),
                new Comparison.Side(right.source(), right.provenance())));
    diff.all(left.catalog(), right.catalog());
    return RootCauses.group(diff.cmp.findings(), left.catalog(), right.catalog());
  }

  private void all(Catalog l, Catalog r) {
    schemas(l, r);
    extensions(l, r);
    keyed(
        l.enums(),
        r.enums(),
        "enum type",
        FindingKind.ENUM_MISSING,
        this::createEnum,
        this::dropType,
        (c, le, re) -> EnumDiff.compare(c, le, re, l));
    keyed(
        l.domains(),
        r.domains(),
        "domain",
        FindingKind.DOMAIN_MISSING,
        ObjectDdl::createDomain,
        d -> "DROP DOMAIN " + qualified(d.name()) + ";",
        this::domains);
    keyed(
        l.sequences(),
        r.sequences(),
        "sequence",
        FindingKind.SEQUENCE_MISSING,
        ObjectDdl::createSequence,
        ObjectDdl::dropSequence,
        this::sequences);
    keyed(
        l.tables(),
        r.tables(),
        "table",
        FindingKind.TABLE_MISSING,
        Ddl::createTable,
        t -> "DROP TABLE " + qualified(t.name()) + ";",
        (c, lt, rt) -> TableDiff.compare(c, lt, rt, l, r),
        TableDiff::parts);
    keyed(
        l.views(),
        r.views(),
        "view",
        FindingKind.VIEW_MISSING,
        ObjectDdl::createView,
        ObjectDdl::dropView,
        (c, lv, rv) -> ViewDiff.compare(c, lv, rv));
    keyed(
        l.routines(),
        r.routines(),
        "function",
        FindingKind.FUNCTION_MISSING,
        RoutineDiff::create,
        ObjectDdl::dropRoutine,
        RoutineDiff::compare);
    PrivilegeDiff.compare(cmp, l, r);
  }

  /** What to do with an object present on both sides. */
  private interface Both<V> {
    void compare(Comparison cmp, V left, V right);
  }

  private <K, V> void keyed(
      Map<K, V> left,
      Map<K, V> right,
      String noun,
      FindingKind missing,
      Function<V, String> create,
      Function<V, String> drop,
      Both<V> both) {
    keyed(left, right, noun, missing, create, drop, both, (c, v, onLeft) -> {});
  }

  /** What else to report of an object present on one side only: the parts it carries along. */
  private interface OneSide<V> {
    void parts(Comparison cmp, V value, boolean onLeft);
  }

  private <K, V> void keyed(
      Map<K, V> left,
      Map<K, V> right,
      String noun,
      FindingKind missing,
      Function<V, String> create,
      Function<V, String> drop,
      Both<V> both,
      OneSide<V> parts) {
    Keyed.compare(
        left,
        right,
        new Keyed.Visitor<>() {
          @Override
          public void onlyLeft(K key, V value) {
            cmp.missing(
                missing,
                noun,
                key.toString(),
                true,
                create.apply(value),
                Fix.sql(drop.apply(value)));
            parts.parts(cmp, value, true);
          }

          @Override
          public void onlyRight(K key, V value) {
            cmp.missing(
                missing,
                noun,
                key.toString(),
                false,
                create.apply(value),
                Fix.sql(create.apply(value)));
            parts.parts(cmp, value, false);
          }

          @Override
          public void both(K key, V l, V r) {
            both.compare(cmp, l, r);
          }
        });
  }

  private void schemas(Catalog l, Catalog r) {
    Keyed.compare(
        asMap(l.schemas()),
        asMap(r.schemas()),
        new Keyed.Visitor<>() {
          @Override
          public void onlyLeft(String name, String v) {
            cmp.missing(
                FindingKind.SCHEMA_MISSING,
                "schema",
                name,
                true,
                "CREATE SCHEMA " + ident(name),
                Fix.sql("DROP SCHEMA " + ident(name) + ";"));
          }

          @Override
          public void onlyRight(String name, String v) {
            cmp.missing(
                FindingKind.SCHEMA_MISSING,
                "schema",
                name,
                false,
                "CREATE SCHEMA " + ident(name),
                Fix.sql("CREATE SCHEMA " + ident(name) + ";"));
          }

          @Override
          public void both(String name, String lv, String rv) {}
        });
  }

  private void extensions(Catalog l, Catalog r) {
    Keyed.compare(
        l.extensions(),
        r.extensions(),
        new Keyed.Visitor<>() {
          @Override
          public void onlyLeft(String name, Extension e) {
            cmp.missing(
                FindingKind.EXTENSION_MISSING,
                "extension",
                name,
                true,
                create(e),
                Fix.sql("DROP EXTENSION " + ident(name) + ";"));
          }

          @Override
          public void onlyRight(String name, Extension e) {
            cmp.missing(
                FindingKind.EXTENSION_MISSING,
                "extension",
                name,
                false,
                create(e),
                Fix.sql(create(e)));
          }

          @Override
          public void both(String name, Extension le, Extension re) {
            if (!le.schema().equals(re.schema())) {
              cmp.changed(
                  FindingKind.EXTENSION_MISSING,
                  name,
                  "schema",
                  le.schema(),
                  re.schema(),
                  Fix.sql(
                      "ALTER EXTENSION "
                          + ident(name)
                          + " SET SCHEMA "
                          + ident(re.schema())
                          + ";"));
            }
          }

          private String create(Extension e) {
            return "CREATE EXTENSION IF NOT EXISTS "
                + ident(e.name())
                + " SCHEMA "
                + ident(e.schema())
                + ";";
          }
        });
  }

  private String createEnum(EnumType e) {
    return "CREATE TYPE "
        + qualified(e.name())
        + " AS ENUM ("
        + e.labels().stream().map(SqlNames::literal).collect(Collectors.joining(", "))
        + ");"
        + ObjectDdl.commentAfter("TYPE " + qualified(e.name()), e.comment());
  }

  private String dropType(EnumType e) {
    return "DROP TYPE " + qualified(e.name()) + ";";
  }

  private void domains(Comparison c, Domain l, Domain r) {
    Domain lc =
        new Domain(
            l.name(),
            l.baseType(),
            l.notNull(),
            Equivalence.canonicalDefault(l.defaultExpression()),
            l.collation(),
            l.checks(),
            null);
    Domain rc =
        new Domain(
            r.name(),
            r.baseType(),
            r.notNull(),
            Equivalence.canonicalDefault(r.defaultExpression()),
            r.collation(),
            r.checks(),
            null);
    if (!lc.equals(rc)) {
      c.changed(
          FindingKind.DOMAIN_MISMATCH,
          l.name().toString(),
          "definition",
          ObjectDdl.createDomain(l),
          ObjectDdl.createDomain(r),
          Fix.sql(
              "DROP DOMAIN " + qualified(l.name()) + " CASCADE;\n" + ObjectDdl.createDomain(r)));
    }
    c.comment(l.name().toString(), "DOMAIN " + qualified(l.name()), l.comment(), r.comment());
  }

  private void sequences(Comparison c, Sequence l, Sequence r) {
    if (!l.options().equals(r.options()) || !Objects.equals(l.ownedBy(), r.ownedBy())) {
      c.changed(
          FindingKind.SEQUENCE_MISMATCH,
          l.name().toString(),
          "definition",
          ObjectDdl.sequenceText(l),
          ObjectDdl.sequenceText(r),
          Fix.sql(ObjectDdl.alterSequence(r)));
    }
    c.comment(l.name().toString(), "SEQUENCE " + qualified(l.name()), l.comment(), r.comment());
  }

  private static Map<String, String> asMap(java.util.Set<String> names) {
    Map<String, String> map = new TreeMap<>();
    names.forEach(n -> map.put(n, n));
    return map;
  }
}
