package dev.driftgate.sqlscript;

/** How a statement interacts with the transaction the gate would like to wrap it in. */
public enum StatementKind {
  /** May run inside a transaction block; the common case. */
  TRANSACTIONAL,
  /**
   * PostgreSQL refuses it inside a transaction block, e.g. {@code CREATE INDEX CONCURRENTLY},
   * {@code VACUUM} or {@code CREATE DATABASE}.
   */
  NO_TRANSACTION,
  /**
   * Starts or ends a transaction itself: {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT},
   * {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION}.
   */
  TRANSACTION_CONTROL
}
