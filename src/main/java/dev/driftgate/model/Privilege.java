package dev.driftgate.model;

import java.util.List;

/**
 * What one role may do with one object, recorded only where it differs from what PostgreSQL grants
 * without any {@code GRANT}: so two databases that never granted anything hold no privileges, and
 * {@code GRANT ALL}, the expanded list and any grant order come out the same.
 *
 * @param grantee a role name, {@code PUBLIC}, or {@link #OWNER} for the object's owner (whoever
 *     that is on each side: scratch builds run as a role of their own)
 * @param privileges the privileges the grantee holds, by name ({@code SELECT}, {@code EXECUTE}),
 *     sorted; empty where a default one was revoked
 * @param grantable those of them it holds {@code WITH GRANT OPTION}, sorted
 * @param implicit what the grantee would hold had nobody granted or revoked anything: everything
 *     for the owner, {@code EXECUTE} on routines and {@code USAGE} on types for {@code PUBLIC},
 *     sorted
 */
public record Privilege(
    Securable on,
    String grantee,
    List<String> privileges,
    List<String> grantable,
    List<String> implicit)
    implements java.io.Serializable {
  /** The grantee name of an object's owner. */
  public static final String OWNER = "owner";

  /** The grantee name of every role. */
  public static final String PUBLIC = "PUBLIC";

  public Privilege {
    privileges = List.copyOf(privileges);
    grantable = List.copyOf(grantable);
    implicit = List.copyOf(implicit);
  }

  /** The key in a {@link Catalog}: object kind, object and grantee. */
  public String key() {
    return on.kind() + " " + on.object() + " TO " + grantee;
  }

  /** The same grantee on the same object holding what it would hold by default. */
  public Privilege asImplicit() {
    return new Privilege(on, grantee, implicit, List.of(), implicit);
  }
}
