package dev.driftgate.diff;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a cause's fix already removes a finding it causes. Such a finding keeps its place in the
 * report but says that its cause's fix covers it instead of carrying SQL that would then fail
 * ({@code CREATE INDEX} of an index the {@code CREATE TABLE} fix has just made) or act twice. Every
 * other related finding keeps its own fix, to run beside its cause's.
 */
final class Coverage {
  /**
   * What the fix of a missing table does not create with it (its row security and policies it does;
   * grants on it are theirs to make).
   */
  private static final Set<FindingKind> NOT_CREATED_WITH_TABLE =
      EnumSet.of(
          FindingKind.SEQUENCE_MISSING,
          FindingKind.TABLE_MISSING,
          FindingKind.PRIVILEGE_MISSING,
          FindingKind.PRIVILEGE_MISMATCH);

  /** What a partitioned table does not hand down to its partitions when it is altered. */
  private static final Set<FindingKind> NOT_INHERITED =
      EnumSet.of(
          FindingKind.COMMENT_MISMATCH,
          FindingKind.POLICY_MISSING,
          FindingKind.POLICY_MISMATCH,
          FindingKind.TABLE_OPTIONS,
          FindingKind.TABLE_MISSING,
          FindingKind.TABLE_MISMATCH);

  /** What the fix of a table made again does not make with it: see {@link TableRewrite}. */
  private static final Set<FindingKind> NOT_MADE_AGAIN =
      EnumSet.of(
          FindingKind.SEQUENCE_MISSING,
          FindingKind.SEQUENCE_MISMATCH,
          FindingKind.PRIVILEGE_MISSING,
          FindingKind.PRIVILEGE_MISMATCH);

  private Coverage() {}

  /** {@code related} as its root cause lists it, given the finding that directly causes it. */
  static Finding applied(Finding cause, Finding related, Owners owners) {
    return reason(cause, related, owners).map(r -> related.withFix(Fix.none(r))).orElse(related);
  }

  private static Optional<String> reason(Finding cause, Finding related, Owners owners) {
    if (owners.referencedBy(related.object()).isPresent()
        && !owners.tableOf(related.object()).equals(Optional.of(cause.object()))) {
      // another table's foreign key: neither CREATE TABLE nor DROP TABLE makes or drops it
      return Optional.empty();
    }
    if (cause.kind() == FindingKind.TABLE_MISSING) {
      if (cause.actual() == null) {
        // DROP TABLE drops everything that hangs off the table, owned sequences and partitions too
        return Optional.of(removedBy(cause, "dropped with the table"));
      }
      return NOT_CREATED_WITH_TABLE.contains(related.kind())
          ? Optional.empty()
          : Optional.of(removedBy(cause, "created with the table"));
    }
    if (cause.kind() == FindingKind.TABLE_MISMATCH && Fix.isRewrite(cause.fix())) {
      return NOT_MADE_AGAIN.contains(related.kind())
          ? Optional.empty()
          : Optional.of(removedBy(cause, "the table is made again as the other side has it"));
    }
    Optional<String> parent = owners.tableOf(related.object()).flatMap(owners::partitionOf);
    boolean onParent = parent.isPresent() && parent.equals(owners.tableOf(cause.object()));
    if (onParent && !NOT_INHERITED.contains(related.kind())) {
      return Optional.of(removedBy(cause, "the partitioned table's change reaches its partitions"));
    }
    return Optional.empty();
  }

  private static String removedBy(Finding cause, String how) {
    return "removed by the fix of " + cause.kind().id() + " " + cause.object() + " (" + how + ")";
  }
}
