package dev.milestone.master;

/** PostgreSQL enum {@code admin_role}; constant names are the enum labels. */
public enum AdminRole {
  superadmin,
  admin,
  support
}
