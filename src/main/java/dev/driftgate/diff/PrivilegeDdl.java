package dev.driftgate.diff;

import static dev.driftgate.diff.SqlNames.ident;
import static dev.driftgate.diff.SqlNames.qualified;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Privilege;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Securable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code GRANT} and {@code REVOKE} statements (or {@code ALTER DEFAULT PRIVILEGES}) that turn
 * what one grantee holds on one object into what it holds on the other side.
 */
final class PrivilegeDdl {
  private PrivilegeDdl() {}

  /** The statements that take {@code from} to {@code to}: revokes first, then grants. */
  static String change(Privilege from, Privilege to) {
    Set<String> revoke = minus(from.privileges(), to.privileges());
    Set<String> revokeOption = minus(from.grantable(), to.grantable());
    revokeOption.removeAll(revoke);
    Set<String> grantOption = minus(to.grantable(), from.grantable());
    Set<String> grant = minus(to.privileges(), from.privileges());
    grant.removeAll(grantOption);
    List<String> sql = new ArrayList<>();
    Securable on = to.on();
    String grantee = grantee(to.grantee());
    if (!revoke.isEmpty()) {
      sql.add(statement(on, "REVOKE " + list(on, revoke), "FROM " + grantee));
    }
    if (!revokeOption.isEmpty()) {
      sql.add(
          statement(on, "REVOKE GRANT OPTION FOR " + list(on, revokeOption), "FROM " + grantee));
    }
    if (!grant.isEmpty()) {
      sql.add(statement(on, "GRANT " + list(on, grant), "TO " + grantee));
    }
    if (!grantOption.isEmpty()) {
      sql.add(
          statement(on, "GRANT " + list(on, grantOption), "TO " + grantee + " WITH GRANT OPTION"));
    }
    return String.join("\n", sql);
  }

  /**
   * Every grant {@code catalog} holds on a table or view and its columns, as statements: for an
   * object made again, which starts with PostgreSQL's default privileges.
   */
  static String grantsOn(QualifiedName name, Catalog catalog) {
    return catalog.privileges().values().stream()
        .filter(
            p ->
                (p.on().kind() == Securable.Kind.TABLE || p.on().kind() == Securable.Kind.COLUMN)
                    && name.schema().equals(p.on().schema())
                    && name.name().equals(p.on().name()))
        .map(p -> change(p.asImplicit(), p))
        .filter(sql -> !sql.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** How a side's privileges read in a finding: {@code SELECT, UPDATE WITH GRANT OPTION}. */
  static String describe(Privilege p) {
    if (p.privileges().isEmpty()) {
      return null;
    }
    return p.privileges().stream()
        .map(name -> p.grantable().contains(name) ? name + " WITH GRANT OPTION" : name)
        .collect(Collectors.joining(", "));
  }

  private static String statement(Securable on, String action, String grantee) {
    if (on.kind() != Securable.Kind.DEFAULT) {
      return action + " ON " + target(on) + " " + grantee + ";";
    }
    String inSchema = defaults(on, on.schema(), action, grantee);
    // a schema's defaults only add to the role's global ones: what came from those is revoked there
    return on.schema() != null && action.startsWith("REVOKE")
        ? defaults(on, null, action, grantee) + "\n" + inSchema
        : inSchema;
  }

  private static String defaults(Securable on, String schema, String action, String grantee) {
    return "ALTER DEFAULT PRIVILEGES"
        + (on.name().equals(Privilege.OWNER) ? "" : " FOR ROLE " + ident(on.name()))
        + (schema == null ? "" : " IN SCHEMA " + ident(schema))
        + " "
        + action
        + " ON "
        + on.detail()
        + " "
        + grantee
        + ";";
  }

  /** What follows {@code ON}: {@code TABLE public.users}, {@code ROUTINE public.f(integer)}. */
  private static String target(Securable on) {
    QualifiedName name = QualifiedName.of(on.schema(), on.name());
    return switch (on.kind()) {
      case SCHEMA -> "SCHEMA " + ident(on.schema());
      case COLUMN -> "TABLE " + qualified(name);
      case ROUTINE -> "ROUTINE " + qualified(name) + "(" + on.detail() + ")";
      default -> on.kind() + " " + qualified(name);
    };
  }

  /** Privileges by name; a column's each with its column: {@code SELECT ("e-mail")}. */
  private static String list(Securable on, Set<String> privileges) {
    String column = on.kind() == Securable.Kind.COLUMN ? " (" + ident(on.detail()) + ")" : "";
    return privileges.stream().map(p -> p + column).collect(Collectors.joining(", "));
  }

  /** {@code PUBLIC} is a key word; the owner is whoever runs the fix, as it is for the build. */
  private static String grantee(String grantee) {
    return switch (grantee) {
      case Privilege.PUBLIC -> "PUBLIC";
      case Privilege.OWNER -> "CURRENT_USER";
      default -> ident(grantee);
    };
  }

  private static Set<String> minus(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    b.forEach(out::remove);
    return out;
  }
}
