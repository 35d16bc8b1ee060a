package dev.driftgate.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Where the values of one or more columns of a generated row come from: a column's own values, or a
 * row of the table a foreign key references (all the key's columns from the same row). A null value
 * is {@code NULL}.
 */
sealed interface Part {
  List<String> columns();

  /** The values of {@link #columns()} for row {@code row}. */
  List<String> values(long row);

  /** A column whose values are generated from its type, NULL in some rows where allowed. */
  record Own(String column, Values values, Values.Mode mode, boolean nullable) implements Part {
    @Override
    public List<String> columns() {
      return List.of(column);
    }

    @Override
    public List<String> values(long row) {
      boolean nullRow =
          nullable && (mode == Values.Mode.MINIMAL || mode == Values.Mode.EDGE && row % 10 == 9);
      return Arrays.asList(nullRow ? null : values.value(row, mode));
    }
  }

  /**
   * A foreign key's columns, filled from the referenced table's rows. A key inside a unique key of
   * foreign keys only walks the parents' rows as the digits of a number ({@code stride}), so that
   * no two rows share a combination; any other picks a parent at random (seeded), sometimes none
   * where its columns allow NULL; without a random source, the parent {@code offset} rows on, so
   * that two keys of one row reference different parents ({@code CHECK (a_id <> b_id)}).
   */
  record Reference(
      List<String> columns,
      List<List<String>> parents,
      long stride,
      Random random,
      boolean nullable,
      int offset)
      implements Part {
    @Override
    public List<String> values(long row) {
      if (stride > 0) {
        return parents.get((int) (row / stride % parents.size()));
      }
      if (random == null && !parents.isEmpty()) {
        return parents.get((int) ((row + offset) % parents.size()));
      }
      if (parents.isEmpty() || nullable && row % 10 == 8) {
        return nulls();
      }
      return parents.get(random.nextInt(parents.size()));
    }

    private List<String> nulls() {
      return new ArrayList<>(java.util.Collections.nCopies(columns.size(), null));
    }
  }

  /**
   * A foreign key to the row's own table: NULL where allowed in every other row, else the previous
   * row (the first row references itself), whose key values are generated here too.
   */
  record Self(List<String> columns, List<Own> referenced, boolean nullable) implements Part {
    @Override
    public List<String> values(long row) {
      if (nullable && row % 2 == 0) {
        return new ArrayList<>(java.util.Collections.nCopies(columns.size(), null));
      }
      long earlier = Math.max(0, row - 1);
      return referenced.stream().map(own -> own.values(earlier).get(0)).toList();
    }
  }
}
