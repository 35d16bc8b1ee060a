package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names driftgate accepts for tenant slugs and databases (SPEC §6 security): lower-case
 * letters, digits and underscores, so that no name can smuggle SQL, a path or a second line into
 * anything. Identifiers are quoted in SQL all the same.
 */
public final class DatabaseNames {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9_]{1,50}");
  public static final Pattern DATABASE = Pattern.compile("[a-z0-9_]{1,63}");

  /**
   * Databases every cluster has, which are never a tenant's: the maintenance database and the
   * templates every {@code CREATE DATABASE} copies (whatever is migrated into template1 ends up in
   * every database created after).
   */
  public static final Set<String> SYSTEM = Set.of("postgres", "template0", "template1");

  private DatabaseNames() {}

  /** Returns {@code name} if it is a valid database name; {@code what} says where it came from. */
  public static String check(String what, String name) {
    return matching(what, "database name", name, DATABASE);
  }

  /** Returns {@code slug} if it is a valid tenant slug; {@code what} says where it came from. */
  public static String checkSlug(String what, String slug) {
    return matching(what, "tenant slug", slug, SLUG);
  }

  private static String matching(String what, String kind, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw DriftgateException.badInput(
          what
              + ": "
              + kind
              + " "
              + Printable.of(String.valueOf(value))
              + " must match ^"
              + pattern.pattern()
              + "$ (lower-case letters, digits, underscores)");
    }
    return value;
  }
}
