package dev.milestone.tenant;

/** PostgreSQL enum {@code dependency_kind}: how a project waits for another. */
public enum DependencyKind {
  finish_to_start,
  start_to_start,
  finish_to_finish
}
