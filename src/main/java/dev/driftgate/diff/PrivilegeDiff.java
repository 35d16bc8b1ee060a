package dev.driftgate.diff;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Privilege;

/**
 * Compares privileges grantee by grantee. A grantee one side records and the other does not holds
 * there what PostgreSQL grants by default; a side that holds nothing makes the difference {@code
 * privilege.missing}, anything else is {@code privilege.mismatch}. Privileges on an object the
 * second side lacks are left to that object's own finding: its fix drops them with it.
 */
final class PrivilegeDiff {
  private PrivilegeDiff() {}

  static void compare(Comparison cmp, Catalog left, Catalog right) {
    Keyed.compare(
        left.privileges(),
        right.privileges(),
        new Keyed.Visitor<>() {
          @Override
          public void onlyLeft(String key, Privilege l) {
            differ(cmp, right, key, l, l.asImplicit());
          }

          @Override
          public void onlyRight(String key, Privilege r) {
            differ(cmp, right, key, r.asImplicit(), r);
          }

          @Override
          public void both(String key, Privilege l, Privilege r) {
            differ(cmp, right, key, l, r);
          }
        });
  }

  private static void differ(Comparison cmp, Catalog right, String key, Privilege l, Privilege r) {
    if (l.privileges().equals(r.privileges()) && l.grantable().equals(r.grantable())
        || !right.holds(r.on())) {
      return;
    }
    boolean oneSided = l.privileges().isEmpty() || r.privileges().isEmpty();
    cmp.held(
        oneSided ? FindingKind.PRIVILEGE_MISSING : FindingKind.PRIVILEGE_MISMATCH,
        key,
        r.on().object(),
        holder(r.grantee()),
        PrivilegeDdl.describe(l),
        PrivilegeDdl.describe(r),
        Fix.sql(PrivilegeDdl.change(l, r)));
  }

  private static String holder(String grantee) {
    return grantee.equals(Privilege.OWNER) ? "the owner" : grantee;
  }
}
