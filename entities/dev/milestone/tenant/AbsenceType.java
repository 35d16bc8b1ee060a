package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code absence_type}; constant names are the enum labels, in the database's sort
 * order.
 */
public enum AbsenceType {
  vacation,
  sick_leave,
  training,
  parental_leave,
  other
}
