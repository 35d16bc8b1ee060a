package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code user_role}; constant names are the enum labels, in the database's sort
 * order.
 */
public enum UserRole {
  admin,
  manager,
  planner,
  viewer
}
