package dev.milestone.tenant;

/**
 * PostgreSQL enum {@code event_type}; constant names are the enum labels, in the database's sort
 * order.
 */
public enum EventType {
  company_meeting,
  offsite,
  release,
  training,
  holiday,
  other
}
