package dev.driftgate.sqlscript;

import java.util.Set;

/**
 * Decides a statement's {@link StatementKind} from its leading tokens. The rules follow the
 * commands for which PostgreSQL calls PreventInTransactionBlock, plus the transaction commands
 * themselves; everything else is transactional.
 */
final class StatementClassifier {
  private static final int LOOKAHEAD = 32;
  private static final Set<String> SERVER_OBJECTS =
      Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION");
  private static final Set<String> OFF = Set.of("FALSE", "OFF", "0");

  private StatementClassifier() {}

  static StatementKind classify(String sql, boolean standardStrings) {
    LeadingTokens t = LeadingTokens.of(sql, LOOKAHEAD, standardStrings);
    boolean noTransaction =
        switch (t.get(0)) {
          case "COMMIT", "ROLLBACK" -> t.get(1).equals("PREPARED");
          case "CREATE" -> createNeedsNoTransaction(t);
          case "DROP" -> dropNeedsNoTransaction(t);
          case "ALTER" -> alterNeedsNoTransaction(t);
          case "REINDEX" -> reindexNeedsNoTransaction(t);
          case "VACUUM" -> true;
          case "CLUSTER" -> clusterNeedsNoTransaction(t);
          case "DISCARD" -> t.get(1).equals("ALL");
          default -> false;
        };
    if (noTransaction) {
      return StatementKind.NO_TRANSACTION;
    }
    return isTransactionControl(t)
        ? StatementKind.TRANSACTION_CONTROL
        : StatementKind.TRANSACTIONAL;
  }

  private static boolean isTransactionControl(LeadingTokens t) {
    return switch (t.get(0)) {
      case "BEGIN", "END", "ABORT", "COMMIT" -> true;
      case "START", "PREPARE" -> t.get(1).equals("TRANSACTION");
      case "ROLLBACK" -> !isRollbackToSavepoint(t);
      default -> false;
    };
  }

  // ROLLBACK [WORK | TRANSACTION] TO [SAVEPOINT] name stays inside the transaction.
  private static boolean isRollbackToSavepoint(LeadingTokens t) {
    int i = t.get(1).equals("WORK") || t.get(1).equals("TRANSACTION") ? 2 : 1;
    return t.get(i).equals("TO");
  }

  private static boolean createNeedsNoTransaction(LeadingTokens t) {
    int i = t.get(1).equals("UNIQUE") ? 2 : 1;
    if (t.get(i).equals("INDEX")) {
      return t.get(i + 1).equals("CONCURRENTLY");
    }
    return SERVER_OBJECTS.contains(t.get(1));
  }

  private static boolean dropNeedsNoTransaction(LeadingTokens t) {
    if (t.get(1).equals("INDEX")) {
      return t.get(2).equals("CONCURRENTLY");
    }
    return SERVER_OBJECTS.contains(t.get(1));
  }

  private static boolean alterNeedsNoTransaction(LeadingTokens t) {
    return switch (t.get(1)) {
      case "SYSTEM", "SUBSCRIPTION" -> true;
      case "DATABASE" -> t.get(3).equals("SET") && t.get(4).equals("TABLESPACE");
      case "TABLE" -> isDetachConcurrently(t);
      default -> false;
    };
  }

  // ALTER TABLE ... DETACH PARTITION p CONCURRENTLY must be the whole statement.
  private static boolean isDetachConcurrently(LeadingTokens t) {
    return t.complete()
        && t.get(t.size() - 1).equals("CONCURRENTLY")
        && t.containsPair(2, "DETACH", "PARTITION");
  }

  // REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name
  private static boolean reindexNeedsNoTransaction(LeadingTokens t) {
    int target = t.skipGroup(1);
    for (int i = 2; i < target; i++) {
      if (t.get(i).equals("CONCURRENTLY") && !OFF.contains(t.get(i + 1))) {
        return true;
      }
    }
    String kind = t.get(target);
    return kind.equals("SCHEMA")
        || kind.equals("DATABASE")
        || kind.equals("SYSTEM")
        || t.get(target + 1).equals("CONCURRENTLY");
  }

  // Only the argument-less form, which reclusters every table, refuses a transaction block.
  private static boolean clusterNeedsNoTransaction(LeadingTokens t) {
    int i = t.skipGroup(1);
    if (t.get(i).equals("VERBOSE")) {
      i++;
    }
    return i >= t.size();
  }
}
