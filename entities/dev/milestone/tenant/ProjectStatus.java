package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code project_status}; constant names are the enum labels, in the database's
 * sort order.
 */
public enum ProjectStatus {
  planned,
  active,
  on_hold,
  completed,
  cancelled,
  archived
}
