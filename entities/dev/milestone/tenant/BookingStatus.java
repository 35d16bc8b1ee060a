package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code booking_status}; constant names are the enum labels, in the database's
 * sort order.
 */
public enum BookingStatus {
  tentative,
  confirmed,
  completed,
  cancelled
}
