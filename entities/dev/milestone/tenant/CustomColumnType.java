package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code custom_column_type}; constant names are the enum labels, in the database's
 * sort order.
 */
public enum CustomColumnType {
  text,
  number,
  date,
  checkbox,
  select,
  user
}
